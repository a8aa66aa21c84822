// Signed ties: for a window, each pair's dyad score (the sum of the contributions of the
// relations active between them, direction ignored), its sign, and the relations behind it.
import type { Dataset } from './dataset';
import { activeIn, relationIndex } from './relation-index';
import type { Window } from './time';

export interface Contribution {
  readonly id: string;
  /** valence(type) × weight. */
  readonly contribution: number;
}

export interface Tie {
  /** The pair, a < b by id, so a tie has one stable id whatever the relations' direction. */
  readonly a: string;
  readonly b: string;
  readonly score: number;
  readonly sign: -1 | 0 | 1;
  readonly relations: readonly Contribution[];
}

export function tieId(a: string, b: string): string {
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}

/** Rounds away floating-point dust so that 8.3 + -8.3 is 0, not 1e-15. */
function clean(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

export function signedTies(dataset: Dataset, window: Window): Tie[] {
  const index = relationIndex(dataset);
  // In data order, so that explanations list relations as the files do.
  const found = Int32Array.from(activeIn(index, window)).sort();
  const perPair: (Contribution[] | undefined)[] = new Array(index.pairs.length);
  for (const i of found) {
    const pair = index.pairOf[i] ?? 0;
    const entry = { id: index.relations[i]?.id ?? '', contribution: index.contribution[i] ?? 0 };
    const list = perPair[pair];
    if (list) list.push(entry);
    else perPair[pair] = [entry];
  }
  // Pairs are numbered in tie-id order, so walking the numbers gives the ties in order.
  const ties: Tie[] = [];
  perPair.forEach((relations, pair) => {
    if (!relations) return;
    const { a, b } = index.pairs[pair] ?? { a: '', b: '' };
    let sum = 0;
    for (const r of relations) sum += r.contribution;
    const score = clean(sum);
    ties.push({ a, b, score, sign: Math.sign(score) as Tie['sign'], relations });
  });
  return ties;
}
