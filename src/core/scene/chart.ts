// Geometry for small line charts of yearly scores: pure numbers in, positions, ticks and SVG path
// data out, so that the components only draw.

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  /** Space kept inside the top, right and bottom edges. */
  readonly padding: number;
  /** Space kept on the left for the y-axis labels (the padding when not given). */
  readonly left?: number;
  /** Space kept at the bottom for the x-axis labels (the padding when not given). */
  readonly bottom?: number;
}

export interface ChartScale {
  readonly x: (index: number) => number;
  readonly y: (value: number) => number;
  readonly min: number;
  readonly max: number;
  /** Round values between min and max for the y axis; zero is always one of them. */
  readonly ticks: readonly number[];
  /** The distance between two ticks (to say them with the right number of decimals). */
  readonly step: number;
}

/**
 * A round step that cuts [min, max] into about `target` parts: 1, 2 or 5 times a power of ten
 * (the thresholds are the geometric means between them, as in d3's ticks).
 */
export function tickStep(min: number, max: number, target: number): number {
  const raw = (max - min) / Math.max(1, target);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor =
    error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}

/** The multiples of a round step that lie in [min, max], from low to high. */
export function niceTicks(min: number, max: number, target = 5): number[] {
  const step = tickStep(min, max, target);
  const ticks: number[] = [];
  for (let k = Math.ceil(min / step); k * step <= max + step * 1e-9; k++) {
    // Rounded so that 3 × 0.1 is 0.3, and -0 is 0.
    ticks.push(Number((k * step).toPrecision(12)) + 0);
  }
  return ticks;
}

/** A tick's label with a true minus sign and as many decimals as its step needs: "−20", "0", "+2.5". */
export function tickLabel(value: number, step: number): string {
  const decimals = step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
  const text = Math.abs(value).toFixed(decimals);
  if (Number(text) === 0) return '0';
  return value < 0 ? `−${text}` : `+${text}`;
}

/**
 * A scale for `count` points whose values span [min, max], always including zero (a flat series
 * of zeros gets [−1, 1], so that its zero line sits in the middle), with round ticks.
 */
export function chartScale(count: number, values: readonly number[], box: ChartBox): ChartScale {
  let min = 0;
  let max = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === 0 && max === 0) {
    min = -1;
    max = 1;
  }
  const left = box.left ?? box.padding;
  const innerW = box.width - left - box.padding;
  const innerH = box.height - box.padding - (box.bottom ?? box.padding);
  const step = tickStep(min, max, 4);
  return {
    min,
    max,
    ticks: niceTicks(min, max, 4),
    step,
    x: (i) => left + (count <= 1 ? innerW / 2 : (i / (count - 1)) * innerW),
    y: (v) => box.padding + ((max - v) / (max - min)) * innerH,
  };
}

/** The years to label on the x axis: round years (every 5, 10, 20, 50 …) between first and last. */
export function yearTicks(first: number, last: number, target = 6): number[] {
  if (last <= first) return [first];
  return niceTicks(first, last, target).filter((year) => Number.isInteger(year));
}

/** "M x y L x y …" for a series, rounded to a tenth of a pixel. */
export function linePath(series: readonly number[], scale: ChartScale): string {
  return series
    .map((v, i) => `${i === 0 ? 'M' : 'L'}${scale.x(i).toFixed(1)} ${scale.y(v).toFixed(1)}`)
    .join(' ');
}

/** The band of a window of years [from, to] on a chart whose first point is the year `first`. */
export function yearBand(
  scale: ChartScale,
  first: number,
  count: number,
  from: number,
  to: number,
): { readonly x: number; readonly width: number } | undefined {
  const start = Math.max(0, from - first);
  const end = Math.min(count - 1, to - first);
  if (end < start) return undefined;
  // Half a year's width beyond each end, so that a one-year window is a visible strip, but not
  // past the first and last points (the axis labels live there).
  const half = count > 1 ? (scale.x(1) - scale.x(0)) / 2 : 2;
  const x = Math.max(scale.x(0), scale.x(start) - half);
  const right = Math.min(scale.x(Math.max(0, count - 1)), scale.x(end) + half);
  return { x, width: Math.max(2, right - x) };
}

/** The lowest and highest points of a series, each with its index (the first of equal ones). */
export function extremes(series: readonly number[]): {
  readonly low: number;
  readonly lowAt: number;
  readonly high: number;
  readonly highAt: number;
} {
  let lowAt = 0;
  let highAt = 0;
  series.forEach((v, i) => {
    if (v < (series[lowAt] ?? v)) lowAt = i;
    if (v > (series[highAt] ?? v)) highAt = i;
  });
  return { low: series[lowAt] ?? 0, lowAt, high: series[highAt] ?? 0, highAt };
}

/** One line of a year chart: whose it is, its colour and one value a year. */
export interface ChartLine {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly values: readonly number[];
}
