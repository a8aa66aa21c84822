// Which file of a graph-data folder is which: light enough for the page, which reads the relation
// files of the shipped data itself while the engine worker validates them (packed-relations.ts).
import type { FileKind } from './schema';

export interface DataFile {
  /** Path inside the graph-data folder, e.g. "relations/pak-rus.json". */
  readonly path: string;
  readonly text: string;
}

export const REQUIRED: Readonly<Record<string, FileKind>> = {
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

/** A folder's files as the loader reads them: paths normalised, in the order of their paths. */
export function inLoadOrder(files: readonly DataFile[]): DataFile[] {
  return files
    .map((file) => ({ path: normalisePath(file.path), text: file.text }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
