// An import read from streams of bytes (the files the page picked, read in the worker), piece by
// piece: bytes → UTF-8 text → records, none of them held whole but the records (and a JSON file's
// text). It says how far along it is, and stops between two pieces when asked to. What is read
// goes the same way as an import of bytes in memory (import.ts), so the results are the same.
import type { ImportInto } from './added';
import { sizeMessage, Utf8Stream } from './bytes';
import { dataFilesOf, importRecords, type ImportBase, type ImportResult } from './import';
import type { ImportProgress, ImportWatch } from './progress';
import { readerFor, type FileRecords } from './readers';

/** The few members of a web ReadableStream's reader that the import uses. */
interface ByteReader {
  read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array }>;
  cancel(): Promise<void>;
}

/** A file to import: a File (or Blob) given its name, as the page posts it to the worker. */
export interface ImportSource {
  /** The name the user's file has ("mydata.gexf", or "graph-data/actors.json" from a folder). */
  readonly name: string;
  readonly body: { readonly size: number; stream(): { getReader(): ByteReader } };
}

function failed(file: string, message: string): FileRecords {
  return { records: [], errors: [{ file, message }] };
}

/** Reports progress, at most once in `every` ms but always for the last piece of a file. */
function reporter(watch: ImportWatch, bytesTotal: number) {
  let last = -Infinity;
  let bytesRead = 0;
  let records = 0;
  return {
    add(bytes: number): void {
      bytesRead += bytes;
    },
    records(count: number): void {
      records = count;
    },
    report(file: string, force: boolean, phase: ImportProgress['phase'] = 'reading'): void {
      const now = Date.now();
      if (!watch.progress || (!force && now - last < (watch.every ?? 100))) return;
      last = now;
      watch.progress({ phase, file, bytesRead, bytesTotal, records });
    },
  };
}

type Reporter = ReturnType<typeof reporter>;

/** One file read through its reader, or undefined when the watch stopped it. */
async function readSource(
  source: ImportSource,
  watch: ImportWatch,
  progress: Reporter,
  before: number,
): Promise<FileRecords | undefined> {
  const name = source.name;
  const tooBig = sizeMessage(source.body.size, name);
  if (tooBig) return failed(name, tooBig);
  const reader = readerFor(name);
  if (typeof reader === 'string') return failed(name, reader);
  const bytes = source.body.stream().getReader();
  const utf8 = new Utf8Stream();
  for (;;) {
    if (watch.signal?.aborted) {
      await bytes.cancel();
      return undefined;
    }
    const { done, value } = await bytes.read();
    if (done || !value) break;
    const text = utf8.decode(value);
    if (typeof text !== 'string') {
      await bytes.cancel();
      return failed(name, text.error);
    }
    reader.write(text);
    progress.add(value.length);
    progress.records(before + reader.count);
    progress.report(name, false);
  }
  const rest = utf8.end();
  if (typeof rest !== 'string') return failed(name, rest.error);
  reader.write(rest);
  return reader.end();
}

/**
 * Reads streams of files and validates them into one data set (as importData does with bytes),
 * reporting its progress; `cancelled` when the watch's signal stopped it.
 */
export async function importSources(
  sources: readonly ImportSource[],
  base: ImportBase,
  into: ImportInto = 'replace',
  watch: ImportWatch = {},
): Promise<ImportResult | 'cancelled'> {
  const dataFiles = dataFilesOf(sources);
  if (!Array.isArray(dataFiles)) return dataFiles;
  const progress = reporter(
    watch,
    dataFiles.reduce((sum, f) => sum + f.body.size, 0),
  );
  const read: { name: string; read: FileRecords }[] = [];
  let records = 0;
  for (const source of dataFiles) {
    const file = await readSource(source, watch, progress, records);
    if (!file) return 'cancelled';
    records += file.records.length;
    progress.records(records);
    progress.report(source.name, true);
    read.push({ name: source.name, read: file });
  }
  if (watch.signal?.aborted) return 'cancelled';
  progress.report(dataFiles.map((f) => f.name).join(', '), true, 'validating');
  return importRecords(read, base, into);
}
