// Validating records, wherever they came from (a JSON file, a CSV row, a GEXF element): each is
// checked against the one schema, then all together for ids, references and dates. Every error
// names the file, the record and the field; nothing stops at the first.
import type { core as zcore } from 'zod';
import { excerpt, EXCERPT_LENGTH, quoted } from './characters';
import { makeDataset, type Dataset } from './dataset';
import { fieldPath, type DataError } from './errors';
import { editorialWarnings } from './editorial';
import { vouchedRecord } from './precheck';
import {
  checkDuplicates,
  checkReferences,
  emptyRecords,
  type Kept,
  type Records,
  type SeenId,
} from './references';
import { FILE_KINDS, type FileKind } from './schema';

export interface RawRecord {
  readonly kind: FileKind;
  /** The file the record came from, as the user named it. */
  readonly file: string;
  readonly index: number;
  readonly raw: unknown;
  /** The line of a CSV row or an XML element, when known. */
  readonly line?: number;
}

export type LoadResult =
  | {
      readonly ok: true;
      readonly dataset: Dataset;
      /** Editorial warnings (core/data/editorial.ts): the data load, but break a rule of the shipped set. */
      readonly warnings?: readonly DataError[];
      /**
       * Whether every relation is the very value JSON.parse made of its record (kept, not copied:
       * its keys were in the schema's order). Then a parse of the same texts, in the loader's
       * order, gives the data set's relations exactly; the page relies on it (packed-relations.ts).
       */
      readonly relationsAsParsed?: boolean;
    }
  | { readonly ok: false; readonly errors: readonly DataError[] };

/** A value as a message shows it: a short excerpt of a string, the kind of anything else. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'object') return 'an object';
  return excerpt(String(value));
}

/** The record's own id when it has a usable one (whole: duplicates compare whole ids). */
function recordId(raw: unknown): string | undefined {
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const id = (raw as Record<string, unknown>).id;
    if (typeof id === 'string' && id.trim() !== '') return id;
  }
  return undefined;
}

/** The most characters of a message: every part that echoes user text is an excerpt already, so this
 * only guards against one that is not. */
const MAX_MESSAGE = 400;

/** An error with its record, field and message cut to excerpts: no message carries unbounded data. */
export function bounded(error: DataError): DataError {
  return {
    ...error,
    ...(error.record === undefined ? {} : { record: excerpt(error.record) }),
    ...(error.field === undefined ? {} : { field: excerpt(error.field, 2 * EXCERPT_LENGTH) }),
    message: excerpt(error.message, MAX_MESSAGE),
  };
}

function issueErrors(
  base: Omit<DataError, 'message' | 'field'>,
  issue: zcore.$ZodIssue,
): DataError[] {
  const field = fieldPath(issue.path);
  const at = (f: string | undefined, message: string): DataError => ({
    ...base,
    ...(f === undefined ? {} : { field: f }),
    message,
  });
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      at(
        field === undefined ? excerpt(key) : `${field}.${excerpt(key)}`,
        'is not a field of the format (unknown keys are errors, to catch typos)',
      ),
    );
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return [at(field, 'is required')];
  if (issue.code === 'invalid_type' && field !== undefined && !issue.message.includes(', got ')) {
    return [at(field, `${issue.message}, got ${describe(issue.input)}`)];
  }
  return [at(field, issue.message)];
}

/**
 * The line of each record (a CSV row, an XML element) by its file and id, so that the errors
 * found across records, which name a record by its id, can say where it is too.
 */
class RecordLines {
  /** null when the id names more than one record of the file: the line would be a guess. */
  private readonly byKey = new Map<string, number | null>();

  note(file: string, id: string, line: number | undefined): void {
    if (line === undefined) return;
    const key = `${file}\u0000${id}`;
    this.byKey.set(key, this.byKey.has(key) ? null : line);
  }

  /** The error with its record's line, when it has none and its record has one. */
  locate(error: DataError): DataError {
    if (error.line !== undefined || error.record === undefined) return error;
    const line = this.byKey.get(`${error.file}\u0000${error.record}`);
    return typeof line === 'number' ? { ...error, line } : error;
  }
}

