// The readable report of `npm run analyze`: camps, ties with the relations behind them,
// balance, centrality and communities — or, for a comparison, what changed between two windows.
import type { WindowReport } from '../core/analysis';
import { triadSentence } from '../core/balance';
import type { Comparison } from '../core/compare';
import { campLabels } from '../core/compare';
import type { Dataset } from '../core/dataset';
import { formatDate } from '../core/dates';
import { tieId } from '../core/ties';

const signed = (n: number): string =>
  n > 0 ? `+${n.toFixed(1)}` : n < 0 ? `−${Math.abs(n).toFixed(1)}` : '0.0';
const pct = (n: number | null): string => (n === null ? 'n/a' : `${Math.round(n * 100)}%`);

function namer(report: WindowReport): (id: string) => string {
  const names = new Map(report.actors.map((a) => [a.id, a.name]));
  return (id) => names.get(id) ?? id;
}

function header(label: string, report: WindowReport): string {
  const { start, end } = report.window;
  return start === end ? `${label} (the one day)` : `${label} (${start} – ${end})`;
}

export function formatWindowReport(
  label: string,
  report: WindowReport,
  dataset: Dataset,
  detail = 3,
): string[] {
  const name = namer(report);
  const pair = (a: string, b: string): string => `${name(a)}–${name(b)}`;
  const active = report.dyads.reduce((n, t) => n + t.relations.length, 0);
  const out: string[] = [
    header(label, report),
    `${report.actors.length} actors · ${report.dyads.length} ties from ${active} active relations`,
    '',
  ];

  const unique =
    report.optimalSplits === 1
      ? 'unique split'
      : report.optimalSplits
        ? `${report.optimalSplits} equally good splits`
        : 'heuristic';
  out.push(`CAMPS  frustration ${report.frustration.toFixed(1)} (${report.campMethod}, ${unique})`);
  report.camps.forEach((camp, i) =>
    out.push(`  ${i === 0 ? 'A' : 'B'}  ${camp.length ? camp.map(name).join(', ') : '—'}`),
  );
  if (report.unaligned.length) out.push(`  Unaligned: ${report.unaligned.map(name).join(', ')}`);
  if (report.frustratedTies.length) {
    out.push('  Ties against the split:');
    for (const t of report.frustratedTies) {
      out.push(
        `    ${pair(t.a, t.b)} ${signed(t.score)} (${t.reason === 'positive-across' ? 'positive across the camps' : 'negative inside a camp'})`,
      );
    }
  }
  out.push('');

  out.push('TIES  score = sum of valence × weight of the relations active in the window');
  const byStrength = [...report.dyads].sort((x, y) => Math.abs(y.score) - Math.abs(x.score));
  for (const tie of byStrength) {
    out.push(
      `  ${pair(tie.a, tie.b).padEnd(34)} ${signed(tie.score).padStart(7)}  ${tie.relations.length} relation${tie.relations.length === 1 ? '' : 's'}`,
    );
    const top = [...tie.relations]
      .sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution))
      .slice(0, detail);
    for (const c of top) {
      const r = dataset.relations.find((rel) => rel.id === c.id);
      const when = r ? formatDate(r.start) + (r.end ? ` – ${formatDate(r.end)}` : '') : '';
      out.push(
        `      ${signed(c.contribution).padStart(6)}  ${r?.title ?? c.id} (${when})  [${c.id}]`,
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

  out.push('CENTRALITY  PageRank and betweenness on the positive ties; weighted degree');
  out.push(
    `  ${'actor'.padEnd(16)} ${'PageRank'.padStart(9)} ${'between'.padStart(8)} ${'+degree'.padStart(8)} ${'−degree'.padStart(8)}`,
  );
  const c = report.centrality;
  const order = [...report.actors].sort(
    (x, y) => (c.pagerank[y.id] ?? 0) - (c.pagerank[x.id] ?? 0),
  );
  for (const { id } of order) {
    out.push(
      `  ${name(id).padEnd(16)} ${(c.pagerank[id] ?? 0).toFixed(3).padStart(9)} ${(c.betweenness[id] ?? 0).toFixed(3).padStart(8)} ` +
        `${(c.positiveDegree[id] ?? 0).toFixed(1).padStart(8)} ${(c.negativeDegree[id] ?? 0).toFixed(1).padStart(8)}`,
    );
  }
  out.push('');
  out.push('COMMUNITIES  Louvain on the positive ties');
  report.communities.forEach((group, i) => out.push(`  ${i + 1}. ${group.map(name).join(', ')}`));
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
    '',
  ];

  const camps = campLabels(before, after);
  const members = (map: Map<string, string>, label: string, name: (id: string) => string): string =>
    [...map.entries()]
      .filter(([, l]) => l === label)
      .map(([id]) => name(id))
      .join(', ') || '—';
  out.push('CAMPS');
  for (const label of ['A', 'B'] as const) {
    out.push(`  ${label}  ${labels[0]}: ${members(camps.before, label, nameBefore)}`);
    out.push(`     ${labels[1]}: ${members(camps.after, label, nameAfter)}`);
  }
  out.push(
    `  Changed camp: ${comparison.campChanges.length ? comparison.campChanges.map((c) => `${nameAfter(c.actor)} (${c.before} → ${c.after})`).join(', ') : 'none'}`,
  );
  out.push(`  Frustration: ${before.frustration.toFixed(1)} → ${after.frustration.toFixed(1)}`);
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
  out.push('  A score adds up every relation active in its window, so a longer window holds more:');
  out.push('  across windows of different length compare signs and camps, not sizes.');
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
  const pagerank = comparison.rankChanges.filter((r) => r.measure === 'pagerank');
  out.push(
    `PAGERANK RANK  ${pagerank.length ? pagerank.map((r) => `${nameAfter(r.actor)} ${r.before} → ${r.after}`).join(', ') : 'unchanged'}`,
  );
  out.push('');
  out.push(
    'Run with --view ID for each window in full (every tie with the relations behind it), or --json.',
  );
  return out;
}
