// Relations (and actors) from CSV: a header row naming the contract's fields, one record a row.
// Our own CSV export reads back: its derived columns (names, score, …) are ignored.
import Papa from 'papaparse';
import { excerpt } from '../../data/characters';
import { unguardFormula } from '../csv-formula';
import type { DataError } from '../../data/errors';
import type { RawRecord } from '../../data/records';

const RELATION_COLUMNS: Record<string, string> = {
  id: 'id',
  relation_id: 'id',
  type: 'type',
  source: 'source',
  target: 'target',
  directed: 'directed',
  start: 'start',
  end: 'end',
  weight: 'weight',
  title: 'title',
  summary: 'summary',
  confidence: 'confidence',
  disputed: 'disputed',
  context: 'context',
};
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
const SOURCE_URLS = new Set(['sources', 'source_urls']);
const ACTOR_COLUMNS = new Set(['id', 'name', 'kind', 'lat', 'lon', 'from', 'until', 'description']);

export interface CsvRecords {
  readonly records: RawRecord[];
  readonly errors: DataError[];
}

/** Is this CSV a table of actors (it has name and kind, and no source/target)? */
export function isActorsCsv(header: readonly string[]): boolean {
  return header.includes('name') && header.includes('kind') && !header.includes('source');
}

function parseRows(
  file: string,
  text: string,
): { header: string[]; rows: Record<string, string>[]; errors: DataError[] } {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const errors: DataError[] = parsed.errors.map((e) => ({
    file,
    message: `CSV: ${e.message}`,
    ...(e.row === undefined ? {} : { line: e.row + 2, column: 1 }),
  }));
  return { header: parsed.meta.fields ?? [], rows: parsed.data, errors };
}

function number(value: string): number | string {
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) ? n : value;
}

function boolean(value: string): boolean | string {
  const v = value.trim().toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : value;
}

export function relationsFromCsv(file: string, text: string): CsvRecords {
  const { header, rows, errors } = parseRows(file, text);
  for (const column of header) {
    if (
      !(column in RELATION_COLUMNS) &&
      !DERIVED.has(column) &&
      !SOURCE_URLS.has(column) &&
      column !== 'source_titles'
    ) {
      errors.push({
        file,
        line: 1,
        column: 1,
        field: excerpt(column),
        message: "is not a column Entente reads (use the names of the contract's fields)",
      });
    }
  }
  const records = rows.map((row, index): RawRecord => {
    const raw: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(row)) {
      const field = RELATION_COLUMNS[column];
      if (field === undefined || value === undefined || value.trim() === '') continue;
      // The export guards text cells against spreadsheet formulas (never numbers): undo it.
      raw[field] =
        field === 'weight'
          ? number(value)
          : field === 'directed'
            ? boolean(value)
            : unguardFormula(value);
    }
    const urls = unguardFormula(row.sources ?? row.source_urls ?? '')
      .split(/\s+/)
      .filter(Boolean);
    const titles = unguardFormula(row.source_titles ?? '').split(' | ');
    // A source without a title in the file is titled by its address rather than by a guess.
    raw.sources = urls.map((url, i) => ({ title: titles[i]?.trim() || url, url }));
    return { kind: 'relations', file, index, raw, line: index + 2 };
  });
  return { records, errors };
}

export function actorsFromCsv(file: string, text: string): CsvRecords {
  const { header, rows, errors } = parseRows(file, text);
  for (const column of header) {
    if (!ACTOR_COLUMNS.has(column))
      errors.push({
        file,
        line: 1,
        column: 1,
        field: excerpt(column),
        message: 'is not an actor column (id, name, kind, lat, lon, from, until, description)',
      });
  }
  const records = rows.map((row, index): RawRecord => {
    const raw: Record<string, unknown> = {};
    const set = (key: string, value: unknown) => {
      if (value !== undefined && value !== '') raw[key] = value;
    };
    set('id', row.id?.trim());
    set('name', row.name?.trim());
    set('kind', row.kind?.trim());
    set('description', row.description?.trim());
    if (row.lat?.trim() || row.lon?.trim())
      raw.location = { lat: number(row.lat ?? ''), lon: number(row.lon ?? '') };
    if (row.from?.trim() || row.until?.trim()) {
      raw.exists = {
        ...(row.from?.trim() ? { from: row.from.trim() } : {}),
        ...(row.until?.trim() ? { until: row.until.trim() } : {}),
      };
    }
    return { kind: 'actors', file, index, raw, line: index + 2 };
  });
  return { records, errors };
}
