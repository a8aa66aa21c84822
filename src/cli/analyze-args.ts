// Parses the arguments of `npm run analyze` into what to analyse, or a one-line error.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
import type { Dataset } from '../core/data/dataset';
import { firstDay, lastDay, parseDate } from '../core/time/dates';
import { LAYERS, type Layer } from '../core/data/schema';
import {
  DEFAULT_SCORING,
  defaultScoring,
  normaliseLayers,
  SCORE_MODES,
  type ScoreMode,
  type ScoreOptions,
} from '../core/analysis/scoring';
import { instantWindow, viewWindow, type Window } from '../core/time/time';

export interface NamedWindow {
  readonly label: string;
  readonly window: Window;
  /** Set when the window is a view of views.json. */
  readonly viewId?: string;
}

export type AnalyzeRequest =
  | {
      readonly kind: 'window';
      readonly target: NamedWindow;
      readonly json: boolean;
      readonly data?: string;
    }
  | {
      readonly kind: 'compare';
      readonly before: NamedWindow;
      readonly after: NamedWindow;
      readonly json: boolean;
      readonly data?: string;
    }
  | {
      readonly kind: 'series';
      readonly from: number;
      readonly to: number;
      readonly json: boolean;
      readonly data?: string;
    }
  | { readonly kind: 'help' };

export class UsageError extends Error {}

export const USAGE = `Usage: npm run analyze -- (--view ID | --at DATE | --from DATE --to DATE | --compare ID ID | --series YEAR YEAR)
                    [--score time|sum] [--layers LIST|all] [--no-confidence] [--data DIR] [--json]
  --view ID          a view of views.json (cold-war, 2022, …)
  --at DATE          what holds on one day (YYYY, YYYY-MM or YYYY-MM-DD; a year or month means all of it)
  --from/--to DATE   a window from the first day of one date to the last day of another
  --compare ID ID    two views (or date ranges written FROM..TO) side by side: flips, camp changes
  --series Y1 Y2     one row a year: camps, hedgers, frustration share, p-value (--json: one report a year)
  --score MODE       time (default: time-weighted, contract 1.1) or sum (the plain sum of contract 1.0)
  --layers LIST      the layers that count, comma-separated: ${LAYERS.join(', ')}, or all
                     (default: ${DEFAULT_SCORING.layers.join(',')}; all when the data have no security types)
  --no-confidence    count every record fully, whatever its confidence
  --data DIR         any graph-data folder (default: the shipped graph-data/)
  --json             machine-readable output`;

/** Options that only need Node's argument parser; windows are resolved once the data are loaded. */
export interface ParsedArgs {
  readonly help: boolean;
  readonly json: boolean;
  readonly data?: string;
  readonly view?: string;
  readonly at?: string;
  readonly from?: string;
  readonly to?: string;
  readonly compare?: readonly [string, string];
  readonly series?: readonly [string, string];
  readonly scoring: ReturnType<typeof scoringOf>;
}

