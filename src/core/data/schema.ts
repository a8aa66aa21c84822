// The one schema of the graph-data contract (version 1.1). The TypeScript types are inferred
// from it, the loader validates with it, and graph-data/schema/*.schema.json is generated from it.
import { z } from 'zod';
import { forbiddenCharacter, quoted } from './characters';
import { DATE_PATTERN, isValidDate, parseDate } from '../time/dates';
import { MAX_URL_LENGTH, urlProblem, urlTooLong } from './source-url';
import { LAYERS, SOURCE_KINDS } from './vocabulary';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ACTOR_ID_PATTERN = /^(?:[A-Z]{3}|[a-z0-9]+(?:-[a-z0-9]+)*)$/;

const text = (what: string) =>
  z
    .string({ error: `must be ${what}` })
    .regex(/\S/, { error: 'must not be empty' })
    // Every text is written into the XML exports, which cannot hold control characters.
    .refine((value) => forbiddenCharacter(value) === undefined, {
      error: (iss) => forbiddenCharacter(String(iss.input)),
    })
    .meta({ description: what });

const slug = (what: string) =>
  z
    .string({ error: `must be ${what}` })
    .regex(SLUG_PATTERN, { error: 'must be a lower-case slug (a-z, 0-9 and single hyphens)' })
    .meta({ description: what });

export { LAYERS, SOURCE_KINDS, type Layer, type SourceKind } from './vocabulary';

export const dateSchema = z
  .string({ error: 'must be a date YYYY, YYYY-MM or YYYY-MM-DD' })
  .regex(DATE_PATTERN, {
    abort: true,
    error: (iss) =>
      `${quoted(String(iss.input))} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`,
  })
  // The pattern cannot tell 2022-02-30 from a real day; the calendar check can (it runs only on
  // text of the pattern's form: the pattern's check aborts the rest).
  .refine(isValidDate, {
    error: (iss) => String(parseDate(String(iss.input))),
  })
  .meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD (proleptic Gregorian); precision is kept.' });

export const sourceSchema = z.strictObject({
  title: text('the title of the page or document'),
  url: z
    .string({ error: 'must be an http or https URL' })
    .max(MAX_URL_LENGTH, { abort: true, error: (iss) => urlTooLong(String(iss.input)) })
    .refine((value) => urlProblem(value) === undefined, {
      error: (iss) => urlProblem(String(iss.input)),
    })
    .meta({
      description: `An http or https address a reader can open: a host with a dot, no user name or password, at most ${MAX_URL_LENGTH} characters.`,
      // For editors only (validation parses the URL): a linear pattern that cannot backtrack.
      pattern: '^[Hh][Tt][Tt][Pp][Ss]?://\\S+$',
    }),
  publisher: text('the publisher').optional(),
  published: dateSchema.optional(),
  kind: z
    .enum(SOURCE_KINDS, {
      error: `must be one of ${SOURCE_KINDS.join(', ')}`,
    })
    .optional()
    .meta({
      description:
        'primary (treaty text, official record, UN document, archive), scholarly (peer-reviewed or academic), press (a news report), reference (encyclopedia, compiled chronology), other (shown as weak).',
    }),
});

export const actorSchema = z.strictObject({
  id: z.string({ error: 'must be an actor id' }).regex(ACTOR_ID_PATTERN, {
    error: 'must be an ISO 3166-1 alpha-3 code in upper case (PAK) or a lower-case slug (seato)',
  }),
  name: text('the current or best-known name'),
  kind: z.enum(['state', 'organization', 'group', 'person'], {
    error: 'must be one of state, organization, group, person',
  }),
  names: z
    .array(
      z.strictObject({
        name: text('a name'),
        from: dateSchema.optional(),
        until: dateSchema.optional(),
      }),
    )
    .optional()
    .meta({ description: 'Names over time; `until` is the last day the name was in use.' }),
  exists: z
    .strictObject({ from: dateSchema.optional(), until: dateSchema.optional() })
    .optional()
    .meta({ description: 'Lifespan; a relation outside it is an error.' }),
  location: z
    .strictObject({
      lat: z
        .number({ error: 'must be a number' })
        .min(-90, { error: 'must be at least -90' })
        .max(90, { error: 'must be at most 90' }),
      lon: z
        .number({ error: 'must be a number' })
        .min(-180, { error: 'must be at least -180' })
        .max(180, { error: 'must be at most 180' }),
    })
    .optional(),
  description: text('a description').optional(),
  sources: z.array(sourceSchema).optional(),
});

