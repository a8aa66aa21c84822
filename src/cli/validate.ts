// `npm run validate -- [DIR] [--strict]`: validates a graph-data folder (the shipped one by
// default). Exit 0 with a one-line summary (and any editorial warnings), 1 with every data error
// (or, with --strict, any warning), 2 when the folder cannot be read.
import { relative, resolve } from 'node:path';
import { formatError } from '../core/data/errors';
import { loadDataset } from '../core/data/load';
import { FolderError, readGraphDataFolder } from '../node/read-folder';
import { SHIPPED_DATA } from '../node/paths';
import { printLine, quietOnClosedPipe } from '../node/stdout';

export function validateCommand(args: readonly string[], out: (line: string) => void): number {
  if (args.includes('--help') || args.includes('-h')) {
    out(
      'Usage: npm run validate -- [DIR] [--strict]   (DIR defaults to the shipped graph-data/; --strict fails on editorial warnings)',
    );
    return 0;
  }
  const strict = args.includes('--strict');
  const rest = args.filter((a) => a !== '--strict');
  const unknown = rest.find((a) => a.startsWith('--'));
  if (unknown !== undefined) {
    out(`validate: unknown option ${unknown} (see --help)`);
    return 2;
  }
  if (rest.length > 1) {
    out(`validate: expected at most one folder, got ${rest.length} arguments`);
    return 2;
  }
  const dir = rest[0] === undefined ? SHIPPED_DATA : resolve(rest[0]);
  let files;
  try {
    files = readGraphDataFolder(dir);
  } catch (error) {
    if (error instanceof FolderError) {
      out(`validate: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const shown = relative(process.cwd(), dir) || '.';
  const result = loadDataset(files);
  if (!result.ok) {
    const n = result.errors.length;
    out(`✗ ${shown}: ${n} error${n === 1 ? '' : 's'}`);
    for (const error of result.errors) out(`  ${formatError(error)}`);
    return 1;
  }
  const d = result.dataset;
  const warnings = result.warnings ?? [];
  const summary =
    `${d.actors.length} actors, ${d.relationTypes.length} relation types, ` +
    `${d.relations.length} relations, ${d.views.length} views`;
  const w = warnings.length;
  const counted = `${w} warning${w === 1 ? '' : 's'}`;
  if (strict && w > 0) out(`✗ ${shown}: ${counted} (--strict makes them errors) — ${summary}`);
  else out(`✓ ${shown}: valid${w > 0 ? ` with ${counted}` : ''} — ${summary}`);
  for (const warning of warnings) out(`  ${strict ? '' : 'warning: '}${formatError(warning)}`);
  return strict && w > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  quietOnClosedPipe();
  process.exitCode = validateCommand(process.argv.slice(2), printLine);
}
