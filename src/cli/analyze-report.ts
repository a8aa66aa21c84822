// The readable report of `npm run analyze`: camps, ties with the relations behind them,
// balance, centrality and communities — or, for a comparison, what changed between two windows.
import type { WindowCore, WindowReport } from '../core/analysis/analysis';
import { triadSentence } from '../core/analysis/balance';
import { UNSURE_P, unsureReason } from '../core/analysis/series';
import { frustrationTotal } from '../core/analysis/camps';
import {
  campsSentence,
  certaintySentence,
  hedgingSentence,
  partnerChanges,
} from '../core/analysis/camp-words';
import type { Comparison } from '../core/analysis/compare';
import { campLabels } from '../core/analysis/compare';
import { relationById, type Dataset } from '../core/data/dataset';
import { formatDate } from '../core/time/dates';
import { LAYERS } from '../core/data/schema';
import { HALF_LIFE_YEARS, sameLayers, type ScoreOptions } from '../core/analysis/scoring';
import { tieId } from '../core/analysis/ties';

const signed = (n: number): string =>
  n > 0 ? `+${n.toFixed(1)}` : n < 0 ? `−${Math.abs(n).toFixed(1)}` : '0.0';
const pct = (n: number | null): string => (n === null ? 'n/a' : `${Math.round(n * 100)}%`);

function namer(report: Pick<WindowCore, 'actors'>): (id: string) => string {
  const names = new Map(report.actors.map((a) => [a.id, a.name]));
  return (id) => names.get(id) ?? id;
}

function header(label: string, report: WindowReport): string {
  const { start, end } = report.window;
  return start === end ? `${label} (the one day)` : `${label} (${start} – ${end})`;
}

/** The reading of the scores, in one line. */
export function scoringLine(
  report: Pick<WindowReport, 'scoreMode' | 'layers' | 'confidenceWeighted'>,
): string {
  const mode =
    report.scoreMode === 'time'
      ? `time-weighted (units of an average year; events fade with a ${HALF_LIFE_YEARS}-year half-life)`
      : 'plain sum (contract 1.0)';
  const layers = sameLayers(report.layers, LAYERS) ? 'all layers' : report.layers.join(', ');
  const confidence =
    report.scoreMode === 'time'
      ? report.confidenceWeighted
        ? 'confidence-weighted'
        : 'confidence ignored'
      : '';
  return `SCORES  ${[mode, layers, confidence].filter(Boolean).join(' · ')}`;
}

const factor = (x: number): string => String(Number(x.toFixed(3)));