export const relationTypeSchema = z.strictObject({
  id: slug('a relation type id'),
  label: text('the label shown in the legend'),
  kind: z.enum(['state', 'event'], { error: 'must be state (it lasts) or event (it happens)' }),
  valence: z
    .number({ error: 'must be a number in [-10, 10]' })
    .min(-10, { error: (iss) => `must be a number in [-10, 10], got ${String(iss.input)}` })
    .max(10, { error: (iss) => `must be a number in [-10, 10], got ${String(iss.input)}` })
    .meta({ description: 'Goldstein-scale cooperation (+) or conflict (-).' }),
  directed: z.boolean({ error: 'must be true or false' }),
  description: text('one sentence on what counts as this type'),
  cameo: z
    .string({ error: 'must be a CAMEO code as a string' })
    .regex(/^\d{2,4}$/, {
      error: 'must be a CAMEO code of 2 to 4 digits, leading zeros kept ("042")',
    })
    .optional(),
  layer: z
    .enum(LAYERS, { error: `must be one of ${LAYERS.join(', ')}` })
    .optional()
    .meta({
      description:
        'security (alliances, arms, wars, rivalries, sanctions), diplomacy (recognition, visits, statements; the default), economy (aid, trade, energy), votes (votes in international bodies).',
    }),
});

export const relationSchema = z.strictObject({
  id: slug('a relation id, unique across all files'),
  type: slug('a relation type id'),
  source: z.string({ error: 'must be an actor id' }).min(1, { error: 'must not be empty' }),
  target: z.string({ error: 'must be an actor id' }).min(1, { error: 'must not be empty' }),
  directed: z.boolean({ error: 'must be true or false' }).optional(),
  start: dateSchema,
  end: dateSchema.optional(),
  weight: z
    .number({ error: 'must be a number in (0, 1]' })
    .gt(0, { error: (iss) => `must be a number in (0, 1], got ${String(iss.input)}` })
    .max(1, { error: (iss) => `must be a number in (0, 1], got ${String(iss.input)}` })
    .optional(),
  title: text('a short title'),
  summary: text('one to three sentences of what happened'),
  sources: z.array(sourceSchema).min(1, { error: 'must cite at least one source' }),
  confidence: z
    .enum(['high', 'medium', 'low'], { error: 'must be high, medium or low' })
    .optional(),
  disputed: text('where sources disagree, and how').optional(),
  confirmed: dateSchema.optional().meta({
    description:
      'For a state without `end`: the latest date one of its sources says it still held (an extension of contract 1.1).',
  }),
  context: text('the multilateral fact this dyad belongs to').optional(),
});

export const viewSchema = z.strictObject({
  id: slug('a view id'),
  label: text('the label on the era switch'),
  start: dateSchema,
  end: dateSchema,
  description: text('a description').optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type RelationType = z.infer<typeof relationTypeSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type View = z.infer<typeof viewSchema>;

/** The files of a graph-data folder: which key holds the records and how each record looks. */
export const FILE_KINDS = {
  actors: { key: 'actors', record: actorSchema, schemaFile: 'actors.schema.json' },
  relationTypes: {
    key: 'relationTypes',
    record: relationTypeSchema,
    schemaFile: 'relation-types.schema.json',
  },
  relations: { key: 'relations', record: relationSchema, schemaFile: 'relations.schema.json' },
  views: { key: 'views', record: viewSchema, schemaFile: 'views.schema.json' },
} as const;

export type FileKind = keyof typeof FILE_KINDS;

/** The schema of a whole file of one kind: `{ "$schema"?, <key>: Record[] }`. */
export function fileSchema(kind: FileKind) {
  const { key, record } = FILE_KINDS[kind];
  return z.strictObject({
    $schema: z.string().optional(),
    [key]: z.array(record),
  });
}
