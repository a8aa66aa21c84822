// A window's core without the relations behind each tie: what the engine worker sends for a large
// data set at each timeline step (4,400 ties with their relations take longer to receive, 2 MB,
// than to work out on the main thread; without them a tenth of that), and the page's core made
// from it again, whose ties list their relations only when first asked (a selection, the table)
// — worked out then from the same data, window and reading by the same code, so they are the
// relations analyzeCore would have given.
import type { Dataset } from '../data/dataset';
import type { Window } from '../time/time';
import type { WindowCore } from './analysis-core';
import type { FrustratedTie } from './camps';
import type { ScoreOptions } from './scoring';
import { RELATION_COUNT, signedTies, tieId, type Contribution, type Tie } from './ties';

/**
 * A tie's two ends as places in the core's `actors`, not id strings: thousands of ties a step,
 * and each id a new string on the page for every message (8,800 a window of the scale set).
 */
interface Ends {
  readonly a: number;
  readonly b: number;
}
export type LeanTie = Omit<Tie, 'relations' | 'a' | 'b'> &
  Ends & { readonly relationCount: number };
export type LeanFrustratedTie = Omit<FrustratedTie, 'a' | 'b'> & Ends;
export type LeanCore = Omit<WindowCore, 'dyads' | 'frustratedTies'> & {
  readonly dyads: readonly LeanTie[];
  readonly frustratedTies: readonly LeanFrustratedTie[];
};

export function leanCore(core: WindowCore): LeanCore {
  const place = new Map(core.actors.map((actor, i) => [actor.id, i]));
  const at = (id: string): number => {
    const i = place.get(id);
    if (i === undefined) throw new Error(`a tie's end "${id}" is not among the core's actors`);
    return i;
  };
  return {
    ...core,
    dyads: core.dyads.map(({ relations, a, b, ...tie }) => ({
      a: at(a),
      b: at(b),
      ...tie,
      relationCount: relations.length,
    })),
    frustratedTies: core.frustratedTies.map(({ a, b, ...tie }) => ({ a: at(a), b: at(b), ...tie })),
  };
}

/**
 * A core's ties as columns, read by its WholeTies: the numbers, ends and flags of thousands of
 * ties in four typed arrays rather than in each tie's own fields — a kept core is then thousands
 * of two-field objects, not objects with three boxed numbers each, for the young generation's
 * collections to copy (docs/performance.md, ninth round).
 */
/** The id at a place among a core's actors; a place outside them is a broken message. */
function endAt(ids: readonly string[], place: number): string {
  const found = ids[place];
  if (found === undefined) throw new Error(`a tie's end ${place} is not among the core's actors`);
  return found;
}

class TieColumns {
  readonly ends: Int32Array;
  /** score, positive, negative: three a tie. */
  readonly numbers: Float64Array;
  /** sign, and 1 for ambivalent: two a tie. */
  readonly flags: Int8Array;
  readonly counts: Int32Array;

  constructor(
    readonly ids: readonly string[],
    dyads: readonly LeanTie[],
    readonly relationsOf: (a: string, b: string) => readonly Contribution[],
  ) {
    const n = dyads.length;
    this.ends = new Int32Array(2 * n);
    this.numbers = new Float64Array(3 * n);
    this.flags = new Int8Array(2 * n);
    this.counts = new Int32Array(n);
    dyads.forEach((t, i) => {
      endAt(ids, t.a);
      endAt(ids, t.b);
      this.ends[2 * i] = t.a;
      this.ends[2 * i + 1] = t.b;
      this.numbers[3 * i] = t.score;
      this.numbers[3 * i + 1] = t.positive;
      this.numbers[3 * i + 2] = t.negative;
      this.flags[2 * i] = t.sign;
      this.flags[2 * i + 1] = t.ambivalent ? 1 : 0;
      this.counts[i] = t.relationCount;
    });
  }
}

/**
 * A tie of a core made whole again: its fields read from the core's columns, its relations
 * worked out on the first ask (shared by the core's ties) and its count known without asking.
 * A class, so that the getters are on its prototype. Its JSON is the tie's, fields in
 * analyzeCore's order, with its relations. Not to be spread or cloned: its fields are no own
 * properties.
 */
class WholeTie implements Tie {
  readonly #t: TieColumns;
  readonly #i: number;

  constructor(columns: TieColumns, i: number) {
    this.#t = columns;
    this.#i = i;
  }

  get a(): string {
    return this.#t.ids[this.#t.ends[2 * this.#i] ?? 0] ?? '';
  }

  get b(): string {
    return this.#t.ids[this.#t.ends[2 * this.#i + 1] ?? 0] ?? '';
  }

  get score(): number {
    return this.#t.numbers[3 * this.#i] ?? 0;
  }

  get positive(): number {
    return this.#t.numbers[3 * this.#i + 1] ?? 0;
  }

  get negative(): number {
    return this.#t.numbers[3 * this.#i + 2] ?? 0;
  }

  get sign(): Tie['sign'] {
    return (this.#t.flags[2 * this.#i] ?? 0) as Tie['sign'];
  }

  get ambivalent(): boolean {
    return this.#t.flags[2 * this.#i + 1] === 1;
  }

  get relations(): readonly Contribution[] {
    return this.#t.relationsOf(this.a, this.b);
  }

  /** The count without the list (ties.ts, relationCount). */
  get [RELATION_COUNT](): number {
    return this.#t.counts[this.#i] ?? 0;
  }

  toJSON(): Tie {
    const { a, b, score, sign, positive, negative, ambivalent, relations } = this;
    return { a, b, score, sign, positive, negative, ambivalent, relations };
  }
}

function wholeTies(columns: TieColumns): WholeTie[] {
  const ties: WholeTie[] = [];
  for (let i = 0; i < columns.counts.length; i++) ties.push(new WholeTie(columns, i));
  return ties;
}

/**
 * The core again, from a lean one and what it was computed from: each tie's `relations` is
 * worked out for every tie at once, on the first ask, and kept.
 */
export function hydrateCore(
  lean: LeanCore,
  dataset: Dataset,
  window: Window,
  scoring: ScoreOptions,
): WindowCore {
  let byPair: Map<string, readonly Contribution[]> | undefined;
  const relationsOf = (a: string, b: string): readonly Contribution[] => {
    byPair ??= new Map(
      signedTies(dataset, window, scoring).map((t) => [tieId(t.a, t.b), t.relations]),
    );
    return byPair.get(tieId(a, b)) ?? [];
  };
  // The data set's own id strings (kept with the core), by their places in the core's actors.
  const ids = lean.actors.map((actor) => dataset.actorById[actor.id]?.id ?? actor.id);
  const id = (place: number): string => endAt(ids, place);
  return {
    ...lean,
    dyads: wholeTies(new TieColumns(ids, lean.dyads, relationsOf)),
    // Thousands on a large data set, kept with the core.
    frustratedTies: lean.frustratedTies.map((t) => ({ ...t, a: id(t.a), b: id(t.b) })),
  };
}
