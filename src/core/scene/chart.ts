// Geometry for small line charts of yearly scores: pure numbers in, SVG path data out.

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  readonly padding: number;
}

export interface ChartScale {
  readonly x: (index: number) => number;
  readonly y: (value: number) => number;
  readonly min: number;
  readonly max: number;
}

/** A scale for `count` points whose values span [min, max], always including zero. */
export function chartScale(count: number, values: readonly number[], box: ChartBox): ChartScale {
  let min = 0;
  let max = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min || 1;
  const innerW = box.width - 2 * box.padding;
  const innerH = box.height - 2 * box.padding;
  return {
    min,
    max,
    x: (i) => box.padding + (count <= 1 ? innerW / 2 : (i / (count - 1)) * innerW),
    y: (v) => box.padding + ((max - v) / span) * innerH,
  };
}

/** "M x y L x y …" for a series, rounded to a tenth of a pixel. */
export function linePath(series: readonly number[], scale: ChartScale): string {
  return series
    .map((v, i) => `${i === 0 ? 'M' : 'L'}${scale.x(i).toFixed(1)} ${scale.y(v).toFixed(1)}`)
    .join(' ');
}
