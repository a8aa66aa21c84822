// Year by year: each pair's dyad score in the window of each calendar year (for the charts), and
// each year's camps with how sure they are (for `analyze --series` and the explorer's year strip).
import { analyzeCore, type WindowCore } from './analysis-core';
import type { CampOptions } from './camps';
import type { Dataset } from '../data/dataset';
import { lastYearInData } from '../time/span';
import { relationIndex } from './relation-index';
import { defaultScoring, type ScoreOptions } from './scoring';
import { splitPValue } from './split-test';
import { countedIn, tieId } from './ties';
import { yearWindow } from '../time/time';

export interface YearlySeries {
  readonly years: readonly number[];
  /** Keyed by tie id ("PAK~USA"): one score per year, 0 where nothing counted. */
  readonly pairs: Readonly<Record<string, readonly number[]>>;
}

const clean = (value: number): number => Math.round(value * 1e9) / 1e9;

export function yearlySeries(
  dataset: Dataset,
  from = 1947,
  to = lastYearInData(dataset),
  /** Only the pairs of this actor (a chart of one actor needs no more). */
  actor?: string,
  scoring: ScoreOptions = defaultScoring(dataset),
): YearlySeries {
  const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const pairs: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  const index = relationIndex(dataset);
  years.forEach((year, y) => {
    const counted = countedIn(index, yearWindow(year, year), scoring);
    for (let k = 0; k < counted.length; k++) {
      const r = index.relations[counted.index[k] ?? 0];
      if (!r || (actor !== undefined && r.source !== actor && r.target !== actor)) continue;
      const series = (pairs[tieId(r.source, r.target)] ??= new Array<number>(years.length).fill(0));
      series[y] = (series[y] ?? 0) + (counted.contribution[k] ?? 0);
    }
  });
  for (const key of Object.keys(pairs)) pairs[key] = (pairs[key] ?? []).map(clean);
  return { years, pairs };
}

/** The series of one pair (zeros when the two never had a relation). */
export function pairSeries(series: YearlySeries, a: string, b: string): readonly number[] {
  return series.pairs[tieId(a, b)] ?? series.years.map(() => 0);
}

/** One year of the camp series: who was in which camp, who hedged, how sure the split is. */
export interface CampYear {
  readonly year: number;
  readonly camps: WindowCore['camps'];
  readonly oneBloc: boolean;
  readonly unaligned: readonly string[];
  readonly hedging: readonly string[];
  readonly normalizedFrustration: number | null;
  /** How many splits reach the lowest frustration (above 1, the camps are not settled). */
  readonly optimalSplits?: number;
  readonly pValue: number | null;
}

/** At or above this p-value a split is no clearer than chance: the strip pales it, the table says so. */
export const UNSURE_P = 0.5;

/**
 * Why a year's camps are not to be read as a finding, or undefined: several splits are equally
 * good (the camps are not settled), or random shuffles of the same scores split as cleanly at
 * least half the time.
 */
export function unsureReason(year: {
  readonly optimalSplits?: number;
  readonly pValue: number | null;
}): 'not settled' | 'chance' | undefined {
  if ((year.optimalSplits ?? 1) > 1) return 'not settled';
  if (year.pValue !== null && year.pValue >= UNSURE_P) return 'chance';
  return undefined;
}

/** Full reports, one a year (core and p-value; `analyze --series --json`). */
export function yearlyReports(
  dataset: Dataset,
  from: number,
  to: number,
  scoring: ScoreOptions = defaultScoring(dataset),
  options: CampOptions & { readonly pValues?: boolean } = {},
): (WindowCore & { readonly year: number; readonly pValue: number | null })[] {
  const ids = dataset.actors.map((a) => a.id);
  const out: (WindowCore & { year: number; pValue: number | null })[] = [];
  for (let year = from; year <= to; year++) {
    const core = analyzeCore(dataset, yearWindow(year, year), options, scoring);
    const tested = (options.pValues ?? true) && core.dyads.some((t) => t.sign !== 0);
    out.push({ year, ...core, pValue: tested ? splitPValue(ids, core.dyads).pValue : null });
  }
  return out;
}

/** The camp series for the year strip: each year's camps, hedgers, frustration share and p-value. */
export function campSeries(
  dataset: Dataset,
  from: number,
  to: number,
  scoring: ScoreOptions = defaultScoring(dataset),
  /** Skip the permutation tests (large data sets: a strip of a century would take seconds). */
  pValues = true,
): CampYear[] {
  return yearlyReports(dataset, from, to, scoring, { pValues }).map((r) => ({
    year: r.year,
    camps: r.camps,
    oneBloc: r.oneBloc,
    unaligned: r.unaligned,
    hedging: r.hedging.map((h) => h.actor),
    normalizedFrustration: r.normalizedFrustration,
    ...(r.optimalSplits === undefined ? {} : { optimalSplits: r.optimalSplits }),
    pValue: r.pValue,
  }));
}
