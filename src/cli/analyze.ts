// `npm run analyze -- …`: who sides with whom in a window, and why; what changed between two;
// or year by year. Exit 0 with the report, 1 when the data are invalid, 2 for a usage error
// (one line, no stack).
import { resolve } from 'node:path';
import { analyzeWindow } from '../core/analysis/analysis';
import { compareReports } from '../core/analysis/compare';
import { yearlyReports } from '../core/analysis/series';
import { yearWindow } from '../core/time/time';
import { FolderError } from '../node/read-folder';
import { SHIPPED_DATA } from '../node/paths';
import { outLines, printLine, quietOnClosedPipe } from '../node/stdout';
import { loadDataFolder } from './load-data';
import {
  parseAnalyzeArgs,
  resolveRequest,
  resolveScoring,
  UsageError,
  USAGE,
} from './analyze-args';
import { buildScene, readyWindow } from '../core/scene/scene';
import { formatComparison } from './analyze-comparison';
import { formatWindowReport } from './analyze-report';
import { formatSeries } from './analyze-series';

export function analyzeCommand(args: readonly string[], out: (line: string) => void): number {
  try {
    const parsed = parseAnalyzeArgs(args);
    if (parsed.help) {
      outLines(USAGE, out);
      return 0;
    }
    const dir = parsed.data === undefined ? SHIPPED_DATA : resolve(parsed.data);
    const dataset = loadDataFolder(dir, out);
    if (!dataset) return 1;
    const request = resolveRequest(parsed, dataset);
    const scoring = resolveScoring(parsed.scoring, dataset);
    if (request.kind === 'help') return 0;
    if (request.kind === 'window') {
      const report = analyzeWindow(dataset, request.target.window, { betweenness: true }, scoring);
      if (request.json) outLines(JSON.stringify(report, null, 2), out);
      else formatWindowReport(request.target.label, report, dataset).forEach((line) => out(line));
      return 0;
    }
    if (request.kind === 'series') {
      if (request.json) {
        // One full report a year, with the keys of a single window's report, and its year.
        const reports = [];
        for (let year = request.from; year <= request.to; year++)
          reports.push({
            year,
            ...analyzeWindow(dataset, yearWindow(year, year), { betweenness: true }, scoring),
          });
        outLines(JSON.stringify(reports, null, 2), out);
      } else
        formatSeries(yearlyReports(dataset, request.from, request.to, scoring), scoring).forEach(
          (line) => out(line),
        );
      return 0;
    }
    const before = analyzeWindow(dataset, request.before.window, { betweenness: true }, scoring);
    const after = analyzeWindow(dataset, request.after.window, { betweenness: true }, scoring);
    const comparison = compareReports(before, after);
    if (request.json) outLines(JSON.stringify(comparison, null, 2), out);
    else {
      const scene = buildScene({
        dataset,
        mode: 'compare',
        current: readyWindow(request.after.label, after),
        reference: readyWindow(request.before.label, before),
        positions: {},
        edgeMode: 'ties',
        sizeBy: 'strength',
        selection: null,
      });
      const labels = [request.before.label, request.after.label] as const;
      formatComparison(labels, comparison, scene.headline).forEach((line) => out(line));
    }
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
  process.exitCode = analyzeCommand(process.argv.slice(2), printLine);
}
