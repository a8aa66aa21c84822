// Reads a graph-data folder from disk into the file texts the core loader takes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DataFile } from '../core/data/load';

export class FolderError extends Error {}

export function readGraphDataFolder(dir: string): DataFile[] {
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    throw new FolderError(`no such folder: ${dir}`);
  }
  if (!stat.isDirectory()) throw new FolderError(`not a folder: ${dir}`);
  const files: DataFile[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) {
        files.push({
          path: relative(dir, full).split(sep).join('/'),
          text: readFileSync(full, 'utf8'),
        });
      }
    }
  };
  walk(dir);
  return files;
}
