// The data folder a command works on: loaded and validated, or its errors listed (exit 1).
import { relative } from 'node:path';
import type { Dataset } from '../core/data/dataset';
import { formatError } from '../core/data/errors';
import { loadDataset } from '../core/data/load';
import { readGraphDataFolder } from '../node/read-folder';

/** The data set of a folder, or undefined once every error has been written to `out`. */
export function loadDataFolder(dir: string, out: (line: string) => void): Dataset | undefined {
  const loaded = loadDataset(readGraphDataFolder(dir));
  if (loaded.ok) return loaded.dataset;
  out(
    `✗ ${relative(process.cwd(), dir) || '.'}: ${loaded.errors.length} data errors (npm run validate lists them)`,
  );
  for (const error of loaded.errors) out(`  ${formatError(error)}`);
  return undefined;
}
