// Comparing two windows' reports: ties that flipped sign, appeared or disappeared, actors that
// changed camp (camps matched across the windows by their overlap) and centrality ranks.
import type { WindowReport } from './analysis';
import type { Tie } from './ties';
import { tieId } from './ties';

export interface Flip {
  readonly a: string;
  readonly b: string;
  readonly before: number;
  readonly after: number;
}

export interface TieChange {
  readonly a: string;
  readonly b: string;
  readonly score: number;
}

/** Camp labels: "A" and "B" are the earlier window's camps; the later ones are matched to them. */
export type CampLabel = 'A' | 'B' | 'unaligned';

export interface CampChange {
  readonly actor: string;
  readonly before: CampLabel;
  readonly after: CampLabel;
}

export interface RankChange {
  readonly actor: string;
  readonly measure:
    'strength' | 'pn' | 'pagerank' | 'betweenness' | 'positiveDegree' | 'negativeDegree';
  readonly before: number;
  readonly after: number;
}

export interface Comparison {
  readonly before: WindowReport;
  readonly after: WindowReport;
  readonly flips: readonly Flip[];
  readonly appeared: readonly TieChange[];
  readonly disappeared: readonly TieChange[];
  readonly campChanges: readonly CampChange[];
  readonly rankChanges: readonly RankChange[];
}

function signedById(dyads: readonly Tie[]): Map<string, Tie> {
  return new Map(dyads.filter((t) => t.sign !== 0).map((t) => [tieId(t.a, t.b), t]));
}

/**
 * Labels a split's camps after an earlier labelling: the camps take the labels A and B the way
 * that keeps the most actors under the label they had.
 */
export function matchCamps(
  before: ReadonlyMap<string, CampLabel>,
  camps: readonly [readonly string[], readonly string[]],
  unaligned: readonly string[] = [],
): Map<string, CampLabel> {
  const overlap = (camp: readonly string[], name: CampLabel): number =>
    camp.filter((id) => before.get(id) === name).length;
  const [first, second] = camps;
  const straight = overlap(first, 'A') + overlap(second, 'B');
  const crossed = overlap(first, 'B') + overlap(second, 'A');
  const names: [CampLabel, CampLabel] = crossed > straight ? ['B', 'A'] : ['A', 'B'];
  const out = new Map<string, CampLabel>();
  camps.forEach((camp, i) => camp.forEach((id) => out.set(id, names[i] ?? 'unaligned')));
  for (const id of unaligned) out.set(id, 'unaligned');
  return out;
}

/** Labels each actor's camp; the later window's camps take the label of the earlier camp they share most actors with. */
export function campLabels(
  before: Pick<WindowReport, 'camps' | 'unaligned'>,
  after: Pick<WindowReport, 'camps' | 'unaligned'>,
): { before: Map<string, CampLabel>; after: Map<string, CampLabel> } {
  const label = (
    report: Pick<WindowReport, 'camps' | 'unaligned'>,
    names: readonly [CampLabel, CampLabel],
  ): Map<string, CampLabel> => {
    const out = new Map<string, CampLabel>();
    report.camps.forEach((camp, i) => camp.forEach((id) => out.set(id, names[i] ?? 'unaligned')));
    for (const id of report.unaligned) out.set(id, 'unaligned');
    return out;
  };
  const beforeLabels = label(before, ['A', 'B']);
  return {
    before: beforeLabels,
    after: matchCamps(beforeLabels, after.camps, after.unaligned),
  };
}

function ranks(values: Readonly<Record<string, number>>): Map<string, number> {
  const sorted = Object.entries(values).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return new Map(sorted.map(([id], i) => [id, i + 1]));
}

export function compareReports(before: WindowReport, after: WindowReport): Comparison {
  const was = signedById(before.dyads);
  const now = signedById(after.dyads);
  const flips: Flip[] = [];
  const disappeared: TieChange[] = [];
  for (const [id, tie] of was) {
    const later = now.get(id);
    if (!later) disappeared.push({ a: tie.a, b: tie.b, score: tie.score });
    else if (later.sign !== tie.sign)
      flips.push({ a: tie.a, b: tie.b, before: tie.score, after: later.score });
  }
  const appeared: TieChange[] = [...now.entries()]
    .filter(([id]) => !was.has(id))
    .map(([, t]) => ({ a: t.a, b: t.b, score: t.score }));
  const labels = campLabels(before, after);
  const campChanges: CampChange[] = [];
  for (const { id } of after.actors) {
    const b = labels.before.get(id) ?? 'unaligned';
    const a = labels.after.get(id) ?? 'unaligned';
    if (a !== b) campChanges.push({ actor: id, before: b, after: a });
  }
  const rankChanges: RankChange[] = [];
  for (const measure of [
    'strength',
    'pn',
    'pagerank',
    'betweenness',
    'positiveDegree',
    'negativeDegree',
  ] as const) {
    const v0 = before.centrality[measure];
    const v1 = after.centrality[measure];
    if (!v0 || !v1) continue;
    const r0 = ranks(v0);
    const r1 = ranks(v1);
    for (const { id } of after.actors) {
      const x = r0.get(id);
      const y = r1.get(id);
      if (x !== undefined && y !== undefined && x !== y)
        rankChanges.push({ actor: id, measure, before: x, after: y });
    }
  }
  return { before, after, flips, appeared, disappeared, campChanges, rankChanges };
}
