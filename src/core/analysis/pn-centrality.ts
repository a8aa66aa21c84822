// PN centrality (Everett & Borgatti 2014), a centrality that reads both signs, where graphology's
// sees only non-negative weights: PN = (I − A/(2n−2))⁻¹ 1 with A = P − 2N, here with the scores
// scaled by the window's largest |score|; high for an actor with many strong friends (who have
// friends) and few enemies, low for one whose ties are mostly hostile.
import { dense } from './signed-matrix';
import type { Tie } from './ties';

const round = (value: number): number => Math.round(value * 1e6) / 1e6;

/** PN centrality of every actor (1 for an actor with no tie). */
export function pnCentrality(
  actorIds: readonly string[],
  ties: readonly Tie[],
): Record<string, number> {
  const n = actorIds.length;
  let largest = 0;
  for (const t of ties) largest = Math.max(largest, Math.abs(t.score));
  const out = Object.create(null) as Record<string, number>;
  if (n === 0) return out;
  const { w } = dense(actorIds, ties, largest || 1);
  // A = P − 2N: a negative tie counts double, as Everett & Borgatti's A* does.
  const a = w.map((x) => (x < 0 ? 2 * x : x));
  const beta = n > 1 ? 1 / (2 * n - 2) : 0;
  const x = n <= DIRECT_SOLVE_LIMIT ? solveDirect(a, n, beta) : solveDamped(a, n, beta);
  actorIds.forEach((id, i) => (out[id] = round(x[i] ?? 1)));
  return out;
}

/** Up to this many actors PN is solved directly (Gaussian elimination, O(n³)); above, by iteration. */
const DIRECT_SOLVE_LIMIT = 400;

/** Solves (I − βA) x = 1 by Gaussian elimination with partial pivoting. */
function solveDirect(a: Float64Array, n: number, beta: number): Float64Array {
  const m = new Float64Array(n * (n + 1));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) m[i * (n + 1) + j] = (i === j ? 1 : 0) - beta * (a[i * n + j] ?? 0);
    m[i * (n + 1) + n] = 1;
  }
  const w = n + 1;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(m[r * w + col] ?? 0) > Math.abs(m[pivot * w + col] ?? 0)) pivot = r;
    if (pivot !== col)
      for (let k = 0; k < w; k++) {
        const t = m[col * w + k] ?? 0;
        m[col * w + k] = m[pivot * w + k] ?? 0;
        m[pivot * w + k] = t;
      }
    const p = m[col * w + col] ?? 0;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = (m[r * w + col] ?? 0) / p;
      if (f === 0) continue;
      for (let k = col; k < w; k++) m[r * w + k] = (m[r * w + k] ?? 0) - f * (m[col * w + k] ?? 0);
    }
  }
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = m[i * w + i] ?? 0;
    x[i] = Math.abs(p) < 1e-12 ? 1 : (m[i * w + n] ?? 0) / p;
  }
  return x;
}

/** x ← ½x + ½(1 + βAx): converges where the plain iteration would oscillate (an eigenvalue −1). */
function solveDamped(a: Float64Array, n: number, beta: number): Float64Array {
  let x = new Float64Array(n).fill(1);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < 1000; iteration++) {
    let change = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      const row = i * n;
      for (let j = 0; j < n; j++) s += (a[row + j] ?? 0) * (x[j] ?? 0);
      const v = 0.5 * (x[i] ?? 0) + 0.5 * (1 + beta * s);
      change = Math.max(change, Math.abs(v - (x[i] ?? 0)));
      next[i] = v;
    }
    [x, next] = [next, x];
    if (change < 1e-10) break;
  }
  return x;
}
