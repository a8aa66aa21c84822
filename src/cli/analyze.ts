// `npm run analyze -- …`: who sides with whom in a window, and why; or what changed between two.
// Exit 0 with the report, 1 when the data are invalid, 2 for a usage error (one line, no stack).
import { relative, resolve } from 'node:path';
import { analyzeWindow } from '../core/analysis';
import { compareReports } from '../core/compare';
import { formatError } from '../core/errors';
import { loadDataset } from '../core/load';
import { FolderError, readGraphDataFolder } from '../node/read-folder';
import { SHIPPED_DATA } from '../node/paths';
import { quietOnClosedPipe } from '../node/stdout';
import { parseAnalyzeArgs, resolveRequest, UsageError, USAGE } from './analyze-args';
import { formatComparison, formatWindowReport } from './analyze-report';

export function analyzeCommand(args: readonly string[], out: (line: string) => void): number {
  try {
    const parsed = parseAnalyzeArgs(args);
    if (parsed.help) {
      out(USAGE);
      return 0;
    }
    const dir = parsed.data === undefined ? SHIPPED_DATA : resolve(parsed.data);
    const loaded = loadDataset(readGraphDataFolder(dir));
    if (!loaded.ok) {
      out(
        `✗ ${relative(process.cwd(), dir) || '.'}: ${loaded.errors.length} data errors (npm run validate lists them)`,
      );
      for (const error of loaded.errors) out(`  ${formatError(error)}`);
      return 1;
    }
    const dataset = loaded.dataset;
    const request = resolveRequest(parsed, dataset);
    if (request.kind === 'help') return 0;
    if (request.kind === 'window') {
      const report = analyzeWindow(dataset, request.target.window);
      if (request.json) out(JSON.stringify(report, null, 2));
      else formatWindowReport(request.target.label, report, dataset).forEach((line) => out(line));
      return 0;
    }
    const comparison = compareReports(
      analyzeWindow(dataset, request.before.window),
      analyzeWindow(dataset, request.after.window),
    );
    if (request.json) out(JSON.stringify(comparison, null, 2));
    else
      formatComparison([request.before.label, request.after.label], comparison).forEach((line) =>
        out(line),
      );
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof FolderError) {
      out(`analyze: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  quietOnClosedPipe();
  process.exitCode = analyzeCommand(process.argv.slice(2), (line) => console.log(line));
}