export function formatWindowReport(
  label: string,
  report: WindowReport,
  dataset: Dataset,
  detail = 3,
): string[] {
  const name = namer(report);
  const pair = (a: string, b: string): string => `${name(a)}–${name(b)}`;
  const active = report.dyads.reduce((n, t) => n + t.relations.length, 0);
  const byId = relationById(dataset);
  const out: string[] = [
    header(label, report),
    `${report.actors.length} actors · ${report.dyads.length} ties from ${active} relations`,
    scoringLine(report),
    '',
  ];

  const total = frustrationTotal(report.dyads);
  const method =
    report.campMethod === 'exact'
      ? report.optimalSplits === 1
        ? 'exact, unique'
        : `exact, ${report.optimalSplits ?? 0} equally good splits`
      : 'heuristic';
  out.push(
    `CAMPS  frustration ${report.frustration.toFixed(1)} = ${pct(report.normalizedFrustration)} of the most a split could have, ${total.toFixed(1)} (hostile ties inside a camp count twice; ${method})`,
  );
  if (report.oneBloc) out.push(`  One bloc: ${report.camps[0].map(name).join(', ')}`);
  else
    report.camps.forEach((camp, i) =>
      out.push(`  ${i === 0 ? 'A' : 'B'}  ${camp.length ? camp.map(name).join(', ') : 'no actor'}`),
    );
  if (report.unaligned.length) out.push(`  Unaligned: ${report.unaligned.map(name).join(', ')}`);
  out.push(`  ${campsSentence(report, name)}`);
  const sure = certaintySentence(report, name, total);
  if (sure) out.push(`  ${sure}`);
  if (report.runnerUp) {
    const [x, y] = report.runnerUp.camps;
    out.push(
      `  Runner-up: ${y.length ? `${x.map(name).join(', ')} | ${y.map(name).join(', ')}` : `one bloc (${x.map(name).join(', ')})`}, frustration ${report.runnerUp.frustration.toFixed(1)}`,
    );
  }
  if (report.pValue !== null && report.pTest)
    out.push(
      `  p-value ${report.pValue.toFixed(3)} against ${report.pTest.shuffles} shuffles of the scores across the pairs (${report.pTest.method})`,
    );
  const hedging = hedgingSentence(report, name);
  if (hedging) out.push(`  ${hedging}`);
  if (report.switchCosts.length && !report.oneBloc) {
    out.push('  Cost of switching camps (share of the actor’s total |score|):');
    out.push(
      `    ${report.switchCosts.map((c) => `${name(c.actor)} ${c.cost.toFixed(1)} (${pct(c.share)})`).join(' · ')}`,
    );
  }
  if (report.frustratedTies.length) {
    out.push('  Ties against the split:');
    for (const t of report.frustratedTies) {
      out.push(
        `    ${pair(t.a, t.b)} ${signed(t.score)} (${t.reason === 'positive-across' ? 'positive across the camps' : 'negative inside a camp'})`,
      );
    }
  }
  out.push('');

  out.push(
    report.scoreMode === 'time'
      ? 'TIES  score = Σ base × share × fade × confidence over the relations that count (base = valence × weight)'
      : 'TIES  score = Σ valence × weight of the relations active in the window',
  );
  const byStrength = [...report.dyads].sort((x, y) => Math.abs(y.score) - Math.abs(x.score));
  for (const tie of byStrength) {
    const parts =
      tie.positive > 0 && tie.negative < 0
        ? `  (${signed(tie.positive)} / ${signed(tie.negative)}${tie.ambivalent ? ', ambivalent' : ''})`
        : '';
    out.push(
      `  ${pair(tie.a, tie.b).padEnd(34)} ${signed(tie.score).padStart(7)}  ${tie.relations.length} relation${tie.relations.length === 1 ? '' : 's'}${parts}`,
    );
    const top = [...tie.relations]
      .sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution))
      .slice(0, detail);
    for (const c of top) {
      const r = byId.get(c.id);
      const when = r ? formatDate(r.start) + (r.end ? ` – ${formatDate(r.end)}` : '') : '';
      const f = c.factors;
      const how =
        report.scoreMode === 'time'
          ? ` = ${signed(c.base)} × ${factor(f.share)} × ${factor(f.fade)} × ${factor(f.confidence)}`
          : '';
      out.push(
        `      ${signed(c.contribution).padStart(6)}${how}  ${r?.title ?? c.id} (${when})  [${c.id}]`,
      );
    }
    if (tie.relations.length > top.length)
      out.push(`      … and ${tie.relations.length - top.length} more (--json lists them all)`);
  }
  out.push('');

  const { balanced, unbalanced, ratio } = report.balance;
  out.push(
    `STRUCTURAL BALANCE  ${balanced} of ${balanced + unbalanced} triangles balanced (${pct(ratio)})`,
  );
  for (const t of report.unbalancedTriads) {
    out.push(`  · ${triadSentence(t.actors, t.scores, name)} (${t.scores.map(signed).join(', ')})`);
  }
  out.push('');

  out.push(
    'CENTRALITY  strength = total |score|; PN reads both signs; PageRank and betweenness read the positive ties only',
  );
  out.push(
    `  ${'actor'.padEnd(16)} ${'strength'.padStart(9)} ${'relations'.padStart(9)} ${'+degree'.padStart(8)} ${'−degree'.padStart(8)} ${'PN'.padStart(7)} ${'PageRank'.padStart(9)} ${'between'.padStart(8)}`,
  );
  const c = report.centrality;
  const order = [...report.actors].sort(
    (x, y) => (c.strength[y.id] ?? 0) - (c.strength[x.id] ?? 0),
  );
  for (const { id } of order) {
    out.push(
      `  ${name(id).padEnd(16)} ${(c.strength[id] ?? 0).toFixed(1).padStart(9)} ${String(c.relations[id] ?? 0).padStart(9)} ` +
        `${(c.positiveDegree[id] ?? 0).toFixed(1).padStart(8)} ${(c.negativeDegree[id] ?? 0).toFixed(1).padStart(8)} ` +
        `${(c.pn[id] ?? 0).toFixed(3).padStart(7)} ${(c.pagerank[id] ?? 0).toFixed(3).padStart(9)} ${(c.betweenness?.[id] ?? 0).toFixed(3).padStart(8)}`,
    );
  }
  out.push('');
  out.push(
    `COMMUNITIES  signed modularity ${report.modularity.toFixed(3)} (friendly ties inside, hostile ties across)`,
  );
  if (report.modularity <= 0) out.push('  none: no grouping fits the ties better than chance');
  else
    report.communities.forEach((group, i) => out.push(`  ${i + 1}. ${group.map(name).join(', ')}`));
  return out;
}

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

