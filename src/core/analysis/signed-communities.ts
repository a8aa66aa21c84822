// Communities by signed modularity (Gómez, Jensen & Arenas 2009), which reads both signs where
// graphology's Louvain sees only non-negative weights: groups whose members have more positive and
// fewer negative ties among themselves than chance; exact over every partition up to
// EXACT_PARTITION_LIMIT actors, a seeded Louvain search (local moves + aggregation) above.
import { seededRandom } from './seeded-random';
import { add, dense, type Dense } from './signed-matrix';
import type { Tie } from './ties';

export const EXACT_PARTITION_LIMIT = 8;

const round = (value: number): number => Math.round(value * 1e6) / 1e6;

interface Strengths {
  readonly plus: Float64Array;
  readonly minus: Float64Array;
  readonly totalPlus: number;
  readonly totalMinus: number;
}

function strengths(g: Dense): Strengths {
  const plus = new Float64Array(g.n);
  const minus = new Float64Array(g.n);
  let totalPlus = 0;
  let totalMinus = 0;
  for (let i = 0; i < g.n; i++) {
    for (let j = 0; j < g.n; j++) {
      const x = g.w[i * g.n + j] ?? 0;
      if (x > 0) plus[i] = (plus[i] ?? 0) + x;
      else minus[i] = (minus[i] ?? 0) - x;
    }
    totalPlus += plus[i] ?? 0;
    totalMinus += minus[i] ?? 0;
  }
  return { plus, minus, totalPlus, totalMinus };
}

/** Signed modularity of a partition (community number per actor). */
export function signedModularity(g: Dense, community: ArrayLike<number>, s = strengths(g)): number {
  const { plus, minus, totalPlus, totalMinus } = s;
  const total = totalPlus + totalMinus;
  if (total === 0) return 0;
  let q = 0;
  for (let i = 0; i < g.n; i++) {
    for (let j = 0; j < g.n; j++) {
      if (community[i] !== community[j]) continue;
      const expectedPlus = totalPlus > 0 ? ((plus[i] ?? 0) * (plus[j] ?? 0)) / totalPlus : 0;
      const expectedMinus = totalMinus > 0 ? ((minus[i] ?? 0) * (minus[j] ?? 0)) / totalMinus : 0;
      q += (g.w[i * g.n + j] ?? 0) - (expectedPlus - expectedMinus);
    }
  }
  return q / total;
}

/** Every set partition of n items in restricted-growth form, best signed modularity kept. */
function exactPartition(g: Dense, s: Strengths): { community: Int32Array; q: number } {
  const n = g.n;
  const a = new Int32Array(n);
  const max = new Int32Array(n);
  let best = { community: a.slice(), q: signedModularity(g, a, s) };
  // Restricted growth strings: a[0] = 0, a[i] ≤ 1 + max(a[0..i-1]).
  const visit = (i: number): void => {
    if (i === n) {
      const q = signedModularity(g, a, s);
      if (q > best.q + 1e-12) best = { community: a.slice(), q };
      return;
    }
    const limit = (i === 0 ? -1 : (max[i - 1] ?? 0)) + 1;
    for (let c = 0; c <= limit; c++) {
      a[i] = c;
      max[i] = Math.max(i === 0 ? 0 : (max[i - 1] ?? 0), c);
      visit(i + 1);
    }
  };
  if (n > 0) visit(0);
  return best;
}

