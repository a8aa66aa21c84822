// Parses and validates a whole graph-data folder, given as file texts (no I/O here, so it runs
// in Node, in the browser and in a worker alike). Returns a frozen Dataset or every error at once.
import type { core as zcore } from 'zod';
import { type DataError, fieldPath } from './errors';
import { parseJson } from './json-text';
import { FILE_KINDS, type FileKind } from './schema';
import { makeDataset, type Dataset } from './dataset';
import {
  checkDuplicates,
  checkReferences,
  type Located,
  type Records,
  type SeenId,
} from './references';

export interface DataFile {
  /** Path inside the graph-data folder, e.g. "relations/pak-rus.json". */
  readonly path: string;
  readonly text: string;
}

export type LoadResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly errors: readonly DataError[] };

const REQUIRED: Record<string, FileKind> = {
  'actors.json': 'actors',
  'relation-types.json': 'relationTypes',
  'views.json': 'views',
};

export function normalisePath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '');
}

/** Which kind of file a path is, `ignore` for files the loader skips, or an error message. */
export function classify(path: string): { kind: FileKind } | { error: string } | 'ignore' {
  const known = REQUIRED[path];
  if (known) return { kind: known };
  if (/^relations\/.+\.json$/i.test(path)) return { kind: 'relations' };
  if (/^schema\//.test(path) || !/\.json$/i.test(path)) return 'ignore';
  return {
    error:
      'is not a graph-data file (expected actors.json, relation-types.json, views.json or relations/*.json)',
  };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function recordName(raw: unknown, key: string, index: number): string {
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const id = (raw as Record<string, unknown>).id;
    if (typeof id === 'string' && id.trim() !== '')
      return id.length > 80 ? `${id.slice(0, 80)}…` : id;
  }
  return `${key}[${index}]`;
}

function issueErrors(file: string, record: string, issue: zcore.$ZodIssue): DataError[] {
  const base = fieldPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      record,
      field: base === undefined ? key : `${base}.${key}`,
      message: 'is not a field of the format (unknown keys are errors, to catch typos)',
    }));
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [{ file, record, field: base, message: 'is required' }];
  }
  if (issue.code === 'invalid_type' && base !== undefined && !issue.message.includes(', got ')) {
    return [
      { file, record, field: base, message: `${issue.message}, got ${describe(issue.input)}` },
    ];
  }
  return [{ file, record, field: base, message: issue.message }];
}

interface Collected extends Records {
  /** Every record id seen, valid record or not, so duplicates are reported in one pass. */
  ids: SeenId[];
}

function readFile(file: DataFile, kind: FileKind, into: Collected, errors: DataError[]): void {
  const parsed = parseJson(file.text);
  if (!parsed.ok) {
    errors.push({
      file: file.path,
      message: `JSON syntax error: ${parsed.message}`,
      line: parsed.line,
      column: parsed.column,
    });
    return;
  }
  const { key, record: schema } = FILE_KINDS[kind];
  const top = parsed.value;
  if (top === null || typeof top !== 'object' || Array.isArray(top)) {
    errors.push({
      file: file.path,
      message: `must hold an object { "${key}": [...] }, got ${describe(top)}`,
    });
    return;
  }
  for (const name of Object.keys(top)) {
    if (name !== key && name !== '$schema') {
      errors.push({
        file: file.path,
        field: name,
        message: `is not a key of this file (expected "${key}" and optionally "$schema")`,
      });
    }
  }
  const records = (top as Record<string, unknown>)[key];
  if (!Object.hasOwn(top, key)) {
    errors.push({ file: file.path, field: key, message: 'is required' });
    return;
  }
  if (!Array.isArray(records)) {
    errors.push({
      file: file.path,
      field: key,
      message: `must be an array, got ${describe(records)}`,
    });
    return;
  }
  records.forEach((raw: unknown, index: number) => {
    const name = recordName(raw, key, index);
    if (name !== `${key}[${index}]`) into.ids.push({ kind, file: file.path, id: name });
    const result = schema.safeParse(raw, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) errors.push(...issueErrors(file.path, name, issue));
      return;
    }
    (into[kind] as Located<unknown>[]).push({ file: file.path, index, value: result.data });
  });
}

export function loadDataset(input: readonly DataFile[]): LoadResult {
  const errors: DataError[] = [];
  const collected: Collected = { actors: [], relationTypes: [], relations: [], views: [], ids: [] };
  const files = input
    .map((file) => ({ path: normalisePath(file.path), text: file.text }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const name of Object.keys(REQUIRED)) {
    if (!files.some((file) => file.path === name)) {
      errors.push({ file: name, message: 'is missing: every graph-data folder has one' });
    }
  }
  for (const file of files) {
    const found = classify(file.path);
    if (found === 'ignore') continue;
    if ('error' in found) errors.push({ file: file.path, message: found.error });
    else readFile(file, found.kind, collected, errors);
  }
  errors.push(...checkDuplicates(collected.ids), ...checkReferences(collected));
  if (errors.length > 0) {
    // Group by file (a stable sort keeps each file's errors in the order they were found).
    const order = new Map(files.map((file, i) => [file.path, i]));
    errors.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1));
    return { ok: false, errors };
  }
  return {
    ok: true,
    dataset: makeDataset({
      actors: collected.actors.map((r) => r.value),
      relationTypes: collected.relationTypes.map((r) => r.value),
      relations: collected.relations.map((r) => r.value),
      views: collected.views.map((r) => r.value),
    }),
  };
}
