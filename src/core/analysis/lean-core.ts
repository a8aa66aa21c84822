// A window's core without the relations behind each tie: what the engine worker sends for a large
// data set at each timeline step (4,400 ties with their relations take longer to receive, 2 MB,
// than to work out on the main thread; without them a tenth of that), and the page's core made
// from it again, whose ties list their relations only when first asked (a selection, the table)
// — worked out then from the same data, window and reading by the same code, so they are the
// relations analyzeCore would have given.
//
// The ties come as columns, typed arrays: a message of thousands of tie objects cost the page
// 2-3 ms a step to receive (each object made again, in the young generation), arrays a copy of
// their bytes (docs/performance.md, tenth round).
import type { Dataset } from '../data/dataset';
import type { Window } from '../time/time';
import type { CoreOf, WindowCore } from './analysis-core';
import type { FrustratedTie } from './camps';
import type { ScoreOptions } from './scoring';
import { countedByTie, type CountedByTie } from './counted-by-tie';
import {
  RELATION_COUNT,
  signedTies,
  tieId,
  type Contribution,
  type CountedTie,
  type Tie,
} from './ties';

/**
 * A core's ties as columns, the i-th tie at i in each (times two or three). A tie's two ends are
 * places in the core's `actors`, not id strings (8,800 new strings a message otherwise).
 */
export interface TieColumns {
  /** a, b: two a tie. */
  readonly ends: Int32Array;
  /** score, positive, negative: three a tie. */
  readonly numbers: Float64Array;
  /** sign, and 1 for ambivalent: two a tie. */
  readonly flags: Int8Array;
  /** How many relations are behind the tie. */
  readonly counts: Int32Array;
}

/** The ties against a core's split as columns, as TieColumns. */
export interface FrustratedColumns {
  /** a, b: two a tie. */
  readonly ends: Int32Array;
  readonly scores: Float64Array;
  /** 1 for a positive tie across the camps, 0 for a negative one inside a camp. */
  readonly across: Int8Array;
}

export type LeanCore = Omit<WindowCore, 'dyads' | 'frustratedTies'> & {
  readonly dyads: TieColumns;
  readonly frustratedTies: FrustratedColumns;
};

/**
 * A core as the worker sends it: from analyzeCore's (each tie with its relations) or from one
 * made with countedTies (each with how many), the same columns.
 */
export function leanCore(core: WindowCore | CoreOf<CountedTie>): LeanCore {
  const place = new Map(core.actors.map((actor, i) => [actor.id, i]));
  const at = (id: string): number => {
    const i = place.get(id);
    if (i === undefined) throw new Error(`a tie's end "${id}" is not among the core's actors`);
    return i;
  };
  const n = core.dyads.length;
  const dyads: TieColumns = {
    ends: new Int32Array(2 * n),
    numbers: new Float64Array(3 * n),
    flags: new Int8Array(2 * n),
    counts: new Int32Array(n),
  };
  core.dyads.forEach((t: Tie | CountedTie, i) => {
    dyads.ends[2 * i] = at(t.a);
    dyads.ends[2 * i + 1] = at(t.b);
    dyads.numbers[3 * i] = t.score;
    dyads.numbers[3 * i + 1] = t.positive;
    dyads.numbers[3 * i + 2] = t.negative;
    dyads.flags[2 * i] = t.sign;
    dyads.flags[2 * i + 1] = t.ambivalent ? 1 : 0;
    dyads.counts[i] = 'relationCount' in t ? t.relationCount : t.relations.length;
  });
  const m = core.frustratedTies.length;
  const frustratedTies: FrustratedColumns = {
    ends: new Int32Array(2 * m),
    scores: new Float64Array(m),
    across: new Int8Array(m),
  };
  core.frustratedTies.forEach((t, i) => {
    frustratedTies.ends[2 * i] = at(t.a);
    frustratedTies.ends[2 * i + 1] = at(t.b);
    frustratedTies.scores[i] = t.score;
    frustratedTies.across[i] = t.reason === 'positive-across' ? 1 : 0;
  });
  return { ...core, dyads, frustratedTies };
}

/**
 * What is wrong with a lean core's columns, or undefined when they hold the ties they say (their
 * lengths agree, each end is among the core's actors): a message where they do not is broken.
 */
export function columnsFault(lean: LeanCore): string | undefined {
  const ties = lean.dyads;
  const frustrated = lean.frustratedTies;
  const n = ties.counts.length;
  const m = frustrated.scores.length;
  if (ties.ends.length !== 2 * n || ties.numbers.length !== 3 * n || ties.flags.length !== 2 * n)
    return `the columns of ${n} ties are not of one length`;
  if (frustrated.ends.length !== 2 * m || frustrated.across.length !== m)
    return `the columns of ${m} ties against the split are not of one length`;
  const actors = lean.actors.length;
  for (const ends of [ties.ends, frustrated.ends])
    for (const place of ends)
      if (!(place >= 0 && place < actors))
        return `a tie's end ${place} is not among the core's actors`;
  return undefined;
}

/** What a core's WholeTies read: its columns, the actors' ids, and how to find the relations. */
interface TieSource {
  readonly ids: readonly string[];
  readonly columns: TieColumns;
  readonly relationsOf: (i: number, a: string, b: string) => readonly Contribution[];
}

