import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONFIDENCES,
  RELATION_KEYS,
  SOURCE_KEYS,
  vouchedRecord,
} from '../../src/core/data/precheck';
import { relationSchema, SOURCE_KINDS, sourceSchema } from '../../src/core/data/schema';

type Json = Record<string, unknown>;

const texts = ['Pact', ' padded ', 'emoji 😀 ok', 'tab\tand\nnewline', 'A'.repeat(500)];
const slugs = ['a', 'alliance', 'north-south-1955-pact', 'r000001', '0-9'];
const dates = ['1955', '1955-04', '1955-04-06', '2000-02-29', '0000', '9999-12-31'];
const urls = ['https://example.org/pact', 'http://a.b', 'https://EXAMPLE.org/X?q=1#f'];

const badTexts = ['', '   ', 'a\u0001b', 'lone \uD800', '\uDC00 lone', 'x\uFFFE', 'bell\u0007'];
const badSlugs = ['A', 'a--b', '-a', 'a-', 'a b', 'é', 'a_b', 'PAK', ''];
const badDates = [
  ...['1900-02-29', '1955-13', '1955-00', '1955-04-31', '1955-4', '55', ' 1955', '1955-04-'],
  ...['1955-04-06T', '１９５５', '1955\n', '1955/04', '19550406', ''],
];
const badUrls = [
  ...['https://localhost/x', 'ftp://example.org', 'https://u:p@example.org', 'not a url'],
  ...['https://example.org/a b', 'javascript:alert(1)', 'https://example.org/\u0001', 'https://a'],
  `https://example.org/${'a'.repeat(2048)}`,
];

/** Values no field takes, and some that one field takes and another not. */
const junk = fc.oneof(
  fc.constantFrom<unknown>(null, 0, -0, 1, 0.5, NaN, Infinity, true, [], {}, '', ' ', 'X', 'low'),
  fc.string(),
  fc.double(),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);

/** Bad values by field (of a relation, or of a source for `sources.*`). */
const BAD: Record<string, readonly unknown[]> = {
  id: badSlugs,
  type: badSlugs,
  source: ['', 7],
  target: ['', null],
  directed: ['true', 0],
  start: badDates,
  end: badDates,
  weight: [0, -0, 1.5, 1.0000001, NaN, Infinity, -Infinity, '0.5'],
  title: badTexts,
  summary: badTexts,
  sources: [[], {}, [null], [[]]],
  confidence: ['HIGH', 'certain'],
  disputed: badTexts,
  confirmed: badDates,
  context: badTexts,
  titel: ['a typo'],
  'sources.title': badTexts,
  'sources.url': badUrls,
  'sources.publisher': badTexts,
  'sources.published': badDates,
  'sources.kind': ['Press', 'blog', ''],
  'sources.bogus': ['an unknown key'],
};

/** A record's keys in any order (all of them). */
const shuffled = (record: Json) => {
  const entries = Object.entries(record);
  const n = entries.length;
  return fc
    .shuffledSubarray(entries, { minLength: n, maxLength: n })
    .map((e) => Object.fromEntries(e));
};

const goodSource = fc
  .record(
    {
      title: fc.constantFrom(...texts),
      url: fc.constantFrom(...urls),
      publisher: fc.constantFrom(...texts),
      published: fc.constantFrom(...dates),
      kind: fc.constantFrom(...SOURCE_KINDS),
    },
    { requiredKeys: ['title', 'url'] },
  )
  .chain(shuffled);

const goodRelation = fc
  .record(
    {
      id: fc.constantFrom(...slugs),
      type: fc.constantFrom(...slugs),
      source: fc.constantFrom('north', 'PAK', 'anything'),
      target: fc.constantFrom('south', 'RUS'),
      directed: fc.boolean(),
      start: fc.constantFrom(...dates),
      end: fc.constantFrom(...dates),
      weight: fc.oneof(
        fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }),
        fc.constantFrom(1, 0.5),
      ),
      title: fc.constantFrom(...texts),
      summary: fc.constantFrom(...texts),
      sources: fc.array(goodSource, { minLength: 1, maxLength: 3 }),
      confidence: fc.constantFrom(...CONFIDENCES),
      disputed: fc.constantFrom(...texts),
      confirmed: fc.constantFrom(...dates),
      context: fc.constantFrom(...texts),
    },
    { requiredKeys: ['id', 'type', 'source', 'target', 'start', 'title', 'summary', 'sources'] },
  )
  .chain(shuffled);

/** One way to bend a record: a field given a bad value or junk, taken away, or left empty. */
const bend = fc.record({
  key: fc.constantFrom(...Object.keys(BAD)),
  how: fc.constantFrom('bad', 'junk', 'delete', 'undefined'),
  bad: fc.nat(),
  junk,
  at: fc.nat({ max: 2 }),
});

type Bend = typeof bend extends fc.Arbitrary<infer T> ? T : never;

