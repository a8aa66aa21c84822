// Which reader a file's text goes to, by its name: CSV and GEXF are read as the text comes (each
// piece parsed and let go), JSON is gathered and parsed whole (JSON.parse: see docs/decisions.md).
import { parseJson } from '../../data/json-text';
import { normalisePath, recordsOfJson, REQUIRED } from '../../data/load';
import type { DataError } from '../../data/errors';
import type { RawRecord } from '../../data/records';
import { FILE_KINDS, type FileKind } from '../../data/schema';
import { CsvReader } from './csv';
import { GexfReader } from './gexf';

export interface FileRecords {
  readonly records: RawRecord[];
  readonly errors: DataError[];
  /** Required fields a CSV file has no column for (said once, at its header). */
  readonly missing?: readonly string[];
}

/** A file's text given in pieces, in order (`write`), then its records and errors (`end`). */
export interface TextReader {
  write(text: string): void;
  end(): FileRecords;
  /** How many records it has read so far (JSON: none until the end). */
  readonly count: number;
}

const KINDS = Object.keys(FILE_KINDS) as FileKind[];

/** The metadata keys of the explorer's "JSON (this view)" export, which is also a bundle. */
const VIEW_EXPORT_KEYS = ['format', 'version', 'caption', 'window', 'filters', 'analysis'];

/** The records of a JSON file: one kind by its name, or a bundle of the kinds its keys name. */
function recordsOfJsonText(name: string, text: string): FileRecords {
  const base = normalisePath(name).split('/').at(-1) ?? name;
  const named = REQUIRED[base];
  const parsed = parseJson(text);
  if (named) return recordsOfJson({ path: name, text }, [named], [], parsed);
  if (
    !parsed.ok ||
    parsed.value === null ||
    typeof parsed.value !== 'object' ||
    Array.isArray(parsed.value)
  ) {
    // recordsOfJson reports what is wrong with it
    return recordsOfJson({ path: name, text }, ['relations'], [], parsed);
  }
  const top = parsed.value as Record<string, unknown>;
  const ignore = top.format === 'entente-view' ? VIEW_EXPORT_KEYS : [];
  const present = KINDS.filter((kind) => Object.hasOwn(top, FILE_KINDS[kind].key));
  if (present.length === 0) {
    const message =
      'holds none of "actors", "relationTypes", "relations" or "views": it is not a graph-data file or bundle';
    return { records: [], errors: [{ file: name, message }] };
  }
  return recordsOfJson({ path: name, text }, present, ignore, parsed);
}

class JsonReader implements TextReader {
  private pieces: string[] = [];
  readonly count = 0;
  constructor(private readonly name: string) {}
  write(text: string): void {
    this.pieces.push(text);
  }
  end(): FileRecords {
    const text = this.pieces.join('');
    this.pieces = [];
    return recordsOfJsonText(this.name, text);
  }
}

/** The reader of a file by its extension, or why the file is not read. */
function formatReader(name: string): TextReader | string {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'csv') return new CsvReader(name);
  if (ext === 'gexf' || ext === 'xml') return new GexfReader(name);
  if (ext === 'json') return new JsonReader(name);
  return 'is not a kind of file Entente reads (JSON, CSV or GEXF)';
}

/** The reader of a file, a byte-order mark at the start of its text dropped; or why it is not read. */
export function readerFor(name: string): TextReader | string {
  const reader = formatReader(name);
  if (typeof reader === 'string') return reader;
  let started = false;
  return {
    write(text) {
      if (!started && text) {
        started = true;
        reader.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      } else if (text) reader.write(text);
    },
    end: () => reader.end(),
    get count() {
      return reader.count;
    },
  };
}
