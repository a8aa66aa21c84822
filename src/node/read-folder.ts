// Reads a graph-data folder from disk into the file texts the core loader takes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DataFile } from '../core/data/load';

export class FolderError extends Error {}

/** The folder's JSON files, depth first in directory order: each one's full path and its path in the folder. */
function jsonFiles(dir: string): { readonly full: string; readonly path: string }[] {
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    throw new FolderError(`no such folder: ${dir}`);
  }
  if (!stat.isDirectory()) throw new FolderError(`not a folder: ${dir}`);
  const files: { full: string; path: string }[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json'))
        files.push({ full, path: relative(dir, full).split(sep).join('/') });
    }
  };
  walk(dir);
  return files;
}

export function readGraphDataFolder(dir: string): DataFile[] {
  return jsonFiles(dir).map(({ full, path }) => ({ path, text: readFileSync(full, 'utf8') }));
}

/**
 * What changes whenever a JSON file of the folder does: each one's path, size, modification and
 * change times, and inode (a file renamed over another gets a new one). The same stamp, the same
 * files.
 */
export function graphDataStamp(dir: string): string {
  return jsonFiles(dir)
    .map(({ full, path }) => {
      const stat = statSync(full);
      return `${path}\0${stat.size}\0${stat.mtimeMs}\0${stat.ctimeMs}\0${stat.ino}`;
    })
    .join('\n');
}
