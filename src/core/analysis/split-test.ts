// How sure a split is against chance: a permutation test. The dyad scores are shuffled across
// the pairs that have a tie (the graph's shape kept, which score sits on which pair drawn at
// random), SHUFFLES times with a seeded generator, and the lowest frustration of each shuffled
// graph is found the same way as the observed one. The p-value is the share of shuffles that
// split at least as cleanly: (1 + #{shuffled ≤ observed}) / (1 + SHUFFLES). A small p-value says
// the camps are more clear-cut than the same scores dealt to random pairs would give (Aref &
// Wilson test the frustration of international-relations networks against such a null).
import { HOSTILE_WEIGHT } from './camps';
import { seededRandom } from './seeded-random';
import type { Tie } from './ties';

export const SHUFFLES = 1000;
/** Up to this many aligned actors every shuffle is solved exactly; above, by a greedy search. */
export const EXACT_NULL_LIMIT = 10;
/**
 * Above this many aligned actors the test runs on this many: those with the largest total
 * |score|, and the ties among them — the camps of the actors that carry most of the weight.
 * A thousand searches over every tie of a 200-actor window would take seconds.
 */
export const TEST_ACTOR_LIMIT = 50;

export interface SplitTest {
  readonly pValue: number;
  readonly shuffles: number;
  /** How each graph's lowest frustration was found: every split, or the greedy search. */
  readonly method: 'exact' | 'greedy';
  /** How many actors the test ran on (fewer than the aligned actors above TEST_ACTOR_LIMIT). */
  readonly actors: number;
}

const EPSILON = 1e-9;

interface Edges {
  readonly n: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weight: Float64Array;
}

function edgesOf(actorIds: readonly string[], ties: readonly Tie[]): Edges {
  let signed = ties.filter((t) => t.sign !== 0);
  const strength = new Map<string, number>();
  for (const t of signed) {
    strength.set(t.a, (strength.get(t.a) ?? 0) + Math.abs(t.score));
    strength.set(t.b, (strength.get(t.b) ?? 0) + Math.abs(t.score));
  }
  let kept = actorIds.filter((id) => strength.has(id));
  if (kept.length > TEST_ACTOR_LIMIT) {
    const strongest = new Set(
      [...kept]
        .sort((x, y) => (strength.get(y) ?? 0) - (strength.get(x) ?? 0) || (x < y ? -1 : 1))
        .slice(0, TEST_ACTOR_LIMIT),
    );
    kept = kept.filter((id) => strongest.has(id));
    signed = signed.filter((t) => strongest.has(t.a) && strongest.has(t.b));
  }
  const index = new Map(kept.map((id, i) => [id, i]));
  const from = new Int32Array(signed.length);
  const to = new Int32Array(signed.length);
  const weight = new Float64Array(signed.length);
  signed.forEach((t, e) => {
    from[e] = index.get(t.a) ?? 0;
    to[e] = index.get(t.b) ?? 0;
    weight[e] = t.score;
  });
  return { n: index.size, from, to, weight };
}

/** Lowest frustration over every split (actor 0 fixed), in Gray-code order on a dense matrix. */
function exactMinimum(n: number, w: Float64Array): number {
  const side = new Int8Array(n).fill(1);
  // field[k] = Σ_j w_kj side_j; flipping k changes the frustration by side_k × field[k].
  const field = new Float64Array(n);
  let current = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const x = w[i * n + j] ?? 0;
      if (x < 0) current -= x;
    }
  for (let i = 0; i < n; i++) {
    let f = 0;
    for (let j = 0; j < n; j++) f += w[i * n + j] ?? 0;
    field[i] = f;
  }
  let best = current;
  const steps = n <= 1 ? 0 : 2 ** (n - 1) - 1;
  for (let step = 1; step <= steps; step++) {
    const k = 1 + Math.log2(step & -step);
    const s = side[k] ?? 1;
    current += s * (field[k] ?? 0);
    side[k] = -s as 1 | -1;
    const row = k * n;
    for (let j = 0; j < n; j++) field[j] = (field[j] ?? 0) - 2 * s * (w[row + j] ?? 0);
    if (current < best) best = current;
  }
  return best;
}

/**
 * A greedy split and one local descent, on a sparse graph: actors taken by degree (largest
 * first) join the side their already placed neighbours pull them to, then any actor whose
 * switch lowers the frustration switches, until none does. O(ties) a graph.
 */
class Greedy {
  private readonly offsets: Int32Array;
  private readonly neighbour: Int32Array;
  private readonly edge: Int32Array;
  private readonly order: Int32Array;
  private readonly side: Int8Array;
  private readonly field: Float64Array;

  constructor(private readonly edges: Edges) {
    const { n, from, to } = edges;
    const degree = new Int32Array(n);
    for (let e = 0; e < from.length; e++) {
      const a = from[e] ?? 0;
      const b = to[e] ?? 0;
      degree[a] = (degree[a] ?? 0) + 1;
      degree[b] = (degree[b] ?? 0) + 1;
    }
    this.offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.offsets[i + 1] = (this.offsets[i] ?? 0) + (degree[i] ?? 0);
    this.neighbour = new Int32Array(2 * from.length);
    this.edge = new Int32Array(2 * from.length);
    const fill = this.offsets.slice(0, n);
    for (let e = 0; e < from.length; e++) {
      const a = from[e] ?? 0;
      const b = to[e] ?? 0;
      const pa = fill[a] ?? 0;
      fill[a] = pa + 1;
      this.neighbour[pa] = b;
      this.edge[pa] = e;
      const pb = fill[b] ?? 0;
      fill[b] = pb + 1;
      this.neighbour[pb] = a;
      this.edge[pb] = e;
    }
    this.order = Int32Array.from(
      Array.from({ length: n }, (_, i) => i).sort(
        (x, y) => (degree[y] ?? 0) - (degree[x] ?? 0) || x - y,
      ),
    );
    this.side = new Int8Array(n);
    this.field = new Float64Array(n);
  }

