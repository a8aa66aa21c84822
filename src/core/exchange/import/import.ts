// Bringing your own data: files of any of the forms Entente reads — a JSON bundle, the files of
// a graph-data folder, CSV of relations (and of actors), GEXF — checked and validated together
// into one Dataset, or every error at once. An import replaces the shipped data (taking their
// vocabulary when it brings none, and their actors for the ids it shares with them) or is added
// to them (merge.ts). Pure: the worker runs it off the main thread.
import { parseJson } from '../../data/json-text';
import { recordsOfJson, normalisePath, REQUIRED } from '../../data/load';
import type { DataError } from '../../data/errors';
import { validateRecords, type LoadResult, type RawRecord } from '../../data/records';
import type { Actor, Relation, RelationType, View } from '../../data/schema';
import { FILE_KINDS, type FileKind } from '../../data/schema';
import type { ImportInto } from './added';
import { decodeUtf8, sizeMessage, type ImportFile } from './bytes';
import { emptyImport, fillActors, idsOf, vocabulary, wholeSpan } from './complete';
import { actorsFromCsv, isActorsCsv, relationsFromCsv } from './csv';
import { recordsFromGexf } from './gexf';
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

const KINDS = Object.keys(FILE_KINDS) as FileKind[];

/** The metadata keys of the explorer's "JSON (this view)" export, which is also a bundle. */
const VIEW_EXPORT_KEYS = ['format', 'version', 'caption', 'window', 'filters', 'analysis'];

/** Which kinds a JSON file holds, from its name and its top-level keys. */
function jsonKinds(name: string, text: string): { kinds: FileKind[]; ignore: string[] } | string {
  const base = normalisePath(name).split('/').at(-1) ?? name;
  const named = REQUIRED[base];
  if (named) return { kinds: [named], ignore: [] };
  const parsed = parseJson(text);
  if (
    !parsed.ok ||
    parsed.value === null ||
    typeof parsed.value !== 'object' ||
    Array.isArray(parsed.value)
  ) {
    return { kinds: ['relations'], ignore: [] }; // recordsOfJson reports what is wrong with it
  }
  const top = parsed.value as Record<string, unknown>;
  const ignore = top.format === 'entente-view' ? VIEW_EXPORT_KEYS : [];
  const present = KINDS.filter((kind) => Object.hasOwn(top, FILE_KINDS[kind].key));
  if (present.length === 0) {
    return 'holds none of "actors", "relationTypes", "relations" or "views": it is not a graph-data file or bundle';
  }
  return { kinds: present, ignore };
}

interface FileRecords {
  readonly records: RawRecord[];
  readonly errors: DataError[];
  /** Required fields a CSV file has no column for (said once, at its header). */
  readonly missing?: readonly string[];
}

function recordsOf(file: ImportFile): FileRecords {
  const name = file.name;
  const tooBig = sizeMessage(file.bytes.length);
  if (tooBig) return { records: [], errors: [{ file: name, message: tooBig }] };
  const decoded = decodeUtf8(file.bytes);
  if ('error' in decoded) return { records: [], errors: [{ file: name, message: decoded.error }] };
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'csv') {
    const header =
      text
        .split(/\r?\n/, 1)[0]
        ?.split(',')
        .map((h) => h.trim().replace(/^"|"$/g, '')) ?? [];
    return isActorsCsv(header) ? actorsFromCsv(name, text) : relationsFromCsv(name, text);
  }
  if (ext === 'gexf' || ext === 'xml') return recordsFromGexf(name, text);
  if (ext === 'json') {
    const found = jsonKinds(name, text);
    if (typeof found === 'string') return { records: [], errors: [{ file: name, message: found }] };
    return recordsOfJson({ path: name, text }, found.kinds, found.ignore);
  }
  return {
    records: [],
    errors: [{ file: name, message: 'is not a kind of file Entente reads (JSON, CSV or GEXF)' }],
  };
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

/**
 * Reads and validates files into one data set, replacing the shipped data (`base` gives their
 * vocabulary and actors) or added to them (`base` is the whole shipped data set).
 */
export function importData(
  files: readonly ImportFile[],
  base: ImportBase,
  into: ImportInto = 'replace',
): ImportResult {
  if (files.length === 0)
    return { ok: false, errors: [{ file: '(no file)', message: 'choose at least one file' }] };
  const records: RawRecord[] = [];
  const errors: DataError[] = [];
  // A graph-data folder also holds its README and its generated JSON Schema: not data.
  const dataFiles = files.filter(
    (f) =>
      !/(^|\/)schema\/[^/]+\.json$/i.test(normalisePath(f.name)) && !/\.(md|txt)$/i.test(f.name),
  );
  if (dataFiles.length === 0)
    return {
      ok: false,
      errors: [
        { file: files[0]?.name ?? '(no file)', message: 'holds no data file (JSON, CSV or GEXF)' },
      ],
    };
  /** A CSV file's fields without a column, as file and field: their rows' errors only repeat it. */
  const missing = new Set<string>();
  for (const file of dataFiles) {
    const read = recordsOf(file);
    // One push per item: spreading a file of tens of thousands of records overflows the stack.
    for (const record of read.records) records.push(record);
    for (const error of read.errors) errors.push(error);
    for (const field of read.missing ?? []) missing.add(`${file.name}\u0000${field}`);
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