function bent(raw: Json, bends: readonly Bend[]): Json {
  const out: Json = { ...raw, sources: (raw.sources as Json[]).map((s) => ({ ...s })) };
  for (const { key, how, bad, junk: value, at } of bends) {
    const sources = out.sources as Json[];
    const [target, name] = key.startsWith('sources.')
      ? [
          Array.isArray(sources) ? sources[at % Math.max(1, sources.length)] : undefined,
          key.slice(8),
        ]
      : [out, key];
    if (target === undefined || target === null || typeof target !== 'object') continue;
    const pool = BAD[key] ?? [];
    if (how === 'delete') delete target[name];
    else if (how === 'undefined') target[name] = undefined;
    else target[name] = how === 'junk' ? value : pool[bad % pool.length];
  }
  return out;
}

/** A JSON text of the value: the keys in order, as the exports write them. */
const keyOrder = (value: unknown): string => JSON.stringify(value);

/** When the fast path vouches, zod accepts and returns the same value, keys in the same order. */
function agrees(raw: unknown): boolean {
  const vouched = vouchedRecord('relations', raw);
  if (vouched === undefined) return false;
  const parsed = relationSchema.safeParse(raw, { reportInput: true });
  expect(parsed.success).toBe(true);
  expect(vouched).toStrictEqual(parsed.data);
  expect(keyOrder(vouched)).toBe(keyOrder(parsed.data));
  expect(vouched).not.toBe(raw);
  return true;
}

describe('vouchedRecord', () => {
  it('knows the keys of the schema, in its order, and its values', () => {
    expect(RELATION_KEYS).toEqual(Object.keys(relationSchema.shape));
    expect(SOURCE_KEYS).toEqual(Object.keys(sourceSchema.shape));
    expect(CONFIDENCES).toEqual(relationSchema.shape.confidence.unwrap().options);
    expect(SOURCE_KINDS).toEqual(sourceSchema.shape.kind.unwrap().options);
  });

  it('vouches for every record of good values, whatever the order of its keys', () => {
    fc.assert(
      fc.property(goodRelation, (raw) => {
        expect(agrees(raw)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never vouches for a record zod refuses: random records bent one to three ways', () => {
    let vouched = 0;
    let refused = 0;
    fc.assert(
      fc.property(goodRelation, fc.array(bend, { minLength: 1, maxLength: 3 }), (raw, bends) => {
        const record = bent(raw, bends);
        if (agrees(record)) vouched++;
        else if (!relationSchema.safeParse(record).success) refused++;
      }),
      { numRuns: 3000 },
    );
    // Both sides are exercised: some bends leave a good record (an optional field taken away).
    expect(vouched).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(1000);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', []],
    ['a text', 'r1'],
    ['an object of another class', new Date(0)],
    ['an object with an inherited key', Object.create({ id: 'a' }) as unknown],
    ['a record with a key named __proto__', JSON.parse('{"__proto__": 1, "id": "a"}')],
  ])('leaves %s to zod', (_name, raw) => {
    expect(vouchedRecord('relations', raw)).toBeUndefined();
  });

  it('leaves the other kinds of record to zod', () => {
    expect(vouchedRecord('actors', { id: 'PAK', name: 'Pakistan', kind: 'state' })).toBeUndefined();
  });

  it('adopts a record it owns, as parsed, when its keys are in order, and copies it when not', () => {
    fc.assert(
      fc.property(goodRelation, (record) => {
        // As JSON.parse makes it: what the loader hands over with adopt.
        const raw = JSON.parse(JSON.stringify(record)) as Json;
        const parsed = relationSchema.safeParse(raw);
        const adopted = vouchedRecord('relations', raw, true);
        expect(parsed.success).toBe(true);
        expect(adopted).toStrictEqual(parsed.data);
        expect(keyOrder(adopted)).toBe(keyOrder(parsed.data));
        const sourcesInOrder = (raw.sources as Json[]).every(
          (s) => keyOrder(s) === keyOrder(sourceSchema.parse(s)),
        );
        const inOrder = sourcesInOrder && keyOrder(raw) === keyOrder(parsed.data);
        expect(adopted === raw).toBe(inOrder);
        // The copy leaves the record as it was: nothing of it is changed or frozen.
        expect(JSON.stringify(raw)).toBe(JSON.stringify(record));
        expect(Object.isFrozen(raw)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('adopts nothing zod refuses', () => {
    fc.assert(
      fc.property(goodRelation, fc.array(bend, { minLength: 1, maxLength: 3 }), (raw, bends) => {
        const record = bent(raw, bends);
        const adopted = vouchedRecord('relations', record, true);
        if (adopted === undefined) return;
        const parsed = relationSchema.safeParse(record, { reportInput: true });
        expect(parsed.success).toBe(true);
        expect(adopted).toStrictEqual(parsed.data);
        expect(keyOrder(adopted)).toBe(keyOrder(parsed.data));
      }),
      { numRuns: 1000 },
    );
  });
});
