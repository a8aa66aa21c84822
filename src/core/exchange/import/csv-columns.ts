// The columns of the CSV files Entente reads, derived from the one schema (core/data/schema.ts):
// a relations CSV has a column for each field of a relation (its sources as addresses and
// titles), an actors CSV one for each plain field of an actor (its location as lat and lon, its
// lifespan as from and until). The reader (csv.ts) and the Import panel both use this table, so
// the columns shown are the columns read, and a field added to the schema becomes a column.
import { z } from 'zod';
import { actorSchema, relationSchema } from '../../data/schema';

/**
 * How a cell becomes a value: free text (kept as written), a word (an id, a date, one of a list:
 * trimmed), a number, true/false, or a source list's addresses or titles.
 */
export type CsvValue = 'text' | 'word' | 'number' | 'boolean' | 'urls' | 'titles';

export interface CsvColumn {
  /** The header that names it. */
  readonly name: string;
  /** Where its value goes in the record: ["weight"], ["location", "lat"]; ["sources"] for both source columns. */
  readonly path: readonly string[];
  readonly value: CsvValue;
  /** Whether every row needs it (a required field of the schema). */
  readonly required: boolean;
  /** What a cell holds, in a few words. */
  readonly hint: string;
  /** Other headers read as this column. */
  readonly aliases: readonly string[];
}

/** The part of a JSON Schema this derivation reads (zod's z.toJSONSchema writes it). */
interface JsonSchema {
  readonly type?: string;
  readonly pattern?: string;
  readonly description?: string;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly exclusiveMinimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
}

/** Hints for fields whose schema carries no description. */
const FIELD_HINTS: Readonly<Record<string, string>> = {
  source: 'the actor who acts or gives: an actor id',
  target: 'the actor acted on or receiving: an actor id',
  id: 'an actor id: a country code in capitals (PAK) or a lower-case slug (seato)',
};

function orList(values: readonly unknown[]): string {
  const words = values.map(String);
  return words.length < 2
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}

function hintOf(name: string, schema: JsonSchema): string {
  if (schema.enum) return orList(schema.enum);
  if (schema.type === 'boolean') return 'true or false';
  if (schema.type === 'number') {
    const low =
      schema.exclusiveMinimum === undefined
        ? `[${schema.minimum ?? '-∞'}`
        : `(${schema.exclusiveMinimum}`;
    return `a number in ${low}, ${schema.maximum ?? '∞'}]`;
  }
  if (schema.description === undefined) return FIELD_HINTS[name] ?? 'text';
  // A date's description goes on to how its precision is kept: the first clause says what to write.
  return schema.description.split(/[;(]/)[0]?.trim() || schema.description;
}

/** How a field's cells are read: free text is any text with something in it, and is kept as written. */
const valueOf = (schema: JsonSchema): CsvValue =>
  schema.type === 'number'
    ? 'number'
    : schema.type === 'boolean'
      ? 'boolean'
      : schema.pattern === '\\S'
        ? 'text'
        : 'word';

/** Is this a list of sources (objects with a title and a url)? */
const isSourceList = (schema: JsonSchema): boolean =>
  schema.type === 'array' &&
  schema.items?.properties?.url !== undefined &&
  schema.items.properties.title !== undefined;

/** The columns of a record's schema; `aliases` are other headers read as a column. */
function columnsOf(
  schema: z.ZodType,
  aliases: Readonly<Record<string, readonly string[]>> = {},
): CsvColumn[] {
  const json = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;
  const required = new Set(json.required ?? []);
  const columns: CsvColumn[] = [];
  const add = (column: Omit<CsvColumn, 'aliases'>) =>
    columns.push({ ...column, aliases: aliases[column.name] ?? [] });
  for (const [field, property] of Object.entries(json.properties ?? {})) {
    const needed = required.has(field);
    if (isSourceList(property)) {
      add({
        name: 'sources',
        path: [field],
        value: 'urls',
        required: needed && (property.minItems ?? 0) > 0,
        hint: 'one or more http(s) addresses, separated by spaces',
      });
      add({
        name: 'source_titles',
        path: [field],
        value: 'titles',
        required: false,
        hint: 'the titles of those sources, in the same order, separated by " | "',
      });
    } else if (property.type === 'object' && property.properties) {
      // A nested record (a location, a lifespan): one column for each of its fields.
      const inner = new Set(property.required ?? []);
      for (const [key, sub] of Object.entries(property.properties)) {
        add({
          name: key,
          path: [field, key],
          value: valueOf(sub),
          required: needed && inner.has(key),
          hint: `${field}.${key}: ${hintOf(key, sub)}`,
        });
      }
    } else if (property.type !== 'array' && property.type !== 'object') {
      add({
        name: field,
        path: [field],
        value: valueOf(property),
        required: needed,
        hint: hintOf(field, property),
      });
    }
    // Any other list (an actor's names over time) has no form in a CSV row: the JSON forms carry it.
  }
  return columns;
}

/** The columns of a relations CSV, in the schema's order. */
export const RELATION_COLUMNS: readonly CsvColumn[] = columnsOf(relationSchema, {
  // The names the explorer's CSV export writes.
  id: ['relation_id'],
  sources: ['source_urls'],
});

/** The columns of an actors CSV, in the schema's order. */
export const ACTOR_COLUMNS: readonly CsvColumn[] = columnsOf(actorSchema);

/** The column a header names (by its name or an alias), if any. */
export function columnNamed(columns: readonly CsvColumn[], header: string): CsvColumn | undefined {
  return columns.find((c) => c.name === header || c.aliases.includes(header));
}
