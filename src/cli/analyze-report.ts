// The readable report of one window in `npm run analyze`: camps and how sure they are, ties with
// the relations behind them, balance, centrality and communities.
import type { WindowReport } from '../core/analysis/analysis';
import { triadSentence } from '../core/analysis/balance';
import { frustrationTotal } from '../core/analysis/camps';
import { campsSentence, certaintySentence, hedgingSentence } from '../core/analysis/camp-words';
import type { Dataset } from '../core/data/dataset';
import type { Relation } from '../core/data/schema';
import type { Contribution, Tie } from '../core/analysis/ties';
import { formatDate } from '../core/time/dates';
import { buildScene, readyWindow } from '../core/scene/scene';
import { header, namer, pct, scoringLine, signed } from './analyze-text';

const factor = (x: number): string => String(Number(x.toFixed(3)));

/** The `detail` relations of a tie that weigh most, strongest first. */
const strongest = (tie: Tie, detail: number): Contribution[] =>
  [...tie.relations]
    .sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution))
    .slice(0, detail);

/**
 * The relations the report quotes, by id: one pass over the data set for a few thousand ids, not
 * a map of all 100,000 relations that nothing else in the command reads.
 */
function quotedRelations(
  dataset: Dataset,
  report: WindowReport,
  detail: number,
): ReadonlyMap<string, Relation> {
  const wanted = new Set<string>();
  for (const tie of report.dyads) for (const c of strongest(tie, detail)) wanted.add(c.id);
  const found = new Map<string, Relation>();
  for (const r of dataset.relations) if (wanted.has(r.id)) found.set(r.id, r);
  return found;
}

export function formatWindowReport(
  label: string,
  report: WindowReport,
  dataset: Dataset,
  detail = 3,
): string[] {
  const scene = buildScene({
    dataset,
    mode: 'single',
    current: readyWindow(label, report),
    positions: {},
    edgeMode: 'ties',
    sizeBy: 'strength',
    selection: null,
  });
  const name = namer(report);
  const pair = (a: string, b: string): string => `${name(a)}–${name(b)}`;
  const active = report.dyads.reduce((n, t) => n + t.relations.length, 0);
  const byId = quotedRelations(dataset, report, detail);
  const out: string[] = [
    header(label, report),
    scene.headline,
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
    const top = strongest(tie, detail);
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
