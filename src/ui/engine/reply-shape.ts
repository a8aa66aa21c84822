// The page's check of the engine worker's replies, at the border: a reply not of the shape asked
// for (a worker of another build still cached, a bug) becomes an error reply, the one a stopped
// worker gets, instead of reaching the page. The records inside were validated in the worker;
// this checks the frame they come in, at the cost of one walk over it.
import type { WindowExtras } from '../../core/analysis/analysis-core';
import type { Triad } from '../../core/analysis/balance';
import type { SwitchCost } from '../../core/analysis/camps';
import {
  columnsFault,
  type FrustratedColumns,
  type LeanCore,
  type TieColumns,
} from '../../core/analysis/lean-core';
import type { CampYear } from '../../core/analysis/series';
import type { DataError } from '../../core/data/errors';
import type {
  CoreQuery,
  CoreReply,
  DatasetReply,
  ExtrasReply,
  Opening,
  OpeningQuery,
  OpeningReply,
  StripReply,
} from '../../core/engine/engine';
import type { DatasetParts } from '../../core/exchange/import/reply';
import type { ImportProgress } from '../../core/exchange/import/progress';

/**
 * Where in `value` the first part not as expected is (".dyads[3].score"; "" for `value` itself),
 * or undefined when all are. The path is made only for a part that fails: a core of 4,400 ties
 * checked with a path made for every field made 35,000 texts a timeline step.
 */
type Check = (value: unknown) => string | undefined;

/**
 * A check for each field of T, optional ones too: a field added to T, or renamed, fails
 * `npm run check` here.
 */
type Fields<T> = { readonly [K in keyof T]-?: Check };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const is =
  (test: (value: unknown) => boolean): Check =>
  (value) =>
    test(value) ? undefined : '';

const text = is((v) => typeof v === 'string');
const number = is((v) => typeof v === 'number');
const boolean = is((v) => typeof v === 'boolean');
const orNull =
  (check: Check): Check =>
  (value) =>
    value === null ? undefined : check(value);
const orAbsent =
  (check: Check): Check =>
  (value) =>
    value === undefined ? undefined : check(value);

function list(item: Check): Check {
  return (value) => {
    if (!Array.isArray(value)) return '';
    for (let i = 0; i < value.length; i++) {
      const wrong = item(value[i]);
      if (wrong !== undefined) return `[${i}]${wrong}`;
    }
    return undefined;
  };
}

function record<T>(fields: Fields<T>): Check {
  const entries = Object.entries(fields) as [string, Check][];
  return (value) => {
    if (!isRecord(value)) return '';
    for (const [key, check] of entries) {
      const wrong = check(Object.hasOwn(value, key) ? value[key] : undefined);
      if (wrong !== undefined) return `.${key}${wrong}`;
    }
    return undefined;
  };
}

/** A lookup of numbers by actor id (any ids, so checked by its values). */
const numbers: Check = (value) =>
  isRecord(value) && Object.values(value).every((n) => typeof n === 'number') ? undefined : '';

const listsOfText = list(list(text));
const twoLists: Check = (value) =>
  Array.isArray(value) && value.length === 2 ? listsOfText(value) : '';

const error = record<DataError>({
  file: text,
  record: orAbsent(text),
  field: orAbsent(text),
  message: text,
  line: orAbsent(number),
  column: orAbsent(number),
});

const failed = record<{ ok: false; errors: readonly DataError[] }>({
  ok: is((v) => v === false),
  errors: list(error),
});

const withId = record<{ id: string }>({ id: text });

const parts = record<DatasetParts>({
  actors: list(withId),
  relationTypes: list(withId),
  relations: list(
    record<{ id: string; source: string; target: string }>({
      id: text,
      source: text,
      target: text,
    }),
  ),
  views: list(withId),
});

const dataset = record<Extract<DatasetReply, { ok: true }>>({
  ok: is((v) => v === true),
  dataset: number,
  parts,
  name: text,
  notices: list(text),
  relationsOnPage: orAbsent(number),
});

const extras = record<Extract<ExtrasReply, { ok: true }>>({
  ok: is((v) => v === true),
  extras: record<WindowExtras>({
    centrality: record<WindowExtras['centrality']>({
      strength: numbers,
      relations: numbers,
      positiveDegree: numbers,
      negativeDegree: numbers,
      pn: numbers,
      betweenness: orNull(numbers),
      pagerank: numbers,
    }),
    communities: list(list(text)),
    modularity: number,
    pValue: orNull(number),
    pTest: orNull(
      record<NonNullable<WindowExtras['pTest']>>({
        shuffles: number,
        method: is((v) => v === 'exact' || v === 'greedy'),
        actors: number,
      }),
    ),
  }),
});

