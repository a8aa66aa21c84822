// Signed ties: for a window, each pair's dyad score (the sum of the contributions of the
// relations active between them, direction ignored), its sign, and the relations behind it.
import type { Dataset } from './dataset';
import { isActive, type Window } from './time';

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
  const byPair = new Map<string, { a: string; b: string; relations: Contribution[] }>();
  for (const relation of dataset.relations) {
    const type = dataset.typeById[relation.type];
    if (!type || !isActive(relation, type.kind, window)) continue;
    const [a, b] =
      relation.source < relation.target
        ? [relation.source, relation.target]
        : [relation.target, relation.source];
    const key = tieId(a, b);
    let entry = byPair.get(key);
    if (!entry) {
      entry = { a, b, relations: [] };
      byPair.set(key, entry);
    }
    entry.relations.push({
      id: relation.id,
      contribution: clean(type.valence * (relation.weight ?? 1)),
    });
  }
  return [...byPair.values()]
    .map(({ a, b, relations }) => {
      const score = clean(relations.reduce((sum, r) => sum + r.contribution, 0));
      return { a, b, score, sign: Math.sign(score) as Tie['sign'], relations };
    })
    .sort((x, y) => (tieId(x.a, x.b) < tieId(y.a, y.b) ? -1 : 1));
}
