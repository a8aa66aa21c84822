// Geometry of horizontal bar charts around a zero line — a tie's relations by what each adds to
// its score, the valence scale of the relation types: values in, rectangles and text positions
// out, so that the components only draw. Each row is a label line with its bar below it.

export interface BarItem {
  readonly id: string;
  readonly label: string;
  readonly value: number;
}

export interface BarBox {
  readonly width: number;
  /** The height of one row: its label line and its bar. */
  readonly row: number;
  readonly padding: number;
  /** The font size of the labels (to fit them to the width). */
  readonly fontSize: number;
  /** Room kept beyond the end of the longest bar on each side for its value. */
  readonly valueRoom: number;
  /** The height of the axis line under the rows ("0", and which side is which). */
  readonly axis: number;
}

export interface Bar extends BarItem {
  /** The label, cut with "…" to fit the width (the whole label is `label`). */
  readonly text: string;
  readonly labelY: number;
  /** The bar's rectangle: it starts at the zero line and runs right (positive) or left. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Where the value is written: just beyond the bar's end, on its side of the zero line. */
  readonly valueX: number;
  readonly valueY: number;
  readonly valueAnchor: 'start' | 'end';
}

export interface BarChart {
  readonly bars: readonly Bar[];
  readonly zeroX: number;
  /** Where the labels start. */
  readonly labelX: number;
  /** From the top of the first row to the bottom of the last (where the zero line runs). */
  readonly top: number;
  readonly bottom: number;
  /** The baseline of the axis labels under the rows. */
  readonly axisY: number;
  readonly height: number;
  readonly min: number;
  readonly max: number;
}

/** Largest |value| first; equal ones keep their order (a stable sort). */
export function byMagnitude<T extends { readonly value: number }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((p, q) => Math.abs(q.item.value) - Math.abs(p.item.value) || p.i - q.i)
    .map((p) => p.item);
}

/**
 * Cuts a label to at most `chars` characters, ending it with "…" when cut — after a whole word
 * when one ends in the second half of the room.
 */
export function clip(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const head = text.slice(0, Math.max(0, chars - 1));
  const space = head.lastIndexOf(' ');
  return `${(space >= head.length / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** An average character of a sans-serif font is about this share of its size wide. */
const CHAR_WIDTH = 0.56;

/** "+1.4", "−0.7"; below 0.1 two decimals ("−0.04"), so that a small value does not read as 0. */
export function barValue(value: number): string {
  const abs = Math.abs(value);
  const text = abs.toFixed(abs > 0 && abs < 0.095 ? 2 : 1);
  if (Number(text) === 0) return abs === 0 ? '0' : value < 0 ? '−0.00' : '+0.00';
  return `${value < 0 ? '−' : '+'}${text}`;
}

export interface AxisText {
  readonly text: string;
  readonly x: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

/**
 * The words under the bars: "← conflict" at the left edge when there are negative bars,
 * "cooperation →" at the right edge when there are positive ones, and "0" under the zero line
 * when it does not run into either.
 */
export function barAxis(chart: BarChart, box: BarBox, fontSize = box.fontSize): AxisText[] {
  const width = (text: string) => text.length * fontSize * CHAR_WIDTH;
  const out: AxisText[] = [];
  let from = box.padding;
  let to = box.width - box.padding;
  if (chart.min < 0) {
    out.push({ text: '← conflict', x: box.padding, anchor: 'start' });
    from += width('← conflict') + 4;
  }
  if (chart.max > 0) {
    out.push({ text: 'cooperation →', x: box.width - box.padding, anchor: 'end' });
    to -= width('cooperation →') + 4;
  }
  const half = width('0') / 2;
  const zero = Math.min(Math.max(chart.zeroX, box.padding + half), box.width - box.padding - half);
  if (zero - half >= from && zero + half <= to) out.push({ text: '0', x: zero, anchor: 'middle' });
  return out;
}

/**
 * Bars in the order given, on one scale whose range holds every value and zero — or `domain`,
 * when several charts must share one scale (the valence scale runs from −10 to +10).
 */
export function barChart(
  items: readonly BarItem[],
  box: BarBox,
  domain?: { readonly min: number; readonly max: number },
): BarChart {
  let min = Math.min(0, domain?.min ?? 0);
  let max = Math.max(0, domain?.max ?? 0);
  for (const item of items) {
    if (item.value < min) min = item.value;
    if (item.value > max) max = item.value;
  }
  // Room for the values only on the sides that have bars; all zeros get a scale of one unit.
  const left = box.padding + (min < 0 ? box.valueRoom : 0);
  const right = box.width - box.padding - (max > 0 ? box.valueRoom : 0);
  const span = max - min || 1;
  const x = (v: number) => left + ((v - min) / span) * (right - left);
  const zeroX = x(0);
  const chars = Math.floor((box.width - 2 * box.padding) / (box.fontSize * CHAR_WIDTH));
  const barHeight = Math.max(2, box.row - box.fontSize - 6);
  const bars = items.map((item, i): Bar => {
    const top = box.padding + i * box.row;
    const end = x(item.value);
    const y = top + box.fontSize + 3;
    return {
      ...item,
      text: clip(item.label, chars),
      labelY: top + box.fontSize,
      x: Math.min(zeroX, end),
      y,
      width: Math.abs(end - zeroX),
      height: barHeight,
      valueX: item.value < 0 ? end - 3 : end + 3,
      valueY: y + barHeight / 2,
      valueAnchor: item.value < 0 ? 'end' : 'start',
    };
  });
  const bottom = box.padding + items.length * box.row;
  return {
    bars,
    zeroX,
    labelX: box.padding,
    top: box.padding,
    bottom,
    axisY: bottom + box.axis - 3,
    height: bottom + box.axis + box.padding,
    min,
    max,
  };
}