const switchCost = record<SwitchCost>({ actor: text, cost: number, share: number });

const leanFields = record<LeanCore>({
  window: record<LeanCore['window']>({ start: text, end: text }),
  scoreMode: text,
  layers: list(text),
  confidenceWeighted: boolean,
  actors: list(record<LeanCore['actors'][number]>({ id: text, name: text })),
  dyads: record<TieColumns>({
    ends: is((v) => v instanceof Int32Array),
    numbers: is((v) => v instanceof Float64Array),
    flags: is((v) => v instanceof Int8Array),
    counts: is((v) => v instanceof Int32Array),
  }),
  camps: twoLists,
  oneBloc: boolean,
  unaligned: list(text),
  frustration: number,
  normalizedFrustration: orNull(number),
  frustratedTies: record<FrustratedColumns>({
    ends: is((v) => v instanceof Int32Array),
    scores: is((v) => v instanceof Float64Array),
    across: is((v) => v instanceof Int8Array),
  }),
  campMethod: text,
  optimalSplits: orAbsent(number),
  runnerUp: orAbsent(
    record<NonNullable<LeanCore['runnerUp']>>({ camps: twoLists, frustration: number }),
  ),
  switchCosts: list(switchCost),
  hedging: list(switchCost),
  balance: record<LeanCore['balance']>({
    balanced: number,
    unbalanced: number,
    ratio: orNull(number),
  }),
  unbalancedTriads: list(
    record<Triad>({ actors: list(text), scores: list(number), sentence: text }),
  ),
});

/** A lean core's fields, then its columns' lengths and ends (lean-core.ts). */
const leanCore: Check = (value) =>
  leanFields(value) ?? (columnsFault(value as LeanCore) === undefined ? undefined : '.dyads');

const core = record<Extract<CoreReply, { ok: true }>>({
  ok: is((v) => v === true),
  core: leanCore,
});

const dayWindow = record<CoreQuery['window']>({ start: number, end: number });

const opening = record<Extract<OpeningReply, { ok: true }>>({
  ok: is((v) => v === true),
  opening: orNull(
    record<Opening>({
      query: record<OpeningQuery>({
        hiddenTypes: list(text),
        hiddenActors: list(text),
        window: dayWindow,
        reference: orNull(dayWindow),
        scoring: record<CoreQuery['scoring']>({
          mode: text,
          layers: list(text),
          confidence: boolean,
        }),
      }),
      core: leanCore,
      referenceCore: orNull(leanCore),
    }),
  ),
});

const strip = record<Extract<StripReply, { ok: true }>>({
  ok: is((v) => v === true),
  years: list(
    record<CampYear>({
      year: number,
      camps: twoLists,
      oneBloc: boolean,
      unaligned: list(text),
      hedging: list(text),
      normalizedFrustration: orNull(number),
      optimalSplits: orAbsent(number),
      pValue: orNull(number),
    }),
  ),
});

/** The reply as it came when its shape is the one asked for, else an error reply saying why. */
function reader<T>(kind: string, success: Check): (value: unknown) => T {
  return (value) => {
    const check = isRecord(value) && value.ok === true ? success : failed;
    const wrong = check(value);
    if (wrong === undefined) return value as T;
    const message = `answered a ${kind} request with a reply of another shape (reply${wrong} is not as expected)`;
    return { ok: false, errors: [{ file: '(engine)', message }] } as T;
  };
}

export const readDatasetReply = reader<DatasetReply>('data set', dataset);
export const readExtrasReply = reader<ExtrasReply>('measures', extras);
export const readStripReply = reader<StripReply>('year strip', strip);
export const readCoreReply = reader<CoreReply>('window core', core);
export const readOpeningReply = reader<OpeningReply>('opening window', opening);

const progress = record<ImportProgress>({
  phase: is((v) => v === 'reading' || v === 'validating'),
  file: text,
  bytesRead: number,
  bytesTotal: number,
  records: number,
});

/** An import's progress message as it came, or undefined when it is of another shape (it is dropped). */
export function readProgress(value: unknown): ImportProgress | undefined {
  return progress(value) === undefined ? (value as ImportProgress) : undefined;
}