/**
 * A tie of a core made whole again: its fields read from the core's columns, its relations
 * worked out on the first ask (shared by the core's ties) and its count known without asking.
 * A class, so that the getters are on its prototype: a kept core is then thousands of two-field
 * objects for the young generation's collections to copy (docs/performance.md, ninth round). Its
 * JSON is the tie's, fields in analyzeCore's order, with its relations. Not to be spread or
 * cloned: its fields are no own properties.
 */
class WholeTie implements Tie {
  readonly #t: TieSource;
  readonly #i: number;

  constructor(source: TieSource, i: number) {
    this.#t = source;
    this.#i = i;
  }

  get a(): string {
    return this.#t.ids[this.#t.columns.ends[2 * this.#i] ?? 0] ?? '';
  }

  get b(): string {
    return this.#t.ids[this.#t.columns.ends[2 * this.#i + 1] ?? 0] ?? '';
  }

  get score(): number {
    return this.#t.columns.numbers[3 * this.#i] ?? 0;
  }

  get positive(): number {
    return this.#t.columns.numbers[3 * this.#i + 1] ?? 0;
  }

  get negative(): number {
    return this.#t.columns.numbers[3 * this.#i + 2] ?? 0;
  }

  get sign(): Tie['sign'] {
    return (this.#t.columns.flags[2 * this.#i] ?? 0) as Tie['sign'];
  }

  get ambivalent(): boolean {
    return this.#t.columns.flags[2 * this.#i + 1] === 1;
  }

  get relations(): readonly Contribution[] {
    return this.#t.relationsOf(this.#i, this.a, this.b);
  }

  /** The count without the list (ties.ts, relationCount). */
  get [RELATION_COUNT](): number {
    return this.#t.columns.counts[this.#i] ?? 0;
  }

  toJSON(): Tie {
    const { a, b, score, sign, positive, negative, ambivalent, relations } = this;
    return { a, b, score, sign, positive, negative, ambivalent, relations };
  }
}

/** For the ties of a core made whole: its window's relations tie by tie, worked out when asked. */
const COUNTED = new WeakMap<readonly Tie[], () => CountedByTie>();

/**
 * The relations that count in the window of a core made whole, tie by tie, with their
 * contributions (countedByTie) — undefined for any other core, whose ties list their relations.
 * A picture of each relation draws these without asking every tie for its list.
 */
export function countedRelationsOf(dyads: readonly Tie[]): CountedByTie | undefined {
  return COUNTED.get(dyads)?.();
}

/**
 * The core again, from a lean one and what it was computed from: each tie's `relations` is
 * worked out for every tie at once, on the first ask, and kept. A lean core whose columns do not
 * hold the ties they say throws, saying why.
 */
export function hydrateCore(
  lean: LeanCore,
  dataset: Dataset,
  window: Window,
  scoring: ScoreOptions,
): WindowCore {
  const fault = columnsFault(lean);
  if (fault !== undefined) throw new Error(fault);
  // The ties signedTies gives are the core's, in the same (tie-id) order: a tie's list is found
  // by its place, and by its pair only if another tie is there (no id string made for every
  // tie). The lists and their pairs are kept with the core, not signedTies's tie objects.
  let listed:
    | {
        readonly a: readonly string[];
        readonly b: readonly string[];
        readonly relations: readonly (readonly Contribution[])[];
      }
    | undefined;
  let byPair: Map<string, readonly Contribution[]> | undefined;
  const relationsOf = (i: number, a: string, b: string): readonly Contribution[] => {
    if (!listed) {
      const ties = signedTies(dataset, window, scoring);
      listed = {
        a: ties.map((t) => t.a),
        b: ties.map((t) => t.b),
        relations: ties.map((t) => t.relations),
      };
    }
    if (listed.a[i] === a && listed.b[i] === b) return listed.relations[i] ?? [];
    const { a: as, b: bs, relations } = listed;
    byPair ??= new Map(relations.map((list, k) => [tieId(as[k] ?? '', bs[k] ?? ''), list]));
    return byPair.get(tieId(a, b)) ?? [];
  };
  // The data set's own id strings (kept with the core), by their places in the core's actors.
  const ids = lean.actors.map((actor) => dataset.actorById[actor.id]?.id ?? actor.id);
  const source: TieSource = { ids, columns: lean.dyads, relationsOf };
  const dyads: WholeTie[] = [];
  for (let i = 0; i < lean.dyads.counts.length; i++) dyads.push(new WholeTie(source, i));
  COUNTED.set(dyads, () => countedByTie(dataset, window, scoring));
  const { ends, scores, across } = lean.frustratedTies;
  // Thousands on a large data set, kept with the core.
  const frustratedTies: FrustratedTie[] = [];
  for (let i = 0; i < scores.length; i++)
    frustratedTies.push({
      a: ids[ends[2 * i] ?? 0] ?? '',
      b: ids[ends[2 * i + 1] ?? 0] ?? '',
      score: scores[i] ?? 0,
      reason: across[i] === 1 ? 'positive-across' : 'negative-inside',
    });
  return { ...lean, dyads, frustratedTies };
}
