// Bringing your own data: files of any of the forms Entente reads — a JSON bundle, the files of
// a graph-data folder, CSV of relations (and of actors), GEXF — checked and validated together
// into one Dataset, or every error at once. An import replaces the shipped data (taking their
// vocabulary when it brings none, and their actors for the ids it shares with them) or is added
// to them (merge.ts). Pure: the worker runs it off the main thread.
import { normalisePath } from '../../data/load';
import type { DataError } from '../../data/errors';
import { validateRecords, type LoadResult, type RawRecord } from '../../data/records';
import type { Actor, Relation, RelationType, View } from '../../data/schema';
import type { FileKind } from '../../data/schema';
import type { ImportInto } from './added';
import { decodeUtf8, sizeMessage, type ImportFile } from './bytes';
import { emptyImport, fillActors, idsOf, vocabulary, wholeSpan } from './complete';
import { readerFor, type FileRecords } from './readers';
import { addedRecords } from './merge';
import { teachErrors } from './teach';

export type { ImportFile } from './bytes';
export type { ImportInto } from './added';

/**
 * The data an import meets. Replacing them, it takes their relation types when it brings none,
 * and their actors for the ids it names without bringing (a relation of PAK and RUS gets
 * Pakistan and Russia, with their lifespans). Added to them, it joins the whole data set.
 */
export interface ImportBase {
  readonly relationTypes: readonly RelationType[];
  readonly actors?: readonly Actor[];
  readonly relations?: readonly Relation[];
  readonly views?: readonly View[];
}

export type ImportResult =
  | (LoadResult & { readonly ok: false })
  | (LoadResult & {
      readonly ok: true;
      readonly notices: readonly string[];
      readonly name: string;
    });

/** The bytes of a file in memory, read as a stream of one piece would be. */
function recordsOf(file: ImportFile): FileRecords {
  const name = file.name;
  const tooBig = sizeMessage(file.bytes.length, name);
  if (tooBig) return { records: [], errors: [{ file: name, message: tooBig }] };
  const reader = readerFor(name);
  if (typeof reader === 'string') return { records: [], errors: [{ file: name, message: reader }] };
  const decoded = decodeUtf8(file.bytes);
  if ('error' in decoded) return { records: [], errors: [{ file: name, message: decoded.error }] };
  reader.write(decoded.text);
  return reader.end();
}

/** Each file's errors in the order of its lines (those of no line first), the files as they were. */
function inLineOrder(errors: readonly DataError[]): DataError[] {
  const files = new Map<string, number>();
  for (const e of errors) if (!files.has(e.file)) files.set(e.file, files.size);
  return [...errors].sort(
    (a, b) => (files.get(a.file) ?? 0) - (files.get(b.file) ?? 0) || (a.line ?? 0) - (b.line ?? 0),
  );
}

/** The field a (nested) field path starts with: "sources" of "sources[0].url". */
const rootField = (field: string | undefined) => field?.split(/[.[]/, 1)[0];

/** The files that hold data (not a folder's README or JSON Schema), or the error of none. */
export function dataFilesOf<F extends { readonly name: string }>(
  files: readonly F[],
): F[] | (LoadResult & { readonly ok: false }) {
  if (files.length === 0)
    return { ok: false, errors: [{ file: '(no file)', message: 'choose at least one file' }] };
  const dataFiles = files.filter(
    (f) =>
      !/(^|\/)schema\/[^/]+\.json$/i.test(normalisePath(f.name)) && !/\.(md|txt)$/i.test(f.name),
  );
  if (dataFiles.length > 0) return dataFiles;
  return {
    ok: false,
    errors: [
      { file: files[0]?.name ?? '(no file)', message: 'holds no data file (JSON, CSV or GEXF)' },
    ],
  };
}

/**
 * Reads and validates files into one data set, replacing the shipped data (`base` gives their
 * vocabulary and actors) or added to them (`base` is the whole shipped data set).
 */
export function importData(
  files: readonly ImportFile[],
  base: ImportBase,
  into: ImportInto = 'replace',
): ImportResult {
  const dataFiles = dataFilesOf(files);
  if (!Array.isArray(dataFiles)) return dataFiles;
  return importRecords(
    dataFiles.map((file) => ({ name: file.name, read: recordsOf(file) })),
    base,
    into,
  );
}

/** The records read from each data file, completed, merged when added, and validated. */
export function importRecords(
  read: readonly { readonly name: string; readonly read: FileRecords }[],
  base: ImportBase,
  into: ImportInto,
): ImportResult {
  const dataFiles = read.map((file) => ({ name: file.name }));
  const records: RawRecord[] = [];
  const errors: DataError[] = [];
  /** A CSV file's fields without a column, as file and field: their rows' errors only repeat it. */
  const missing = new Set<string>();
  for (const file of read) {
    // One push per item: spreading a file of tens of thousands of records overflows the stack.
    for (const record of file.read.records) records.push(record);
    for (const error of file.read.errors) errors.push(error);
    for (const field of file.read.missing ?? []) missing.add(`${file.name}\u0000${field}`);
  }
  const shipped = {
    actors: base.actors ?? [],
    relationTypes: base.relationTypes,
    relations: base.relations ?? [],
    views: base.views ?? [],
  };
  const adding = into === 'add';
  const notices: string[] = [];
  const has = (kind: FileKind) => records.some((r) => r.kind === kind);
  // An import with nothing in it would leave an empty page, or add nothing.
  if (errors.length === 0 && !has('relations')) errors.push(emptyImport(dataFiles, 'relations'));
  // What the import does not bring is filled in whatever else is wrong, so that every error
  // listed is one of the import's own (not "no such type" for each row of a file with a typo).
  if (!adding && !has('relationTypes')) notices.push(vocabulary(records, shipped.relationTypes));
  if (!has('views') && !(adding && shipped.views.length > 0)) {
    const view = wholeSpan(records);
    if (view) {
      records.push({ kind: 'views', file: '(derived)', index: 0, raw: view });
      notices.push(`The import brings no views, so one view spans its years (${view.label}).`);
    }
  }
  for (const notice of fillActors(records, shipped.actors, adding)) notices.push(notice);
  if (errors.length === 0 && !adding && !has('actors'))
    errors.push(emptyImport(dataFiles, 'actors'));
  let all = records;
  if (adding) {
    const merged = addedRecords(records, shipped);
    all = merged.records;
    for (const error of merged.errors) errors.push(error);
  }
  const result = validateRecords(
    all,
    errors,
    dataFiles.map((f) => f.name),
  );
  if (!result.ok) {
    // Any shipped actor may be named: replacing, it would be taken from the shipped data.
    const actors = idsOf(all, 'actors');
    if (!adding) for (const a of shipped.actors) actors.add(a.id);
    const listed = result.errors.filter(
      (e) =>
        e.line === undefined || e.line < 2 || !missing.has(`${e.file}\u0000${rootField(e.field)}`),
    );
    return {
      ok: false,
      errors: teachErrors(inLineOrder(listed), {
        types: [...idsOf(all, 'relationTypes')],
        actors: [...actors],
      }),
    };
  }
  const name =
    dataFiles.length === 1 ? (dataFiles[0]?.name ?? 'import') : `${dataFiles.length} files`;
  return { ...result, notices, name };
}
