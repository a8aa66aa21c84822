// `npm run analyze -- --series Y1 Y2`: the camps year by year, one row a year, with the years
// whose split is only a guess marked and the key to those marks.
import type { WindowCore } from '../core/analysis/analysis';
import type { ScoreOptions } from '../core/analysis/scoring';
import { UNSURE_P, unsureReason } from '../core/analysis/series';
import { namer, pct, scoringLine } from './analyze-text';

/** `--series`: one row a year. */
export function formatSeries(
  reports: readonly (WindowCore & { readonly year: number; readonly pValue: number | null })[],
  scoring: ScoreOptions,
): string[] {
  const first = reports[0];
  const name = first ? namer(first) : (id: string) => id;
  const short = (ids: readonly string[]): string => ids.join(' ');
  const out: string[] = [
    `SERIES  ${first?.year ?? ''}–${reports.at(-1)?.year ?? ''}, one calendar year a row`,
    scoringLine({
      scoreMode: scoring.mode,
      layers: scoring.layers,
      confidenceWeighted: scoring.mode === 'time' && scoring.confidence,
    }),
    `  actors: ${first ? first.actors.map((a) => `${a.id} ${name(a.id)}`).join(', ') : ''}`,
    '',
    `  ${'year'.padEnd(5)} ${'camp A'.padEnd(24)} ${'camp B'.padEnd(24)} ${'hedging'.padEnd(12)} ${'frustr.'.padStart(7)} ${'p'.padStart(6)}  reading`,
  ];
  for (const r of reports) {
    const [a, b] = r.camps;
    const campA = a.length === 0 ? '(no ties)' : short(a);
    const campB = a.length === 0 ? '' : r.oneBloc ? '(one bloc)' : short(b);
    out.push(
      `  ${String(r.year).padEnd(5)} ${campA.padEnd(24)} ${campB.padEnd(24)} ${short(r.hedging.map((h) => h.actor)).padEnd(12)} ${pct(r.normalizedFrustration).padStart(7)} ${(r.pValue === null ? 'n/a' : r.pValue.toFixed(3)).padStart(6)}${a.length && unsureReason(r) ? `  ${unsureReason(r) ?? ''}` : ''}`,
    );
  }
  out.push(
    '',
    `  reading: "not settled" — several splits are equally good; "chance" — random shuffles of the scores split as cleanly (p ≥ ${UNSURE_P}). Read those years' camps as a guess, not a finding.`,
  );
  return out;
}
