// Relations (and actors) from CSV: a header row naming the columns of csv-columns.ts (derived
// from the schema), one record a row, each with the line it starts on (the header is line 1).
// Our own CSV export reads back: its derived columns (names, score, …) are ignored. Read as the
// text comes (csv-rows.ts): each row becomes its record at once.
import { excerpt, quoted } from '../../data/characters';
import { unguardFormula } from '../csv-formula';
import type { DataError } from '../../data/errors';
import type { RawRecord } from '../../data/records';
import type { FileKind } from '../../data/schema';
import { ACTOR_COLUMNS, columnNamed, RELATION_COLUMNS, type CsvColumn } from './csv-columns';
import { CsvRows, type CsvRow } from './csv-rows';

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
  row: CsvRow,
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

type CsvKind = Extract<FileKind, 'relations' | 'actors'>;

/** The header's own errors, and the required fields it has no column for (each said once, here). */
function headerErrors(
  file: string,
  kind: CsvKind,
  header: readonly string[],
  rows: number,
): { errors: DataError[]; missing: string[] } {
  const columns = kind === 'relations' ? RELATION_COLUMNS : ACTOR_COLUMNS;
  const errors: DataError[] = [];
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
    if (!column.required || rows === 0) continue;
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
  return { errors, missing };
}

/**
 * Papa guesses the line ending and the delimiter from the first piece it is given, as it did from
 * the whole text: it is given at least this much (and the whole header line) at once.
 */
const FIRST_PIECE = 1024 * 1024;

/**
 * A CSV file of relations or of actors (told by its header) read as its text comes: `write`
 * each piece in order, then `end`.
 */
export class CsvReader {
  private start: string[] = [];
  private startLength = 0;
  private startHasLine = false;
  private rows: CsvRows | undefined;
  private kind: CsvKind = 'relations';
  private readonly records: RawRecord[] = [];
  /** The header's columns that are read, found once for all rows. */
  private read: (readonly [string, CsvColumn])[] | undefined;

  constructor(
    private readonly file: string,
    private readonly only?: CsvKind,
  ) {}

  /** How many rows have been read so far. */
  get count(): number {
    return this.records.length;
  }

  write(text: string): void {
    if (this.rows) {
      this.rows.write(text);
      return;
    }
    this.start.push(text);
    this.startLength += text.length;
    this.startHasLine ||= text.includes('\n');
    if (this.startLength >= FIRST_PIECE && this.startHasLine) this.begin();
  }

  end(): CsvRecords {
    if (!this.rows) this.begin();
    const rows = this.rows as CsvRows;
    rows.end();
    // Papa's errors (said with their rows) first, then the header's, as the one pass gave them.
    const errors = rows.errors;
    const header = headerErrors(this.file, this.kind, rows.header, rows.count);
    for (const error of header.errors) errors.push(error);
    return { records: this.records, errors, missing: header.missing };
  }

  /** Tells actors from relations by the header line, and starts reading rows. */
  private begin(): void {
    const text = this.start.join('');
    this.start = [];
    const header =
      text
        .split(/\r?\n/, 1)[0]
        ?.split(',')
        .map((h) => h.trim().replace(/^"|"$/g, '')) ?? [];
    this.kind = this.only ?? (isActorsCsv(header) ? 'actors' : 'relations');
    const columns = this.kind === 'relations' ? RELATION_COLUMNS : ACTOR_COLUMNS;
    const rows = new CsvRows(this.file, (row) => {
      this.read ??= rows.header.flatMap((h) => {
        const column = columnNamed(columns, h);
        return column ? [[h, column] as const] : [];
      });
      this.records.push({
        kind: this.kind,
        file: this.file,
        index: this.records.length,
        raw: recordOf(row, this.read, columns),
        line: row.line,
      });
    });
    this.rows = rows;
    rows.write(text);
  }
}

function recordsFromCsv(file: string, text: string, kind: CsvKind): CsvRecords {
  const reader = new CsvReader(file, kind);
  reader.write(text);
  return reader.end();
}

export function relationsFromCsv(file: string, text: string): CsvRecords {
  return recordsFromCsv(file, text, 'relations');
}

export function actorsFromCsv(file: string, text: string): CsvRecords {
  return recordsFromCsv(file, text, 'actors');
}
