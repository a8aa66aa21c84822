// Parses and validates a whole graph-data folder, given as file texts (no I/O here, so it runs
// in Node, in the browser and in a worker alike). Returns a frozen Dataset or every error at once.
import { excerpt } from './characters';
import type { DataError } from './errors';
import { parseJson, type JsonResult } from './json-text';
import { describe, validateRecords, type LoadResult, type RawRecord } from './records';
import { REQUIRED, classify, inLoadOrder, type DataFile } from './data-paths';
import { FILE_KINDS, type FileKind } from './schema';

export { REQUIRED, classify, normalisePath, type DataFile } from './data-paths';

export type { LoadResult } from './records';

/** A folder's files, or the bytes of the packed text a build serves (core/data/packed.ts). */
export type DataFiles = readonly DataFile[] | ArrayBuffer;

const KIND_BY_KEY = Object.fromEntries(
  (Object.keys(FILE_KINDS) as FileKind[]).map((kind) => [FILE_KINDS[kind].key, kind]),
) as Record<string, FileKind>;

/**
 * The records of a JSON file holding one kind (`{ "relations": [...] }`) or, when `kinds` lists
 * several, a bundle of them (`{ "actors": [...], "relations": [...], ... }`).
 */
export function recordsOfJson(
  file: DataFile,
  kinds: readonly FileKind[],
  ignoreKeys: readonly string[] = [],
  /** The file's text parsed already (an import parses it once to see which kinds it holds). */
  parsed: JsonResult = parseJson(file.text),
): { records: RawRecord[]; errors: DataError[] } {
  const errors: DataError[] = [];
  const records: RawRecord[] = [];
  if (!parsed.ok) {
    errors.push({
      file: file.path,
      message: `JSON syntax error: ${parsed.message}`,
      line: parsed.line,
      column: parsed.column,
    });
    return { records, errors };
  }
  const keys: string[] = kinds.map((kind) => FILE_KINDS[kind].key);
  const top = parsed.value;
  const shape =
    keys.length === 1
      ? `{ "${keys[0]}": [...] }`
      : `{ ${keys.map((k) => `"${k}": [...]`).join(', ')} }`;
  if (top === null || typeof top !== 'object' || Array.isArray(top)) {
    errors.push({ file: file.path, message: `must hold an object ${shape}, got ${describe(top)}` });
    return { records, errors };
  }
  for (const name of Object.keys(top)) {
    if (!keys.includes(name) && name !== '$schema' && !ignoreKeys.includes(name)) {
      const expected = keys.length === 1 ? `"${keys[0]}"` : keys.map((k) => `"${k}"`).join(', ');
      errors.push({
        file: file.path,
        field: excerpt(name),
        message: `is not a key of this file (expected ${expected} and optionally "$schema")`,
      });
    }
  }
  for (const key of keys) {
    if (!Object.hasOwn(top, key)) {
      if (keys.length === 1) errors.push({ file: file.path, field: key, message: 'is required' });
      continue;
    }
    const list = (top as Record<string, unknown>)[key];
    if (!Array.isArray(list)) {
      errors.push({
        file: file.path,
        field: key,
        message: `must be an array, got ${describe(list)}`,
      });
      continue;
    }
    const kind = KIND_BY_KEY[key] as FileKind;
    list.forEach((raw: unknown, index: number) =>
      records.push({ kind, file: file.path, index, raw }),
    );
  }
  return { records, errors };
}

export function loadDataset(input: readonly DataFile[]): LoadResult {
  const errors: DataError[] = [];
  const records: RawRecord[] = [];
  const files = inLoadOrder(input);
  for (const name of Object.keys(REQUIRED)) {
    if (!files.some((file) => file.path === name)) {
      errors.push({ file: name, message: 'is missing: every graph-data folder has one' });
    }
  }
  for (const file of files) {
    const found = classify(file.path);
    if (found === 'ignore') continue;
    if ('error' in found) {
      errors.push({ file: file.path, message: found.error });
      continue;
    }
    const read = recordsOfJson(file, [found.kind]);
    // One push per item: spreading a file of tens of thousands of records overflows the stack.
    for (const error of read.errors) errors.push(error);
    for (const record of read.records) records.push(record);
  }
  // The values were parsed here and nothing else holds them: good relations are kept as parsed.
  return validateRecords(
    records,
    errors,
    files.map((f) => f.path),
    true,
  );
}