/** One Louvain level: local moves by modularity gain in a seeded random order. */
function localMoves(g: Dense, s: Strengths, random: () => number): Int32Array {
  const n = g.n;
  const community = Int32Array.from({ length: n }, (_, i) => i);
  const sumPlus = Float64Array.from(s.plus);
  const sumMinus = Float64Array.from(s.minus);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  const link = new Float64Array(n);
  for (let pass = 0; pass < 50; pass++) {
    let moved = false;
    for (const i of order) {
      const own = community[i] ?? 0;
      link.fill(0);
      for (let j = 0; j < n; j++) if (j !== i) add(link, community[j] ?? 0, g.w[i * n + j] ?? 0);
      add(sumPlus, own, -(s.plus[i] ?? 0));
      add(sumMinus, own, -(s.minus[i] ?? 0));
      const gain = (c: number): number =>
        (link[c] ?? 0) -
        (s.totalPlus > 0 ? ((s.plus[i] ?? 0) * (sumPlus[c] ?? 0)) / s.totalPlus : 0) +
        (s.totalMinus > 0 ? ((s.minus[i] ?? 0) * (sumMinus[c] ?? 0)) / s.totalMinus : 0);
      let best = own;
      let bestGain = gain(own);
      // Only communities the actor has a tie into are candidates, as in Louvain.
      for (let c = 0; c < n; c++) {
        if (c === own || link[c] === 0) continue;
        const g2 = gain(c);
        if (g2 > bestGain + 1e-12) {
          bestGain = g2;
          best = c;
        }
      }
      // Alone is always a choice: an empty community has gain 0.
      if (bestGain < -1e-12) {
        const empty = findEmpty(community, n, i);
        if (empty >= 0) best = empty;
      }
      community[i] = best;
      add(sumPlus, best, s.plus[i] ?? 0);
      add(sumMinus, best, s.minus[i] ?? 0);
      if (best !== own) moved = true;
    }
    if (!moved) break;
  }
  return community;
}

function findEmpty(community: Int32Array, n: number, self: number): number {
  const used = new Uint8Array(n);
  for (let j = 0; j < n; j++) if (j !== self) used[community[j] ?? 0] = 1;
  for (let c = 0; c < n; c++) if (!used[c]) return c;
  return -1;
}

function louvain(g: Dense, seed: number): Int32Array {
  const random = seededRandom(seed);
  let graph = g;
  // membership[i]: the community (node of the current level) of original actor i.
  let membership = Int32Array.from({ length: g.n }, (_, i) => i);
  for (let level = 0; level < 20; level++) {
    const s = strengths(graph);
    const moved = localMoves(graph, s, random);
    const renumber = new Map<number, number>();
    for (const c of moved) if (!renumber.has(c)) renumber.set(c, renumber.size);
    if (renumber.size === graph.n) break;
    membership = membership.map((c) => renumber.get(moved[c] ?? 0) ?? 0);
    const m = renumber.size;
    const w = new Float64Array(m * m);
    for (let i = 0; i < graph.n; i++)
      for (let j = 0; j < graph.n; j++) {
        // Ties inside a community stay as its self-loop, so that strengths carry over.
        const ci = renumber.get(moved[i] ?? 0) ?? 0;
        const cj = renumber.get(moved[j] ?? 0) ?? 0;
        add(w, ci * m + cj, graph.w[i * graph.n + j] ?? 0);
      }
    graph = { ids: Array.from({ length: m }, (_, i) => String(i)), n: m, w };
  }
  return membership;
}

export interface SignedCommunities {
  /** Groups of actor ids, in the given order, ordered by their first member; actors with no tie are alone. */
  readonly groups: string[][];
  /** The signed modularity of the grouping (0 when no grouping beats none). */
  readonly modularity: number;
}

export function signedCommunities(
  actorIds: readonly string[],
  ties: readonly Tie[],
  seed = 1,
): SignedCommunities {
  const tied = new Set(ties.filter((t) => t.score !== 0).flatMap((t) => [t.a, t.b]));
  const ids = actorIds.filter((id) => tied.has(id));
  const g = dense(ids, ties);
  const s = strengths(g);
  let community: ArrayLike<number>;
  let q: number;
  if (g.n <= EXACT_PARTITION_LIMIT) {
    ({ community, q } = exactPartition(g, s));
  } else {
    community = louvain(g, seed);
    q = signedModularity(g, community, s);
  }
  const byCommunity = new Map<number, string[]>();
  ids.forEach((id, i) => {
    const c = community[i] ?? 0;
    const group = byCommunity.get(c) ?? [];
    group.push(id);
    byCommunity.set(c, group);
  });
  const position = new Map(ids.map((id, i) => [id, i]));
  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const id of actorIds) {
    if (seen.has(id)) continue;
    const at = position.get(id);
    const group = at === undefined ? [id] : (byCommunity.get(community[at] ?? 0) ?? [id]);
    group.forEach((m) => seen.add(m));
    groups.push(group);
  }
  return { groups, modularity: round(Math.max(0, q)) };
}