  /**
   * The frustration the greedy search reaches with these edge weights; `total` is Σ|weight|
   * (the same for every shuffle of one graph's weights, so worked out once).
   */
  frustration(weight: Float64Array, total: number): number {
    const { offsets, neighbour, edge, order, side, field } = this;
    const n = this.edges.n;
    side.fill(0);
    field.fill(0);
    // field[k] = Σ_j w_kj side_j over the neighbours placed so far: placing k on side s adds
    // w_kj·s to each neighbour's field, so one pass both places every actor and fills the fields.
    for (let o = 0; o < n; o++) {
      const k = order[o] ?? 0;
      const s = (field[k] ?? 0) >= 0 ? 1 : -1;
      side[k] = s;
      for (let p = offsets[k] ?? 0, end = offsets[k + 1] ?? 0; p < end; p++) {
        const j = neighbour[p] ?? 0;
        field[j] = (field[j] ?? 0) + s * (weight[edge[p] ?? 0] ?? 0);
      }
    }
    for (let sweep = 0; sweep < n; sweep++) {
      let moved = false;
      for (let o = 0; o < n; o++) {
        const k = order[o] ?? 0;
        const s = side[k] ?? 1;
        if (s * (field[k] ?? 0) >= -EPSILON) continue;
        side[k] = -s;
        moved = true;
        for (let p = offsets[k] ?? 0, end = offsets[k + 1] ?? 0; p < end; p++) {
          const j = neighbour[p] ?? 0;
          field[j] = (field[j] ?? 0) - 2 * s * (weight[edge[p] ?? 0] ?? 0);
        }
      }
      if (!moved) break;
    }
    // Each tie is satisfied (w·s_i·s_j > 0) or frustrated by |w|: F = (Σ|w| − Σ w s_i s_j) / 2,
    // and Σ over ties of w s_i s_j = ½ Σ_k s_k field_k.
    let agree = 0;
    for (let k = 0; k < n; k++) agree += (side[k] ?? 0) * (field[k] ?? 0);
    return (total - agree / 2) / 2;
  }
}

/**
 * The permutation test of a window's split. The observed graph's lowest frustration is found by
 * the same method as the shuffled graphs' (exact up to EXACT_NULL_LIMIT actors, where it equals
 * findCamps' answer; greedy above), so that like is compared with like.
 */
export function splitPValue(
  actorIds: readonly string[],
  ties: readonly Tie[],
  options: {
    readonly shuffles?: number;
    readonly seed?: number;
    readonly hostileWeight?: number;
  } = {},
): SplitTest {
  const hostile = options.hostileWeight ?? HOSTILE_WEIGHT;
  const shuffles = options.shuffles ?? SHUFFLES;
  const random = seededRandom(options.seed ?? 1);
  const edges = edgesOf(actorIds, ties);
  const { n, from, to } = edges;
  const m = edges.weight.length;
  // The camp search's weights: a hostile tie counts `hostile` times (camps.ts). Weighting each
  // score and shuffling the scores commute, so the weighted scores are shuffled themselves.
  const weight = edges.weight.map((x) => (x < 0 ? x * hostile : x));
  let total = 0;
  for (let e = 0; e < m; e++) total += Math.abs(weight[e] ?? 0);
  const exact = n <= EXACT_NULL_LIMIT;
  let solve: (w: Float64Array) => number;
  if (exact) {
    const dense = new Float64Array(n * n);
    solve = (w) => {
      dense.fill(0);
      for (let e = 0; e < m; e++) {
        const a = from[e] ?? 0;
        const b = to[e] ?? 0;
        dense[a * n + b] = w[e] ?? 0;
        dense[b * n + a] = w[e] ?? 0;
      }
      return exactMinimum(n, dense);
    };
  } else {
    const greedy = new Greedy(edges);
    solve = (w) => greedy.frustration(w, total);
  }
  const reference = solve(weight);
  let asGood = 0;
  // A xorshift generator seeded from the seeded one, inlined: a million draws a test.
  let state = Math.floor(random() * 0xffffffff) | 1;
  for (let s = 0; s < shuffles; s++) {
    // Fisher–Yates on the scores, the pairs kept.
    for (let i = m - 1; i > 0; i--) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      const j = Math.floor((state >>> 0) * 2.3283064365386963e-10 * (i + 1));
      const x = weight[i] ?? 0;
      weight[i] = weight[j] ?? 0;
      weight[j] = x;
    }
    if (solve(weight) <= reference + EPSILON) asGood++;
  }
  return {
    pValue: Math.round(((1 + asGood) / (1 + shuffles)) * 1e6) / 1e6,
    shuffles,
    method: exact ? 'exact' : 'greedy',
    actors: n,
  };
}