export function formatComparison(
  labels: readonly [string, string],
  comparison: Comparison,
): string[] {
  const { before, after } = comparison;
  const nameBefore = namer(before);
  const nameAfter = namer(after);
  const pair = (a: string, b: string): string => `${nameAfter(a)}–${nameAfter(b)}`;
  const out: string[] = [
    `COMPARE  ${header(labels[0], before)}  →  ${header(labels[1], after)}`,
    scoringLine(after),
    '',
  ];

  const camps = campLabels(before, after);
  const members = (map: Map<string, string>, label: string, name: (id: string) => string): string =>
    [...map.entries()]
      .filter(([, l]) => l === label)
      .map(([id]) => name(id))
      .join(', ') || 'no actor (one bloc)';
  out.push('CAMPS');
  for (const label of ['A', 'B'] as const) {
    out.push(`  ${label}  ${labels[0]}: ${members(camps.before, label, nameBefore)}`);
    out.push(`     ${labels[1]}: ${members(camps.after, label, nameAfter)}`);
  }
  const moves = partnerChanges(before, after, nameAfter);
  out.push(moves.length ? '  Who sides with whom:' : '  Who sides with whom: unchanged');
  for (const line of moves) out.push(`    ${line}`);
  out.push(
    `  Changed camp letter: ${comparison.campChanges.length ? comparison.campChanges.map((c) => `${nameAfter(c.actor)} (${c.before} → ${c.after})`).join(', ') : 'none'}`,
  );
  out.push(
    `  Frustration: ${pct(before.normalizedFrustration)} → ${pct(after.normalizedFrustration)} of the most a split could have`,
  );
  for (const [label, report, name] of [
    [labels[0], before, nameBefore],
    [labels[1], after, nameAfter],
  ] as const) {
    const hedging = hedgingSentence(report, name);
    if (hedging) out.push(`  ${label}: ${hedging}`);
    if (report.oneBloc) out.push(`  ${label}: ${campsSentence(report, name)}`);
  }
  out.push('');

  out.push('TIES THAT FLIPPED SIGN');
  if (!comparison.flips.length) out.push('  none');
  for (const f of comparison.flips)
    out.push(`  ${pair(f.a, f.b).padEnd(34)} ${signed(f.before)} → ${signed(f.after)}`);
  out.push('TIES THAT APPEARED');
  if (!comparison.appeared.length) out.push('  none');
  for (const t of comparison.appeared)
    out.push(`  ${pair(t.a, t.b).padEnd(34)} ${signed(t.score)}`);
  out.push('TIES THAT ENDED');
  if (!comparison.disappeared.length) out.push('  none');
  for (const t of comparison.disappeared)
    out.push(`  ${pair(t.a, t.b).padEnd(34)} ${signed(t.score)}`);
  out.push('');

  out.push('EVERY TIE, BEFORE → AFTER  (largest change first)');
  if (after.scoreMode === 'time')
    out.push(
      '  Scores are in units of an average year of each window, so windows of any length compare.',
    );
  else {
    out.push(
      '  A plain sum adds up every relation active in its window, so a longer window holds more:',
    );
    out.push('  across windows of different length compare signs and camps, not sizes.');
  }
  const afterById = new Map(after.dyads.map((t) => [tieId(t.a, t.b), t.score]));
  const beforeById = new Map(before.dyads.map((t) => [tieId(t.a, t.b), t.score]));
  const ids = [...new Set([...beforeById.keys(), ...afterById.keys()])];
  ids.sort(
    (x, y) =>
      Math.abs((afterById.get(y) ?? 0) - (beforeById.get(y) ?? 0)) -
      Math.abs((afterById.get(x) ?? 0) - (beforeById.get(x) ?? 0)),
  );
  for (const id of ids) {
    const [a = '', b = ''] = id.split('~');
    out.push(
      `  ${pair(a, b).padEnd(34)} ${signed(beforeById.get(id) ?? 0).padStart(7)} → ${signed(afterById.get(id) ?? 0).padStart(7)}`,
    );
  }
  out.push('');

  out.push(
    `STRUCTURAL BALANCE  ${pct(before.balance.ratio)} → ${pct(after.balance.ratio)} of triangles balanced`,
  );
  const strength = comparison.rankChanges.filter((r) => r.measure === 'strength');
  out.push(
    `RANK BY TIE STRENGTH  ${strength.length ? strength.map((r) => `${nameAfter(r.actor)} ${r.before} → ${r.after}`).join(', ') : 'unchanged'}`,
  );
  out.push('');
  out.push(
    'Run with --view ID for each window in full (every tie with the relations behind it), or --json.',
  );
  return out;
}
