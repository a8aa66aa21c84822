// Structural balance (Heider; Cartwright and Harary): a triangle of signed ties is balanced
// when the product of its signs is positive ("the friend of my friend", "the enemy of my
// enemy"), unbalanced otherwise. Each unbalanced triad comes with a plain sentence.
import type { Tie } from './ties';
import { tieId } from './ties';

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

export function structuralBalance(
  actorIds: readonly string[],
  ties: readonly Tie[],
  name: (id: string) => string = (id) => id,
): Balance {
  const score = new Map<string, number>();
  for (const t of ties) if (t.sign !== 0) score.set(tieId(t.a, t.b), t.score);
  const ids = actorIds.filter((id) => ties.some((t) => t.sign !== 0 && (t.a === id || t.b === id)));
  let balanced = 0;
  const unbalancedTriads: Triad[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i] as string;
      const b = ids[j] as string;
      const ab = score.get(tieId(a, b));
      if (ab === undefined) continue;
      for (let k = j + 1; k < ids.length; k++) {
        const c = ids[k] as string;
        const ac = score.get(tieId(a, c));
        const bc = score.get(tieId(b, c));
        if (ac === undefined || bc === undefined) continue;
        if (Math.sign(ab) * Math.sign(ac) * Math.sign(bc) > 0) {
          balanced++;
          continue;
        }
        const actors = [a, b, c] as const;
        const scores = [ab, ac, bc] as const;
        unbalancedTriads.push({ actors, scores, sentence: triadSentence(actors, scores, name) });
      }
    }
  }
  const total = balanced + unbalancedTriads.length;
  return {
    balanced,
    unbalanced: unbalancedTriads.length,
    ratio: total === 0 ? null : balanced / total,
    unbalancedTriads,
  };
}
