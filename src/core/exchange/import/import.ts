// Bringing your own data: files of any of the forms Entente reads — a JSON bundle, the files of
// a graph-data folder, CSV of relations (and of actors), GEXF — checked and validated together
// into one Dataset, or every error at once. Pure: the worker runs it off the main thread.
import { excerpt, EXCERPT_LENGTH } from '../../data/characters';
import { parseJson } from '../../data/json-text';
import { recordsOfJson, normalisePath, REQUIRED } from '../../data/load';
import type { DataError } from '../../data/errors';
import { validateRecords, type LoadResult, type RawRecord } from '../../data/records';
import type { RelationType, View } from '../../data/schema';
import { FILE_KINDS, type FileKind } from '../../data/schema';
import { civilFromDay, firstDay, lastDay } from '../../time/dates';
import { decodeUtf8, sizeMessage, type ImportFile } from './bytes';
import { actorsFromCsv, isActorsCsv, relationsFromCsv } from './csv';
import { recordsFromGexf } from './gexf';

export type { ImportFile } from './bytes';

export interface ImportFallback {
  /** The vocabulary used when the import brings none (the shipped relation types). */
  readonly relationTypes: readonly RelationType[];
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

function recordsOf(file: ImportFile): { records: RawRecord[]; errors: DataError[] } {
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

/** One view spanning the years of the relations, for imports that bring no views. */
function wholeSpan(records: readonly RawRecord[]): View | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const r of records) {
    if (r.kind !== 'relations' || typeof r.raw !== 'object' || r.raw === null) continue;
    const { start, end } = r.raw as { start?: unknown; end?: unknown };
    try {
      if (typeof start === 'string') {
        first = Math.min(first, civilFromDay(firstDay(start)).year);
        last = Math.max(last, civilFromDay(lastDay(start)).year);
      }
      if (typeof end === 'string') last = Math.max(last, civilFromDay(lastDay(end)).year);
    } catch {
      // An invalid date is reported by validation; it does not shape the view.
    }
  }
  if (!Number.isFinite(first)) return undefined;
  return {
    id: 'all',
    label: `${first}–${last}`,
    start: String(first).padStart(4, '0'),
    end: String(last).padStart(4, '0'),
    description: 'Every year of the imported relations.',
  };
}

/** The error of an import that holds no relations (or no actors): it would replace the data with nothing. */
function emptyImport(files: readonly ImportFile[], what: 'relations' | 'actors'): DataError {
  const why = `an import needs at least one, so the data set shown is kept`;
  const only = files.length === 1 ? files[0] : undefined;
  if (only) return { file: only.name, message: `holds no ${what}: ${why}` };
  const names = excerpt(files.map((f) => f.name).join(', '), 2 * EXCERPT_LENGTH);
  return {
    file: '(import)',
    message: `none of the ${files.length} files (${names}) holds any ${what}: ${why}`,
  };
}

export function importData(files: readonly ImportFile[], fallback: ImportFallback): ImportResult {
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
  for (const file of dataFiles) {
    const read = recordsOf(file);
    // One push per item: spreading a file of tens of thousands of records overflows the stack.
    for (const record of read.records) records.push(record);
    for (const error of read.errors) errors.push(error);
  }
  const notices: string[] = [];
  const has = (kind: FileKind) => records.some((r) => r.kind === kind);
  // An import replaces the data set shown: one with nothing in it would leave an empty page.
  if (errors.length === 0 && !has('relations')) errors.push(emptyImport(dataFiles, 'relations'));
  if (errors.length === 0 && !has('relationTypes')) {
    fallback.relationTypes.forEach((raw, index) =>
      records.push({ kind: 'relationTypes', file: '(Entente vocabulary)', index, raw }),
    );
    notices.push(
      `The import brings no relation types, so the ${fallback.relationTypes.length} types of Entente's vocabulary are used.`,
    );
  }
  if (errors.length === 0 && !has('views')) {
    const view = wholeSpan(records);
    if (view) {
      records.push({ kind: 'views', file: '(derived)', index: 0, raw: view });
      notices.push(`The import brings no views, so one view spans its years (${view.label}).`);
    }
  }
  if (errors.length === 0 && !has('actors')) {
    const ids = new Set<string>();
    for (const r of records) {
      if (r.kind !== 'relations' || typeof r.raw !== 'object' || r.raw === null) continue;
      for (const key of ['source', 'target'] as const) {
        const id = (r.raw as Record<string, unknown>)[key];
        if (typeof id === 'string') ids.add(id);
      }
    }
    [...ids].forEach((id, index) =>
      records.push({
        kind: 'actors',
        file: '(derived)',
        index,
        raw: { id, name: id, kind: 'state' },
      }),
    );
    notices.push(`The import brings no actors, so the ${ids.size} actors are named by their ids.`);
  }
  if (errors.length === 0 && !has('actors')) errors.push(emptyImport(dataFiles, 'actors'));
  const result = validateRecords(
    records,
    errors,
    dataFiles.map((f) => f.name),
  );
  if (!result.ok) return result;
  const name =
    dataFiles.length === 1 ? (dataFiles[0]?.name ?? 'import') : `${dataFiles.length} files`;
  return { ...result, notices, name };
}
