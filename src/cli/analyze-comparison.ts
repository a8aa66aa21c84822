// `npm run analyze -- --compare A B`: what changed between two windows — camps and who sides
// with whom, ties that flipped, appeared or ended, every tie before and after, balance and rank.
import { campsSentence, hedgingSentence, partnerChanges } from '../core/analysis/camp-words';
import type { Comparison } from '../core/analysis/compare';
import { campLabels } from '../core/analysis/compare';
import { tieId } from '../core/analysis/ties';
import { header, namer, pct, scoringLine, signed } from './analyze-text';

export function formatComparison(
  labels: readonly [string, string],
  comparison: Comparison,
  /** Who sided with whom in each era, in words (the scene's headline). */
  headline = '',
): string[] {
  const { before, after } = comparison;
  const nameBefore = namer(before);
  const nameAfter = namer(after);
  const pair = (a: string, b: string): string => `${nameAfter(a)}–${nameAfter(b)}`;
  const out: string[] = [
    `COMPARE  ${header(labels[0], before)}  →  ${header(labels[1], after)}`,
    ...(headline ? [headline] : []),
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
