// A fast path for the records of a large load: plain checks that vouch for a relation the one
// schema (zod) would accept, building the very value zod would return (the same keys, in the
// schema's order). Whatever they cannot vouch for, at the least doubt, goes to zod, so every
// message still comes from the schema; tests/core/precheck.test.ts holds the two together.
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

const RELATION_KEY_SET: ReadonlySet<string> = new Set(RELATION_KEYS);
const SOURCE_KEY_SET: ReadonlySet<string> = new Set(SOURCE_KEYS);
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
// Optional fields: absent (undefined here; a key present with no value is counted apart), or good.
const noneOr = (v: unknown, test: (v: unknown) => boolean): boolean => v === undefined || test(v);

/**
 * The number of keys of an object as zod reads one (an ordinary prototype; own keys, all of them
 * known), or -1. Set against the number of fields with a value, it finds a key that is present
 * but undefined, which is left to zod.
 */
function knownKeys(value: unknown, known: ReadonlySet<string>): number {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return -1;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return -1;
  let n = 0;
  for (const key in value) {
    if (!known.has(key) || !Object.hasOwn(value, key)) return -1;
    n++;
  }
  return n;
}

const defined = (...values: unknown[]): number => {
  let n = 0;
  for (const v of values) if (v !== undefined) n++;
  return n;
};

function vouchedSource(value: unknown): Source | undefined {
  const keys = knownKeys(value, SOURCE_KEY_SET);
  if (keys < 0) return undefined;
  const { title, url, publisher, published, kind } = value as Record<string, unknown>;
  if (keys !== defined(title, url, publisher, published, kind)) return undefined;
  if (!isText(title) || typeof url !== 'string' || urlProblem(url) !== undefined) return undefined;
  if (!noneOr(publisher, isText) || !noneOr(published, isDate)) return undefined;
  if (!noneOr(kind, isSourceKind)) return undefined;
  const out: Record<string, unknown> = { title, url };
  if (publisher !== undefined) out.publisher = publisher;
  if (published !== undefined) out.published = published;
  if (kind !== undefined) out.kind = kind;
  return out as Source;
}

function vouchedSources(value: unknown): Source[] | undefined {
  if (!Array.isArray(value) || value.length < 1) return undefined;
  const out: Source[] = new Array<Source>(value.length);
  for (let i = 0; i < value.length; i++) {
    const source = vouchedSource(value[i]);
    if (source === undefined) return undefined;
    out[i] = source;
  }
  return out;
}

function vouchedRelation(value: unknown): Relation | undefined {
  const keys = knownKeys(value, RELATION_KEY_SET);
  if (keys < 0) return undefined;
  const raw = value as Record<string, unknown>;
  const { id, type, source, target, directed, start, end, weight, title, summary } = raw;
  const { confidence, disputed, confirmed, context } = raw;
  const count =
    defined(id, type, source, target, directed, start, end, weight, title, summary) +
    defined(raw.sources, confidence, disputed, confirmed, context);
  if (keys !== count) return undefined;
  if (!isSlug(id) || !isSlug(type) || !isDate(start) || !isText(title) || !isText(summary))
    return undefined;
  if (typeof source !== 'string' || source === '' || typeof target !== 'string' || target === '')
    return undefined;
  if (!noneOr(directed, isBoolean) || !noneOr(end, isDate) || !noneOr(weight, isWeight))
    return undefined;
  if (!noneOr(confidence, isConfidence)) return undefined;
  if (!noneOr(disputed, isText) || !noneOr(confirmed, isDate) || !noneOr(context, isText))
    return undefined;
  const sources = vouchedSources(raw.sources);
  if (sources === undefined) return undefined;
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
 */
export function vouchedRecord(kind: FileKind, raw: unknown): Relation | undefined {
  return kind === 'relations' ? vouchedRelation(raw) : undefined;
}
