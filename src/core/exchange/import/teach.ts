// What an import's error about an unknown relation type or actor says: the values it could have
// been (the first ones, then how many more) and the nearest of them, instead of pointing at
// relation-types.json or actors.json, which an imported CSV or GEXF file does not have.
import type { DataError } from '../../data/errors';
import { bounded } from '../../data/records';

/** "a, b, c and 12 more": the values (sorted) that fit in about `budget` characters, then how many are left. */
export function shortList(values: readonly string[], budget = 160): string {
  const sorted = [...values].sort();
  const shown: string[] = [];
  let length = 0;
  for (const value of sorted) {
    // Always one value, however long (the message is cut to size later).
    if (shown.length > 0 && length + value.length + 2 > budget) break;
    shown.push(value);
    length += value.length + 2;
  }
  const rest = sorted.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return shown.length < 2
    ? shown.join('')
    : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}

/** Edit distance, or more than `limit` as soon as it must be (short ids only reach here). */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
      next.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    row = next;
  }
  return row[b.length] ?? limit + 1;
}

/** The one known value nearest to an unknown one (same letters in another case, or a typo or two away). */
export function nearest(value: string, known: readonly string[]): string | undefined {
  if (value.length > 40) return undefined;
  const lower = value.toLowerCase();
  const sameLetters = known.filter((k) => k.toLowerCase() === lower);
  if (sameLetters.length === 1) return sameLetters[0];
  // A typo or two, but not in an id so short that two edits make any other.
  const limit = value.length <= 3 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const k of known) {
    const d = distance(lower, k.toLowerCase(), limit);
    if (d < bestDistance) [best, bestDistance, tie] = [k, d, false];
    else if (d === bestDistance) tie = true;
  }
  return best !== undefined && !tie ? best : undefined;
}

/** What the import knows, for the errors to name: its relation types and its actors. */
export interface Known {
  readonly types: readonly string[];
  readonly actors: readonly string[];
}

/** The unknown-reference messages of core/data/references.ts (quoted value first). */
const UNKNOWN = [
  {
    pattern: /^(".*") is not a relation type in relation-types\.json$/s,
    what: 'relation type',
    article: 'a',
  },
  { pattern: /^(".*") is not an actor in actors\.json$/s, what: 'actor', article: 'an' },
] as const;

/** Most distinct unknown values that get a suggestion: each costs a pass over the known ones. */
const MAX_SUGGESTED = 200;

/**
 * The errors with each unknown type or actor explained by what is known: the nearest known value
 * when one is close, and the list of them ("the 30 types are alliance, … and 22 more").
 */
export function teachErrors(errors: readonly DataError[], known: Known): DataError[] {
  const suggestions = new Map<string, string | undefined>();
  const suggest = (value: string, among: readonly string[]): string | undefined => {
    if (!suggestions.has(value) && suggestions.size < MAX_SUGGESTED)
      suggestions.set(value, nearest(value, among));
    return suggestions.get(value);
  };
  const lists = {
    'relation type': shortList(known.types),
    actor: shortList(known.actors),
  };
  return errors.map((error) => {
    for (const { pattern, what, article } of UNKNOWN) {
      const quotedValue = pattern.exec(error.message)?.[1];
      if (quotedValue === undefined) continue;
      const among = what === 'actor' ? known.actors : known.types;
      // An excerpt (cut with an ellipsis) is not the whole value: nothing is near it.
      const value = quotedValue.slice(1, -1);
      const near = value.endsWith('…') ? undefined : suggest(value, among);
      const did = near === undefined ? '' : ` (did you mean "${near}"?)`;
      const plural = what === 'actor' ? 'actors' : 'types';
      const which =
        among.length === 0
          ? `there are no ${plural}`
          : `the ${among.length === 1 ? `one ${what} is` : `${among.length} ${plural} are`} ${lists[what]}`;
      return bounded({
        ...error,
        message: `${quotedValue} is not ${article} ${what}${did}; ${which}`,
      });
    }
    return error;
  });
}
