// Per-pair dyad scores year by year, for charts: the score of each pair in the window of each
// calendar year, from the first year asked (1947 by default) to the last year in the data.
import { civilFromDay, lastDay } from './dates';
import type { Dataset } from './dataset';
import { tieId } from './ties';
import { relationEnd, relationStart } from './time';

export interface YearlySeries {
  readonly years: readonly number[];
  /** Keyed by tie id ("PAK~USA"): one score per year, 0 where nothing was active. */
  readonly pairs: Readonly<Record<string, readonly number[]>>;
}

/** The last year any relation starts or ends in. */
export function lastYearInData(dataset: Dataset): number {
  let last = -Infinity;
  for (const r of dataset.relations) {
    last = Math.max(last, civilFromDay(lastDay(r.end ?? r.start)).year);
  }
  return Number.isFinite(last) ? last : new Date(0).getUTCFullYear();
}

export function yearlySeries(
  dataset: Dataset,
  from = 1947,
  to = lastYearInData(dataset),
  /** Only the pairs of this actor (a chart of one actor needs no more). */
  actor?: string,
): YearlySeries {
  const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const pairs: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  for (const r of dataset.relations) {
    if (actor !== undefined && r.source !== actor && r.target !== actor) continue;
    const type = dataset.typeById[r.type];
    if (!type) continue;
    const start = relationStart(r);
    const end = relationEnd(r, type.kind);
    const firstYear = Math.max(from, civilFromDay(start).year);
    const lastYear = Math.min(to, Number.isFinite(end) ? civilFromDay(end).year : to);
    if (firstYear > lastYear) continue;
    const key = tieId(r.source, r.target);
    const series = (pairs[key] ??= new Array<number>(years.length).fill(0));
    const contribution = type.valence * (r.weight ?? 1);
    for (let year = firstYear; year <= lastYear; year++) {
      const i = year - from;
      series[i] = Math.round(((series[i] ?? 0) + contribution) * 1e9) / 1e9;
    }
  }
  return { years, pairs };
}

/** The series of one pair (zeros when the two never had a relation). */
export function pairSeries(series: YearlySeries, a: string, b: string): readonly number[] {
  return series.pairs[tieId(a, b)] ?? series.years.map(() => 0);
}
