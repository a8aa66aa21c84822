// `npm run export -- --format F [--view ID | --at DATE | --from Y --to Y | --compare A B | --diff A B]
//   [--data DIR] [--shape 16:9|4:5|1:1|auto] [--title TEXT] [--subtitle TEXT] [--scale N]
//   [--transparent] [--no-title --no-subtitle --no-caption --no-legend --no-footer] --out FILE`
// Writes a figure (svg, png, pdf) or data (json, csv of the window; gexf, graphml of the data set).
// Exit 0 on success, 1 when the data are invalid, 2 for a usage error (one line, no stack).
import { writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { analyzeWindow } from '../core/analysis/analysis';
import type { ScoreOptions } from '../core/analysis/scoring';
import type { Dataset } from '../core/data/dataset';
import { relationsCsv, viewJson } from '../core/exchange/export-data';
import {
  figureOf,
  figureTextProblem,
  type FigureParts,
  type FigureTexts,
} from '../core/scene/figure';
import { DEFAULT_SHAPE, FIGURE_SHAPES, type FigureShape } from '../core/scene/figure-layout';
import { buildScene, readyWindow } from '../core/scene/scene';
import type { Mode } from '../core/scene/choices';
import { datasetGexf } from '../core/exchange/gexf';
import { datasetGraphml } from '../core/exchange/graphml';
import { bearingCircleLayout } from '../core/scene/layout';
import { figureSvg } from '../core/scene/svg';
import { viewWindow } from '../core/time/time';
import { SHIPPED_DATA } from '../node/paths';
import { FolderError } from '../node/read-folder';
import { ChromiumMissing, pdfWithChromium, pngWithChromium } from '../node/render-figure';
import { outLines, printError, printLine, quietOnClosedPipe } from '../node/stdout';
import { loadDataFolder } from './load-data';
import {
  parseCommandArgs,
  resolveScoring,
  SCORING_OPTIONS,
  scoringOf,
  UsageError,
  viewByIdOrRange,
  windowOf,
  WINDOW_OPTIONS,
  type NamedWindow,
} from './analyze-args';
import { existsSync, statSync } from 'node:fs';

const FORMATS = ['svg', 'png', 'pdf', 'json', 'csv', 'gexf', 'graphml'] as const;
type Format = (typeof FORMATS)[number];

export const EXPORT_USAGE = `Usage: npm run export -- --format ${FORMATS.join('|')} --out FILE
  [--view ID | --at DATE | --from DATE --to DATE | --compare ID ID | --diff ID ID]  (default: the first view)
  [--data DIR] [--shape ${FIGURE_SHAPES.join('|')}]  (default ${DEFAULT_SHAPE}; auto fits the content)
  [--title TEXT] [--subtitle TEXT]  (default: the view's title, and who sided with whom)
  [--scale 1|2|4] [--transparent] [--no-title] [--no-subtitle] [--no-caption] [--no-legend] [--no-footer]
  [--score time|sum] [--layers LIST|all] [--no-confidence]  (how scores are read; see npm run analyze -- --help)`;

interface Options {
  format: Format;
  out: string;
  data?: string;
  mode: Mode;
  current: NamedWindow;
  reference?: NamedWindow;
  scale: number;
  transparent: boolean;
  shape: FigureShape;
  texts: FigureTexts;
  parts: FigureParts;
  scoring: ScoreOptions;
}

function parse(args: readonly string[], dataset: () => Dataset): Options | 'help' {
  const { values: v, positionals } = parseCommandArgs(args, {
    ...WINDOW_OPTIONS,
    ...SCORING_OPTIONS,
    format: { type: 'string' },
    out: { type: 'string' },
    compare: { type: 'string' },
    diff: { type: 'string' },
    scale: { type: 'string', default: '2' },
    transparent: { type: 'boolean', default: false },
    shape: { type: 'string', default: DEFAULT_SHAPE },
    title: { type: 'string' },
    subtitle: { type: 'string' },
    'no-title': { type: 'boolean', default: false },
    'no-subtitle': { type: 'boolean', default: false },
    'no-caption': { type: 'boolean', default: false },
    'no-legend': { type: 'boolean', default: false },
    'no-footer': { type: 'boolean', default: false },
  });
  if (v.help) return 'help';
  const format = FORMATS.find((f) => f === v.format);
  if (!format)
    throw new UsageError(
      `--format must be one of ${FORMATS.join(', ')}${v.format ? `, got "${v.format}"` : ''}`,
    );
  if (!v.out) throw new UsageError('--out FILE is required');
  const pair = v.compare ?? v.diff;
  if (pair !== undefined && positionals.length !== 1)
    throw new UsageError(`--${v.compare ? 'compare' : 'diff'} takes two views`);
  if (pair === undefined && positionals.length)
    throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const windows = [v.view, v.at, v.from ?? v.to, v.compare, v.diff].filter((x) => x !== undefined);
  if (windows.length > 1)
    throw new UsageError('give only one of --view, --at, --from/--to, --compare and --diff');
  if ((v.from === undefined) !== (v.to === undefined))
    throw new UsageError('--from and --to go together');
  const scale = Number(v.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 8)
    throw new UsageError(`--scale must be a number above 0 and at most 8, got "${v.scale}"`);
  const shape = FIGURE_SHAPES.find((x) => x === v.shape);
  if (!shape)
    throw new UsageError(`--shape must be one of ${FIGURE_SHAPES.join(', ')}, got "${v.shape}"`);
  const texts = {
    ...(v.title === undefined ? {} : { title: v.title }),
    ...(v.subtitle === undefined ? {} : { subtitle: v.subtitle }),
  };
  const problem = figureTextProblem(texts);
  if (problem) throw new UsageError(`--${problem}`);
  const d = dataset();
  let current: NamedWindow;
  let reference: NamedWindow | undefined;
  if (pair !== undefined) {
    reference = viewByIdOrRange(d, pair, v.compare ? '--compare' : '--diff');
    current = viewByIdOrRange(d, positionals[0] ?? '', v.compare ? '--compare' : '--diff');
  } else if (windows.length) {
    current = windowOf(d, v);
  } else {
    const first = d.views[0];
    if (!first) throw new UsageError('the data set has no views: give --from and --to');
    current = { label: first.label, window: viewWindow(first), viewId: first.id };
  }
  return {
    format,
    out: v.out,
    ...(v.data === undefined ? {} : { data: v.data }),
    mode: v.compare ? 'compare' : v.diff ? 'diff' : 'single',
    current,
    ...(reference ? { reference } : {}),
    scale,
    transparent: v.transparent ?? false,
    shape,
    texts,
    parts: {
      title: !v['no-title'],
      subtitle: !v['no-subtitle'],
      caption: !v['no-caption'],
      legend: !v['no-legend'],
      footer: !v['no-footer'],
    },
    scoring: resolveScoring(scoringOf(v), d),
  };
}

function dataDir(args: readonly string[]): string {
  const i = args.indexOf('--data');
  const inline = args.find((a) => a.startsWith('--data='));
  const given = inline ? inline.slice('--data='.length) : i >= 0 ? args[i + 1] : undefined;
  return given === undefined ? SHIPPED_DATA : resolve(given);
}

export async function exportCommand(
  args: readonly string[],
  out: (line: string) => void,
): Promise<number> {
  try {
    if (args.includes('--help') || args.includes('-h')) {
      outLines(EXPORT_USAGE, out);
      return 0;
    }
    const dir = dataDir(args);
    const dataset = loadDataFolder(dir, out);
    if (!dataset) return 1;
    const options = parse(args, () => dataset);
    if (options === 'help') return 0;
    const outFile = resolve(options.out);
    if (!existsSync(dirname(outFile)) || !statSync(dirname(outFile)).isDirectory()) {
      throw new UsageError(`--out ${options.out}: the folder ${dirname(outFile)} does not exist`);
    }
    const content = await render(dataset, options);
    writeFileSync(outFile, content);
    out(`wrote ${relative(process.cwd(), outFile)}`);
    return 0;
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof FolderError ||
      error instanceof ChromiumMissing
    ) {
      out(`export: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

async function render(dataset: Dataset, o: Options): Promise<string | Buffer> {
  const positions = bearingCircleLayout(dataset.actors);
  const report = analyzeWindow(dataset, o.current.window, {}, o.scoring);
  if (o.format === 'gexf')
    return datasetGexf(dataset, positions, new Date().toISOString().slice(0, 10));
  if (o.format === 'graphml') return datasetGraphml(dataset);
  if (o.format === 'json')
    return viewJson(dataset, {
      caption: o.current.label,
      report,
      hiddenTypes: [],
      hiddenActors: [],
    });
  if (o.format === 'csv') return relationsCsv(dataset, report);
  // Camp letters follow the reference window, as in the explorer (the first view by default).
  const firstView = dataset.views[0];
  const referenceLabel = o.reference
    ? o.reference.viewId
      ? o.reference.label
      : ''
    : (firstView?.label ?? '');
  const referenceWindow =
    o.reference?.window ?? (firstView ? viewWindow(firstView) : o.current.window);
  const referenceReport = analyzeWindow(dataset, referenceWindow, {}, o.scoring);
  const scene = buildScene({
    dataset,
    mode: o.mode,
    current: readyWindow(o.current.viewId ? o.current.label : '', report),
    reference: readyWindow(referenceLabel, referenceReport),
    positions,
    edgeMode: 'ties',
    sizeBy: 'strength',
    selection: null,
  });
  const figure = figureOf(scene, o.texts);
  const { svg, width, height, fitted } = figureSvg(figure, {
    parts: o.parts,
    background: o.transparent ? 'transparent' : 'white',
    shape: o.shape,
  });
  if (!fitted) console.error(`note: the text does not fit a ${o.shape} figure; it was made taller`);
  if (o.format === 'svg') return svg;
  if (o.format === 'pdf') return pdfWithChromium(svg, width, height);
  const { png, size } = await pngWithChromium(svg, width, height, o.scale, o.transparent);
  if (size.capped)
    console.error(
      `note: ${o.scale}× would exceed the canvas limit; drawn at ${size.width}×${size.height}`,
    );
  return png;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  quietOnClosedPipe();
  exportCommand(process.argv.slice(2), printLine).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      printError(error);
      process.exitCode = 1;
    },
  );
}
