// `npm run bench [-- --json] [--scale DIR] [--no-browser]`: speed figures, each beside a baseline
// timed in the same process and reported as a ratio, since these machines are noisy. Generates
// the scale set (200 actors, 100,000 relations, seed 1) into a temporary folder unless given one.
// Exit 0 with the figures, 2 for a usage error (one line, no stack).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readGraphDataFolder } from '../src/node/read-folder';
import { SHIPPED_DATA } from '../src/node/paths';
import { cliFigures } from './cli-figures';
import { nodeFigures } from './node-figures';
import type { Figure } from './measure';
import { outLines, printError, printLine } from '../src/node/stdout';
import { parseCommandArgs, UsageError } from '../src/cli/analyze-args';
import { generateCommand } from '../src/cli/generate';

export const BENCH_USAGE =
  'Usage: npm run bench -- [--json] [--scale DIR] [--no-browser]   (DIR: a scale set from npm run generate; made in a temporary folder by default)';

/** The targets of issues 8 and 16, in milliseconds (or kB for sizes). */
export const TARGETS = {
  shippedInteraction: 2,
  paint: 16.7,
  scaleLoad: 1000,
  scaleAnalysis: 50,
  scrubFrame: 1000 / 30,
  initialJsKb: 250,
  /** `analyze` and `validate` as processes on the scale set, as a multiple of reading + parsing its JSON. */
  cliRatio: 4,
  /** Issue 16: the scale set's first frame from a fresh browser, built and from the dev server. */
  firstFrameBuild: 1500,
  firstFrameDev: 3000,
} as const;

function table(figures: readonly Figure[]): string[] {
  const head = ['figure', 'value', 'baseline', 'ratio', 'target', 'met'];
  const rows = figures.map((f) => [
    f.name,
    `${f.value.toFixed(f.unit === 'kB' ? 0 : 2)} ${f.unit}`,
    `${f.baseline.toFixed(2)} (${f.baselineName})`,
    Number.isFinite(f.ratio) ? `${f.ratio.toFixed(2)}×` : '–',
    f.target === null ? '–' : `≤ ${Number(f.target.toFixed(1))} ${f.unit}`,
    f.met === null ? '' : f.met ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) =>
    rows.reduce((w, r) => Math.max(w, (r[i] ?? '').length), h.length),
  );
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export async function benchCommand(
  args: readonly string[],
  out: (line: string) => void,
): Promise<number> {
  let values;
  try {
    const parsed = parseCommandArgs(args, {
      json: { type: 'boolean', default: false },
      scale: { type: 'string' },
      'no-browser': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (parsed.positionals.length)
      throw new UsageError(`unexpected argument "${parsed.positionals[0]}" (see --help)`);
    values = parsed.values;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out(`bench: ${error.message}`);
    return 2;
  }
  if (values.help) {
    out(BENCH_USAGE);
    return 0;
  }
  let scaleDir = values.scale ? resolve(values.scale) : '';
  if (!scaleDir) {
    scaleDir = join(mkdtempSync(join(tmpdir(), 'entente-scale-')), 'scale');
    generateCommand(
      ['--actors', '200', '--relations', '100000', '--seed', '1', '--out', scaleDir],
      () => undefined,
    );
  }
  const figures: Figure[] = [
    ...nodeFigures('shipped', readGraphDataFolder(SHIPPED_DATA), {
      load: null,
      analysis: TARGETS.shippedInteraction,
    }),
    ...nodeFigures('scale set', readGraphDataFolder(scaleDir), {
      load: TARGETS.scaleLoad,
      analysis: TARGETS.scaleAnalysis,
    }),
    ...(await cliFigures(scaleDir, TARGETS.cliRatio)),
  ];
  if (!values['no-browser']) {
    const { browserFigures } = await import('./browser-figures');
    for (const f of await browserFigures(scaleDir, TARGETS)) figures.push(f);
    const { importFigures } = await import('./import-figures');
    for (const f of await importFigures(scaleDir)) figures.push(f);
  }
  if (values.json) outLines(JSON.stringify({ figures }, null, 2), out);
  else {
    for (const line of table(figures)) out(line);
    const missed = figures.filter((f) => f.met === false);
    out('');
    out(
      missed.length
        ? `${missed.length} target(s) not met: ${missed.map((f) => f.name).join('; ')}`
        : 'Every target met.',
    );
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  benchCommand(process.argv.slice(2), printLine).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      printError(error);
      process.exitCode = 1;
    },
  );
}
