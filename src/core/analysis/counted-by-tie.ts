// The relations that count in a window, tie by tie: what a picture of each relation draws for a
// core the engine worker sent (lean-core.ts), whose ties list their relations only when asked.
import type { Dataset } from '../data/dataset';
import type { Relation } from '../data/schema';
import type { Window } from '../time/time';
import { relationIndex } from './relation-index';
import { defaultScoring, type ScoreOptions } from './scoring';
import { countedIn } from './ties';

/** The relations that count in a window, tie by tie, with their contributions (countedByTie). */
export interface CountedByTie {
  readonly relations: readonly Relation[];
  readonly contribution: Float64Array;
}

/**
 * The relations that count in a window, grouped by tie in tie order and in data order within a
 * tie — the order of signedTies's ties and their relations — each with its contribution: what a
 * picture of each relation draws, without a Contribution object each (11,000 a window of the
 * scale set).
 */
export function countedByTie(
  dataset: Dataset,
  window: Window,
  options: ScoreOptions = defaultScoring(dataset),
): CountedByTie {
  const index = relationIndex(dataset);
  const found = countedIn(index, window, options);
  // A counting sort by pair: where each pair's relations start, then each in its place.
  const starts = new Int32Array(index.pairs.length + 1);
  for (let k = 0; k < found.length; k++) {
    const pair = index.pairOf[found.index[k] ?? 0] ?? 0;
    starts[pair + 1] = (starts[pair + 1] ?? 0) + 1;
  }
  for (let pair = 0; pair < index.pairs.length; pair++)
    starts[pair + 1] = (starts[pair + 1] ?? 0) + (starts[pair] ?? 0);
  const relations = new Array<Relation>(found.length);
  const contribution = new Float64Array(found.length);
  for (let k = 0; k < found.length; k++) {
    const i = found.index[k] ?? 0;
    const pair = index.pairOf[i] ?? 0;
    const at = starts[pair] ?? 0;
    starts[pair] = at + 1;
    const relation = index.relations[i];
    if (relation) relations[at] = relation;
    contribution[at] = found.contribution[k] ?? 0;
  }
  return { relations, contribution };
}
