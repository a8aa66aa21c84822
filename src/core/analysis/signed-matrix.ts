// The dense signed matrix that the measures reading both signs work on: actors by index, each
// tie's score (optionally scaled) in both directions, 0 where there is no tie.
import type { Tie } from './ties';

export interface Dense {
  readonly ids: readonly string[];
  readonly n: number;
  /** Symmetric signed weights, row-major. */
  readonly w: Float64Array;
}

export function dense(actorIds: readonly string[], ties: readonly Tie[], scale = 1): Dense {
  const n = actorIds.length;
  const at = new Map(actorIds.map((id, i) => [id, i]));
  const w = new Float64Array(n * n);
  for (const t of ties) {
    const i = at.get(t.a);
    const j = at.get(t.b);
    if (i === undefined || j === undefined || t.score === 0) continue;
    w[i * n + j] = t.score / scale;
    w[j * n + i] = t.score / scale;
  }
  return { ids: actorIds, n, w };
}

/** a[i] += x, for typed arrays under noUncheckedIndexedAccess. */
export function add(a: Float64Array, i: number, x: number): void {
  a[i] = (a[i] ?? 0) + x;
}
