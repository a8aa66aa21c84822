// `npm run validate -- [DIR]`: validates a graph-data folder (the shipped one by default).
// Exit 0 with a one-line summary, 1 with every data error, 2 when the folder cannot be read.
import { relative, resolve } from 'node:path';
import { formatError } from '../core/errors';
import { loadDataset } from '../core/load';
import { FolderError, readGraphDataFolder } from '../node/read-folder';
import { SHIPPED_DATA } from '../node/paths';
import { quietOnClosedPipe } from '../node/stdout';

export function validateCommand(args: readonly string[], out: (line: string) => void): number {
  if (args.includes('--help') || args.includes('-h')) {
    out('Usage: npm run validate -- [DIR]   (DIR defaults to the shipped graph-data/)');
    return 0;
  }
  if (args.length > 1) {
    out(`validate: expected at most one folder, got ${args.length} arguments`);
    return 2;
  }
  const dir = args[0] === undefined ? SHIPPED_DATA : resolve(args[0]);
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
  out(
    `✓ ${shown}: valid — ${d.actors.length} actors, ${d.relationTypes.length} relation types, ` +
      `${d.relations.length} relations, ${d.views.length} views`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  quietOnClosedPipe();
  process.exitCode = validateCommand(process.argv.slice(2), (line) => console.log(line));
}
