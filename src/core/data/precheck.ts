// A fast path for the records of a large load: plain checks that vouch for a relation the one
// schema (zod) would accept, building the very value zod would return (the same keys, in the
// schema's order). Whatever they cannot vouch for, at the least doubt, goes to zod, so every
// message still comes from the schema; tests/core/precheck.test.ts holds the two together.
// A record the loader owns (as JSON.parse made it, referenced nowhere else) is adopted as it is
// when its keys are already in the schema's order: no copy of 100,000 records for the same value.
import { forbiddenCharacter } from './characters';
import { isValidDate } from '../time/dates';
import { SLUG_PATTERN, SOURCE_KINDS, type FileKind, type Relation, type Source } from './schema';
import { urlProblem } from './source-url';

/** The keys of a relation and of a source, in the order of their schemas' shapes (a test says so). */
export const RELATION_KEYS = [
  'id',
  'type',
  'source',
  'target',
  'directed',
  'start',
  'end',
  'weight',
  'title',
  'summary',
  'sources',
  'confidence',
  'disputed',
  'confirmed',
  'context',
] as const;
export const SOURCE_KEYS = ['title', 'url', 'publisher', 'published', 'kind'] as const;
/** The values of the relation's `confidence` (a test holds them to the schema's). */
export const CONFIDENCES: readonly string[] = ['high', 'medium', 'low'];

const rank = (keys: readonly string[]): ReadonlyMap<string, number> =>
  new Map(keys.map((key, i) => [key, i]));
const RELATION_RANK = rank(RELATION_KEYS);
const SOURCE_RANK = rank(SOURCE_KEYS);
const NOT_BLANK = /\S/;

const isText = (v: unknown): v is string =>
  typeof v === 'string' && NOT_BLANK.test(v) && forbiddenCharacter(v) === undefined;
const isSlug = (v: unknown): v is string => typeof v === 'string' && SLUG_PATTERN.test(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && isValidDate(v);
const isBoolean = (v: unknown): boolean => typeof v === 'boolean';
// zod's numbers are finite; the weight is in (0, 1].
const isWeight = (v: unknown): boolean =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= 1;
const isConfidence = (v: unknown): boolean => CONFIDENCES.includes(v as string);
const isSourceKind = (v: unknown): boolean => (SOURCE_KINDS as readonly unknown[]).includes(v);
// Optional fields: absent (undefined here; a key present with no value is left to zod), or good.
const noneOr = (v: unknown, test: (v: unknown) => boolean): boolean => v === undefined || test(v);

/** What `keyOrder` finds: an object zod may judge otherwise, or one whose keys come in order or not. */
const DOUBT = -1;
const IN_ORDER = 0;
const OUT_OF_ORDER = 1;

/**
 * Whether an object is one the plain checks can read as zod reads it (an ordinary prototype; own
 * keys only, every one known and holding a value: a key present but undefined is left to zod),
 * and if so whether its keys come in the order of the schema's shape. One pass over the keys.
 */
function keyOrder(value: unknown, ranks: ReadonlyMap<string, number>): number {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return DOUBT;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return DOUBT;
  let order = IN_ORDER;
  let last = -1;
  for (const key in value) {
    const at = ranks.get(key);
    if (at === undefined || !Object.hasOwn(value, key)) return DOUBT;
    if ((value as Record<string, unknown>)[key] === undefined) return DOUBT;
    if (at < last) order = OUT_OF_ORDER;
    last = at;
  }
  return order;
}

function vouchedSource(value: unknown, adopt: boolean): Source | undefined {
  const order = keyOrder(value, SOURCE_RANK);
  if (order === DOUBT) return undefined;
  const { title, url, publisher, published, kind } = value as Record<string, unknown>;
  if (!isText(title) || typeof url !== 'string' || urlProblem(url) !== undefined) return undefined;
  if (!noneOr(publisher, isText) || !noneOr(published, isDate)) return undefined;
  if (!noneOr(kind, isSourceKind)) return undefined;
  if (adopt && order === IN_ORDER) return value as Source;
  const out: Record<string, unknown> = { title, url };
  if (publisher !== undefined) out.publisher = publisher;
  if (published !== undefined) out.published = published;
  if (kind !== undefined) out.kind = kind;
  return out as Source;
}

/** The sources as zod returns them; the very array when adopted, every source as it is. */
function vouchedSources(value: unknown, adopt: boolean): Source[] | undefined {
  if (!Array.isArray(value) || value.length < 1) return undefined;
  // Copied only from the first source that is not adopted (an ordinary array is, as a whole).
  let out =
    adopt && Object.getPrototypeOf(value) === Array.prototype
      ? undefined
      : new Array<Source>(value.length);
  for (let i = 0; i < value.length; i++) {
    const source = vouchedSource(value[i], adopt);
    if (source === undefined) return undefined;
    if (out === undefined && source !== value[i]) out = value.slice(0, i) as Source[];
    if (out !== undefined) out[i] = source;
  }
  return out ?? (value as Source[]);
}

function vouchedRelation(value: unknown, adopt: boolean): Relation | undefined {
  const order = keyOrder(value, RELATION_RANK);
  if (order === DOUBT) return undefined;
  const raw = value as Record<string, unknown>;
  const { id, type, source, target, directed, start, end, weight, title, summary } = raw;
  const { confidence, disputed, confirmed, context } = raw;
  if (!isSlug(id) || !isSlug(type) || !isDate(start) || !isText(title) || !isText(summary))
    return undefined;
  if (typeof source !== 'string' || source === '' || typeof target !== 'string' || target === '')
    return undefined;
  if (!noneOr(directed, isBoolean) || !noneOr(end, isDate) || !noneOr(weight, isWeight))
    return undefined;
  if (!noneOr(confidence, isConfidence)) return undefined;
  if (!noneOr(disputed, isText) || !noneOr(confirmed, isDate) || !noneOr(context, isText))
    return undefined;
  const sources = vouchedSources(raw.sources, adopt);
  if (sources === undefined) return undefined;
  if (sources === raw.sources && order === IN_ORDER) return raw as Relation;
  // Built in the schema's order, as zod builds its value: exports write the keys as they come.
  const out: Record<string, unknown> = { id, type, source, target };
  if (directed !== undefined) out.directed = directed;
  out.start = start;
  if (end !== undefined) out.end = end;
  if (weight !== undefined) out.weight = weight;
  out.title = title;
  out.summary = summary;
  out.sources = sources;
  if (confidence !== undefined) out.confidence = confidence;
  if (disputed !== undefined) out.disputed = disputed;
  if (confirmed !== undefined) out.confirmed = confirmed;
  if (context !== undefined) out.context = context;
  return out as Relation;
}

/**
 * The value zod would return for a record when the plain checks vouch for it, else undefined
 * (then zod decides, and says why). Relations only: the other kinds are few in any data set.
 * With `adopt` (the caller owns `raw`), that value is `raw` itself when its keys are in order.
 */
export function vouchedRecord(kind: FileKind, raw: unknown, adopt = false): Relation | undefined {
  return kind === 'relations' ? vouchedRelation(raw, adopt) : undefined;
}
