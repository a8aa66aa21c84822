// Structural balance (Heider; Cartwright and Harary): a triangle of signed ties is balanced
// when the product of its signs is positive ("the friend of my friend", "the enemy of my
// enemy"), unbalanced otherwise. Each unbalanced triad comes with a plain sentence.
import type { ScoredTie } from './ties';

export interface Triad {
  readonly actors: readonly [string, string, string];
  /** Scores of the ties (actors[0], actors[1]), (actors[0], actors[2]), (actors[1], actors[2]). */
  readonly scores: readonly [number, number, number];
  readonly sentence: string;
}

export interface Balance {
  readonly balanced: number;
  readonly unbalanced: number;
  /** balanced / (balanced + unbalanced), or null when there is no triangle. */
  readonly ratio: number | null;
  readonly unbalancedTriads: readonly Triad[];
}

export function triadSentence(
  actors: readonly [string, string, string],
  scores: readonly [number, number, number],
  name: (id: string) => string,
): string {
  const [x, y, z] = actors.map(name) as [string, string, string];
  const [xy, xz, yz] = scores;
  if (xy < 0 && xz < 0 && yz < 0) return `${x}, ${y} and ${z} are all negative with each other`;
  // Exactly one negative tie: the actor on both positive ties is between two who clash.
  if (yz < 0) return `${x} is positive with ${y} and with ${z}, which are negative with each other`;
  if (xz < 0) return `${y} is positive with ${x} and with ${z}, which are negative with each other`;
  return `${z} is positive with ${x} and with ${y}, which are negative with each other`;
}

interface HeapItem {
  readonly weight: number;
  readonly i: number;
  readonly j: number;
  readonly k: number;
}

/** Keeps the `size` heaviest items offered: a binary min-heap, the lightest on top. */
export class TriadHeap {
  readonly items: HeapItem[] = [];
  constructor(private readonly size: number) {}

  offer(weight: number, i: number, j: number, k: number): void {
    const items = this.items;
    if (items.length < this.size) {
      items.push({ weight, i, j, k });
      let c = items.length - 1;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if ((items[parent] as HeapItem).weight <= weight) break;
        [items[c], items[parent]] = [items[parent] as HeapItem, items[c] as HeapItem];
        c = parent;
      }
      return;
    }
    if (this.size === 0 || weight <= (items[0] as HeapItem).weight) return;
    items[0] = { weight, i, j, k };
    let c = 0;
    for (;;) {
      const l = 2 * c + 1;
      const r = l + 1;
      let m = c;
      if (l < items.length && (items[l] as HeapItem).weight < (items[m] as HeapItem).weight) m = l;
      if (r < items.length && (items[r] as HeapItem).weight < (items[m] as HeapItem).weight) m = r;
      if (m === c) return;
      [items[c], items[m]] = [items[m] as HeapItem, items[c] as HeapItem];
      c = m;
    }
  }
}

/** How many unbalanced triads a report lists (the strongest); the counts always cover all. */
export const MAX_LISTED_TRIADS = 200;

export function structuralBalance(
  actorIds: readonly string[],
  ties: readonly ScoredTie[],
  name: (id: string) => string = (id) => id,
): Balance {
  const touched = new Set<string>();
  for (const t of ties) {
    if (t.sign === 0) continue;
    touched.add(t.a);
    touched.add(t.b);
  }
  const ids = actorIds.filter((id) => touched.has(id));
  const n = ids.length;
  const at = new Map(ids.map((id, i) => [id, i]));
  const score = new Float64Array(n * n);
  for (const t of ties) {
    const i = at.get(t.a);
    const j = at.get(t.b);
    if (t.sign === 0 || i === undefined || j === undefined) continue;
    score[i * n + j] = t.score;
    score[j * n + i] = t.score;
  }
  let balanced = 0;
  let unbalanced = 0;
  // The strongest unbalanced triads (by the sum of |score|), kept in a min-heap of bounded size.
  const heap = new TriadHeap(MAX_LISTED_TRIADS);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const ab = score[i * n + j] ?? 0;
      if (ab === 0) continue;
      for (let k = j + 1; k < n; k++) {
        const ac = score[i * n + k] ?? 0;
        const bc = score[j * n + k] ?? 0;
        if (ac === 0 || bc === 0) continue;
        if ((ab > 0 ? 1 : -1) * (ac > 0 ? 1 : -1) * (bc > 0 ? 1 : -1) > 0) balanced++;
        else {
          unbalanced++;
          heap.offer(Math.abs(ab) + Math.abs(ac) + Math.abs(bc), i, j, k);
        }
      }
    }
  }
  // Listed in actor order, as the triangles were found.
  const unbalancedTriads: Triad[] = heap.items
    .sort((x, y) => x.i - y.i || x.j - y.j || x.k - y.k)
    .map(({ i, j, k }) => {
      const actors = [ids[i] ?? '', ids[j] ?? '', ids[k] ?? ''] as const;
      const scores = [score[i * n + j] ?? 0, score[i * n + k] ?? 0, score[j * n + k] ?? 0] as const;
      return { actors, scores, sentence: triadSentence(actors, scores, name) };
    });
  const total = balanced + unbalanced;
  return { balanced, unbalanced, ratio: total === 0 ? null : balanced / total, unbalancedTriads };
}