/** The lines of the ids seen before (in their kind), in order: the records checkDuplicates reports. */
function linesOfRepeats(
  ids: readonly SeenId[],
  lines: readonly (number | undefined)[],
): (number | undefined)[] {
  const seen = new Map<string, Set<string>>();
  const out: (number | undefined)[] = [];
  ids.forEach((seenId, i) => {
    let kind = seen.get(seenId.kind);
    if (!kind) seen.set(seenId.kind, (kind = new Set()));
    if (kind.has(seenId.id)) out.push(lines[i]);
    else kind.add(seenId.id);
  });
  return out;
}

/** Does an id repeat within its kind? */
function anyRepeat(records: readonly RawRecord[], ids: readonly string[]): boolean {
  const seen = new Map<FileKind, Set<string>>();
  for (let i = 0; i < records.length; i++) {
    const kind = records[i]?.kind ?? 'actors';
    let set = seen.get(kind);
    if (!set) seen.set(kind, (set = new Set()));
    const id = ids[i] ?? '';
    if (set.has(id)) return true;
    set.add(id);
  }
  return false;
}

/**
 * Validates records and, when all are good, builds the frozen Dataset. `errors` already found
 * (syntax errors, missing files) are reported with the rest, in file order.
 */
export function validateRecords(
  raw: readonly RawRecord[],
  errors: DataError[] = [],
  fileOrder: readonly string[] = [],
  /** The records' values are the caller's own, as JSON.parse made them: good ones are kept, not copied. */
  adopt = false,
): LoadResult {
  const collected: Records = emptyRecords();
  /** The records with an id, and their ids beside them. */
  const withId: RawRecord[] = [];
  const idOf: string[] = [];
  const lines = new RecordLines();
  let relationsAsParsed = adopt;
  for (const record of raw) {
    const { key, record: schema } = FILE_KINDS[record.kind];
    const id = recordId(record.raw);
    if (id !== undefined) {
      withId.push(record);
      idOf.push(id);
      lines.note(record.file, id, record.line);
    }
    // The plain checks vouch for most records of a large load; zod judges the rest, and says why.
    let value: unknown = vouchedRecord(record.kind, record.raw, adopt);
    if (value === undefined) {
      const result = schema.safeParse(record.raw, { reportInput: true });
      if (!result.success) {
        const base = {
          file: record.file,
          // Messages name a record by an excerpt of its id, or by its place in the file.
          record: id === undefined ? `${key}[${record.index}]` : excerpt(id),
          ...(record.line === undefined ? {} : { line: record.line }),
        };
        for (const issue of result.error.issues)
          for (const error of issueErrors(base, issue)) errors.push(error);
        continue;
      }
      value = result.data;
    }
    if (record.kind === 'relations' && value !== record.raw) relationsAsParsed = false;
    const kept = collected[record.kind] as Kept<unknown>;
    kept.files.push(record.file);
    kept.values.push(value);
  }
  // No spread into push: a file of tens of thousands of errors would overflow the stack.
  // Listed for checkDuplicates only when an id repeats: 100,000 objects saved on a good load.
  const ids: SeenId[] = anyRepeat(withId, idOf)
    ? withId.map((r, i) => ({ kind: r.kind, file: r.file, id: idOf[i] ?? '' }))
    : [];
  const duplicates = checkDuplicates(ids);
  const duplicateLines =
    duplicates.length === 0
      ? []
      : linesOfRepeats(
          ids,
          withId.map((r) => r.line),
        );
  duplicates.forEach((error, i) => {
    // One error for each repeat, in order: the repeat's line, when the two lists agree.
    const line = duplicates.length === duplicateLines.length ? duplicateLines[i] : undefined;
    errors.push(line === undefined ? error : { ...error, line });
  });
  for (const error of checkReferences(collected)) errors.push(lines.locate(error));
  if (errors.length > 0) {
    // Group by file (a stable sort keeps each file's errors in the order they were found).
    const order = new Map(fileOrder.map((file, i) => [file, i]));
    errors.sort((a, b) => (order.get(a.file) ?? order.size) - (order.get(b.file) ?? order.size));
    return { ok: false, errors: errors.map(bounded) };
  }
  // The warnings are worked out when read: only `validate` reads them, and at 100,000 relations
  // they cost a tenth of a load that every other caller would pay for nothing.
  let warnings: readonly DataError[] | undefined;
  return {
    ok: true,
    relationsAsParsed,
    get warnings() {
      return (warnings ??= editorialWarnings(collected).map(bounded));
    },
    dataset: makeDataset({
      actors: collected.actors.values,
      relationTypes: collected.relationTypes.values,
      relations: collected.relations.values,
      views: collected.views.values,
    }),
  };
}
