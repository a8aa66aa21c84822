// Relations (and actors) from CSV: a header row naming the columns of csv-columns.ts (derived
// from the schema), one record a row, each with the line it starts on (the header is line 1).
// Our own CSV export reads back: its derived columns (names, score, …) are ignored.
import Papa from 'papaparse';
import { excerpt, quoted } from '../../data/characters';
import { unguardFormula } from '../csv-formula';
import type { DataError } from '../../data/errors';
import type { RawRecord } from '../../data/records';
import type { FileKind } from '../../data/schema';
import { ACTOR_COLUMNS, columnNamed, RELATION_COLUMNS, type CsvColumn } from './csv-columns';

/** Columns of the explorer's CSV export that are derived from the data, not data. */
const DERIVED = new Set([
  'source_name',
  'target_name',
  'type_label',
  'kind',
  'valence',
  'contribution',
  'tie_score',
]);

export interface CsvRecords {
  readonly records: RawRecord[];
  readonly errors: DataError[];
  /**
   * Required fields whose column the header lacks: each is reported once, at the header, so the
   * rows' own "is required" for it would only repeat that.
   */
  readonly missing: readonly string[];
}

/** Is this CSV a table of actors (it has name and kind, and no source/target)? */
export function isActorsCsv(header: readonly string[]): boolean {
  return header.includes('name') && header.includes('kind') && !header.includes('source');
}

interface Row {
  readonly cells: Record<string, string>;
  /** The line of the file the row starts on, counting the header as line 1. */
  readonly line: number;
}

/** Counts lines as offsets only grow: the line of any offset in one pass over the text. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset && at < text.length; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

/** Where a row's own text starts: past the blank (or only-comma) lines Papa skipped before it. */
function rowStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && /[\s,]/.test(text[i] ?? '')) i++;
  return i;
}

function parseRows(
  file: string,
  text: string,
): { header: string[]; rows: Row[]; errors: DataError[] } {
  // The header alone: its names, and its end, where the first row's search for its line starts.
  // (A step's cursor is where its row ends; `preview` reports another offset when nothing is quoted.)
  let header: string[] = [];
  let previous = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      header = result.data.map((h) => h.trim());
      previous = result.meta.cursor;
      parser.abort();
    },
  });
  const lineAt = lineCounter(text);
  const rows: Row[] = [];
  const errors: DataError[] = [];
  Papa.parse<Record<string, string>>(text, {
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
    header: true,
    step: (result) => {
      const line = lineAt(rowStart(text, previous));
      previous = result.meta.cursor;
      // As Papa names them (a repeated header gets a suffix).
      header = result.meta.fields ?? header;
      rows.push({ cells: result.data, line });
      for (const e of result.errors)
        errors.push({ file, message: `CSV: ${e.message}`, line, column: 1 });
    },
  });
  return { header, rows, errors };
}

function number(value: string): number | string {
  const n = Number(value);
  return value !== '' && Number.isFinite(n) ? n : value;
}

function boolean(value: string): boolean | string {
  const v = value.toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : value;
}

const names = (columns: readonly CsvColumn[]) => columns.map((c) => c.name).join(', ');

/** A record from a row, by the header's columns, the export's formula guard undone. */
function recordOf(
  row: Row,
  read: readonly (readonly [string, CsvColumn])[],
  columns: readonly CsvColumn[],
): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  let urls: string[] = [];
  let titles: string[] = [];
  let sources: CsvColumn | undefined;
  for (const [header, column] of read) {
    const cell = row.cells[header];
    if (typeof cell !== 'string') continue;
    // The export guards text cells against spreadsheet formulas (never numbers): undo it. Free
    // text is kept as written (it reads back as exported); anything else is trimmed.
    const value = unguardFormula(column.value === 'text' ? cell : cell.trim());
    if (column.value === 'urls') {
      sources = column;
      urls = value.split(/\s+/).filter(Boolean);
      continue;
    }
    if (column.value === 'titles') {
      titles = value.split(' | ');
      continue;
    }
    if (value.trim() === '') continue;
    const [field, key] = column.path as [string, string?];
    const typed =
      column.value === 'number'
        ? number(value)
        : column.value === 'boolean'
          ? boolean(value)
          : value;
    if (key === undefined) raw[field] = typed;
    else raw[field] = { ...(raw[field] as Record<string, unknown> | undefined), [key]: typed };
  }
  sources ??= columns.find((c) => c.value === 'urls');
  if (sources && (urls.length > 0 || sources.required)) {
    // A source without a title in the file is titled by its address rather than by a guess.
    raw[sources.path[0] ?? 'sources'] = urls.map((url, i) => ({
      title: titles[i]?.trim() || url,
      url,
    }));
  }
  return raw;
}

function recordsFromCsv(
  file: string,
  text: string,
  kind: Extract<FileKind, 'relations' | 'actors'>,
): CsvRecords {
  const columns = kind === 'relations' ? RELATION_COLUMNS : ACTOR_COLUMNS;
  const { header, rows, errors } = parseRows(file, text);
  const what = kind === 'relations' ? 'a column Entente reads' : 'an actor column';
  for (const column of header) {
    if (columnNamed(columns, column) || (kind === 'relations' && DERIVED.has(column))) continue;
    errors.push({
      file,
      line: 1,
      column: 1,
      field: excerpt(column),
      message: `is not ${what} (the columns are ${names(columns)})`,
    });
  }
  // A required column the header lacks is said once, at the header (a file of rows only: one
  // with none is refused as holding nothing).
  const missing: string[] = [];
  for (const column of columns) {
    if (!column.required || rows.length === 0) continue;
    if (header.some((h) => columnNamed([column], h))) continue;
    missing.push(column.path[0] ?? column.name);
    errors.push({
      file,
      line: 1,
      column: 1,
      field: column.name,
      message: `is required: the header has no column ${quoted(column.name)} (every row needs ${names(columns.filter((c) => c.required))})`,
    });
  }
  // The header's columns that are read, found once for all rows.
  const read = header.flatMap((h) => {
    const column = columnNamed(columns, h);
    return column ? [[h, column] as const] : [];
  });
  const records = rows.map((row, index): RawRecord => ({
    kind,
    file,
    index,
    raw: recordOf(row, read, columns),
    line: row.line,
  }));
  return { records, errors, missing };
}

export function relationsFromCsv(file: string, text: string): CsvRecords {
  return recordsFromCsv(file, text, 'relations');
}

export function actorsFromCsv(file: string, text: string): CsvRecords {
  return recordsFromCsv(file, text, 'actors');
}