/** The options the commands that take a window share (analyze, export). */
export const WINDOW_OPTIONS = {
  view: { type: 'string' },
  at: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  data: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies OptionsConfig;

/** The options that choose the reading of the scores (analyze, export). */
export const SCORING_OPTIONS = {
  score: { type: 'string' },
  layers: { type: 'string' },
  'no-confidence': { type: 'boolean', default: false },
} as const satisfies OptionsConfig;

/** The reading of the scores the options name (layers undefined: the data set's default), or a UsageError. */
export function scoringOf(values: {
  score?: string | undefined;
  layers?: string | undefined;
  'no-confidence'?: boolean | undefined;
}): Omit<ScoreOptions, 'layers'> & { readonly layers?: readonly Layer[] } {
  let mode: ScoreMode = DEFAULT_SCORING.mode;
  if (values.score !== undefined) {
    const found = SCORE_MODES.find((m) => m === values.score);
    if (!found)
      throw new UsageError(`--score ${values.score}: expected one of ${SCORE_MODES.join(', ')}`);
    mode = found;
  }
  let layers: readonly Layer[] | undefined;
  if (values.layers !== undefined) {
    if (values.layers === 'all') layers = LAYERS;
    else {
      const names = values.layers.split(',').filter((n) => n !== '');
      const unknown = names.filter((n) => !LAYERS.some((l) => l === n));
      if (unknown.length || names.length === 0)
        throw new UsageError(
          `--layers ${values.layers}: expected a comma-separated choice of ${LAYERS.join(', ')}, or all`,
        );
      layers = normaliseLayers(names as Layer[]);
    }
  }
  return {
    mode,
    ...(layers === undefined ? {} : { layers }),
    confidence: !(values['no-confidence'] ?? false),
  };
}

/** The reading for a data set: the options given, the data set's default layers where none were. */
export function resolveScoring(
  chosen: ReturnType<typeof scoringOf>,
  dataset: Parameters<typeof defaultScoring>[0],
): ScoreOptions {
  return { ...chosen, layers: chosen.layers ?? defaultScoring(dataset).layers };
}

/** Node's argument parser, its errors turned into a UsageError of one line. */
export function parseCommandArgs<T extends OptionsConfig>(
  args: readonly string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: T }>> {
  try {
    return parseArgs({ args: [...args], allowPositionals: true as const, options });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
}

export function parseAnalyzeArgs(args: readonly string[]): ParsedArgs {
  const { values, positionals } = parseCommandArgs(args, {
    ...WINDOW_OPTIONS,
    ...SCORING_OPTIONS,
    compare: { type: 'string', multiple: true },
    series: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
  });
  const twoOf = values.compare ? 'compare' : values.series ? 'series' : undefined;
  const pairValues = [...(values.compare ?? values.series ?? []), ...(twoOf ? positionals : [])];
  if (!twoOf && positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (values.compare && values.series)
    throw new UsageError('give only one of --view, --at, --from/--to, --compare and --series');
  if (twoOf === 'compare' && pairValues.length !== 2) {
    throw new UsageError(`--compare takes two views, got ${pairValues.length}`);
  }
  if (twoOf === 'series') {
    if (pairValues.length !== 2 || !pairValues.every((y) => /^\d{4}$/.test(y)))
      throw new UsageError(`--series takes two years (YYYY YYYY), got "${pairValues.join(' ')}"`);
    if (Number(pairValues[1]) < Number(pairValues[0]))
      throw new UsageError(`--series ${pairValues.join(' ')}: the last year is before the first`);
  }
  const chosen = [
    values.view,
    values.at,
    values.from ?? values.to,
    values.compare,
    values.series,
  ].filter((v) => v !== undefined);
  if (!values.help && chosen.length === 0)
    throw new UsageError(
      'say what to analyse: --view, --at, --from/--to, --compare or --series (see --help)',
    );
  if (chosen.length > 1)
    throw new UsageError('give only one of --view, --at, --from/--to, --compare and --series');
  if ((values.from === undefined) !== (values.to === undefined))
    throw new UsageError('--from and --to go together');
  return {
    help: values.help ?? false,
    json: values.json ?? false,
    ...(values.data === undefined ? {} : { data: values.data }),
    ...(values.view === undefined ? {} : { view: values.view }),
    ...(values.at === undefined ? {} : { at: values.at }),
    ...(values.from === undefined ? {} : { from: values.from }),
    ...(values.to === undefined ? {} : { to: values.to }),
    ...(twoOf === 'compare'
      ? { compare: [pairValues[0] ?? '', pairValues[1] ?? ''] as const }
      : {}),
    ...(twoOf === 'series' ? { series: [pairValues[0] ?? '', pairValues[1] ?? ''] as const } : {}),
    scoring: scoringOf(values),
  };
}

function checkedDate(option: string, text: string): string {
  const parsed = parseDate(text);
  if (typeof parsed === 'string') throw new UsageError(`${option} ${text}: ${parsed}`);
  return text;
}

export function rangeWindow(
  from: string,
  to: string,
  fromOption: string,
  toOption: string,
): NamedWindow {
  const window = {
    start: firstDay(checkedDate(fromOption, from)),
    end: lastDay(checkedDate(toOption, to)),
  };
  if (window.end < window.start)
    throw new UsageError(`${toOption} ${to} is before ${fromOption} ${from}`);
  return { label: `${from} – ${to}`, window };
}

export function viewByIdOrRange(dataset: Dataset, text: string, option = '--compare'): NamedWindow {
  const view = dataset.viewById[text];
  if (view) return { label: view.label, window: viewWindow(view), viewId: view.id };
  const range = /^(.+)\.\.(.+)$/.exec(text);
  if (range?.[1] && range[2]) return rangeWindow(range[1], range[2], option, option);
  const known = dataset.views.map((v) => v.id).join(', ') || 'none';
  throw new UsageError(`unknown view "${text}" (views: ${known}; or write a range FROM..TO)`);
}

/** The window one of --view, --at or --from/--to names (checked, or a UsageError). */
export function windowOf(
  dataset: Dataset,
  args: Pick<ParsedArgs, 'view' | 'at' | 'from' | 'to'>,
): NamedWindow {
  if (args.view !== undefined) {
    const view = dataset.viewById[args.view];
    if (!view) {
      throw new UsageError(
        `unknown view "${args.view}" (views: ${dataset.views.map((v) => v.id).join(', ') || 'none'})`,
      );
    }
    return { label: view.label, window: viewWindow(view), viewId: view.id };
  }
  if (args.at !== undefined) {
    const at = checkedDate('--at', args.at);
    const window = /^\d{4}-\d{2}-\d{2}$/.test(at)
      ? instantWindow(firstDay(at))
      : { start: firstDay(at), end: lastDay(at) };
    return { label: at, window };
  }
  return rangeWindow(args.from ?? '', args.to ?? '', '--from', '--to');
}

export function resolveRequest(args: ParsedArgs, dataset: Dataset): AnalyzeRequest {
  if (args.help) return { kind: 'help' };
  const common = { json: args.json, ...(args.data === undefined ? {} : { data: args.data }) };
  if (args.series) {
    return {
      kind: 'series',
      from: Number(args.series[0]),
      to: Number(args.series[1]),
      ...common,
    };
  }
  if (args.compare) {
    return {
      kind: 'compare',
      before: viewByIdOrRange(dataset, args.compare[0]),
      after: viewByIdOrRange(dataset, args.compare[1]),
      ...common,
    };
  }
  return { kind: 'window', target: windowOf(dataset, args), ...common };
}
