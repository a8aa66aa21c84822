// The explorer's inputs in the URL, so that a reload or a shared link restores the view.
// Parsing never throws: what it cannot read falls back to the default, with a notice saying so.
import type { Dataset } from '../core/data/dataset';
import { defaultScoring, normaliseLayers, sameLayers } from '../core/analysis/scoring';
import {
  EDGE_MODES,
  LAYERS,
  LAYOUTS,
  SCORE_MODES,
  MODES,
  SIZE_MEASURES,
  TABS,
  type ExplorerInputs,
  type Selection,
  type WindowSpec,
} from './inputs';

export interface ParsedUrl {
  readonly inputs: ExplorerInputs;
  readonly notices: readonly string[];
}

export function defaultInputs(dataset: Dataset): ExplorerInputs {
  const first = dataset.views[0]?.id ?? '';
  const scoring = defaultScoring(dataset);
  return {
    window: { kind: 'view', id: first },
    hiddenTypes: [],
    hiddenActors: [],
    selection: null,
    mode: 'single',
    reference: first,
    edgeMode: 'ties',
    layout: 'ring',
    sizeBy: 'strength',
    tab: 'graph',
    scoreMode: scoring.mode,
    layers: scoring.layers,
    confidence: scoring.confidence,
  };
}

/**
 * A year of the timeline as a plain integer: the data's dates are YYYY, so the timeline spans
 * years 0–9999, and a window before 1000 is written `from=0` or `from=632`.
 */
const YEAR = /^\d{1,4}$/;

/** The longest part of a link a notice quotes: a 100 KB query is quoted by its start. */
export const QUOTE_LIMIT = 80;

/** At most QUOTE_LIMIT characters of a part of the link, to quote in a notice. */
function excerpt(text: string): string {
  // By code points, so that an emoji is not cut in half; only the start is ever looked at.
  const chars = Array.from(text.slice(0, QUOTE_LIMIT * 2));
  return chars.length <= QUOTE_LIMIT && text.length <= QUOTE_LIMIT * 2
    ? text
    : `${chars.slice(0, QUOTE_LIMIT - 1).join('')}…`;
}

/** A part of the link in quotes, cut to an excerpt. */
const quote = (text: string): string => `"${excerpt(text)}"`;

function oneOf<T extends string>(values: readonly T[], text: string | null): T | undefined {
  return values.find((v) => v === text);
}

export function parseUrlState(search: string, dataset: Dataset): ParsedUrl {
  const params = new URLSearchParams(search);
  const defaults = defaultInputs(dataset);
  const notices: string[] = [];
  const bad = (what: string): void => {
    notices.push(what);
  };

  let window: WindowSpec = defaults.window;
  const view = params.get('view');
  const from = params.get('from');
  const to = params.get('to');
  if (view !== null) {
    if (dataset.viewById[view]) window = { kind: 'view', id: view };
    else bad(`the link names an era ${quote(view)} that this data set does not have`);
  } else if (from !== null || to !== null) {
    if (
      from !== null &&
      to !== null &&
      YEAR.test(from) &&
      YEAR.test(to) &&
      Number(from) <= Number(to)
    ) {
      window = { kind: 'years', from: Number(from), to: Number(to) };
    } else bad(`the link's years ${quote(`${from ?? ''}–${to ?? ''}`)} are not a window of years`);
  }

  const list = (name: string, known: (id: string) => boolean, what: string): string[] => {
    const raw = params.get(name);
    if (raw === null || raw === '') return [];
    const ids = raw.split(',');
    const unknown = ids.filter((id) => !known(id));
    if (unknown.length)
      bad(
        `the link hides unknown ${what} ${excerpt(
          unknown
            .slice(0, QUOTE_LIMIT)
            .map((u) => `"${u}"`)
            .join(', '),
        )}`,
      );
    return [...new Set(ids.filter(known))];
  };
  const hiddenTypes = list(
    'hideTypes',
    (id) => dataset.typeById[id] !== undefined,
    'relation types',
  );
  const hiddenActors = list('hideActors', (id) => dataset.actorById[id] !== undefined, 'actors');

  let selection: Selection = null;
  const sel = params.get('select');
  if (sel !== null) {
    const [a, b, ...rest] = sel.split('~');
    if (a && !b && dataset.actorById[a]) selection = { kind: 'actor', id: a };
    else if (
      a &&
      b &&
      rest.length === 0 &&
      a !== b &&
      dataset.actorById[a] &&
      dataset.actorById[b]
    ) {
      selection = a < b ? { kind: 'tie', a, b } : { kind: 'tie', a: b, b: a };
    } else bad(`the link selects ${quote(sel)}, which is not an actor or a pair of actors here`);
  }

  const pick = <T extends string>(name: string, values: readonly T[], fallback: T): T => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    const found = oneOf(values, raw);
    if (found === undefined)
      bad(`the link's ${name} ${quote(raw)} is not one of ${values.join(', ')}`);
    return found ?? fallback;
  };
  const mode = pick('mode', MODES, defaults.mode);
  const edgeMode = pick('edges', EDGE_MODES, defaults.edgeMode);
  const layout = pick('layout', LAYOUTS, defaults.layout);
  const sizeBy = pick('size', SIZE_MEASURES, defaults.sizeBy);
  const tab = pick('tab', TABS, defaults.tab);
  const scoreMode = pick('score', SCORE_MODES, defaults.scoreMode);
  const confidence = pick('confidence', ['on', 'off'] as const, 'on') === 'on';
  let layers = defaults.layers;
  const rawLayers = params.get('layers');
  if (rawLayers !== null) {
    const names = rawLayers.split(',');
    const known = LAYERS.filter((l) => names.includes(l));
    const unknown = names.filter((n) => !LAYERS.some((l) => l === n));
    if (unknown.length || known.length === 0)
      bad(`the link's layers ${quote(rawLayers)} are not a choice of ${LAYERS.join(', ')}`);
    if (known.length) layers = normaliseLayers(known);
  }

  let reference = defaults.reference;
  const ref = params.get('ref');
  if (ref !== null) {
    if (dataset.viewById[ref]) reference = ref;
    else bad(`the link compares with an era ${quote(ref)} that this data set does not have`);
  }

  return {
    inputs: {
      window,
      hiddenTypes,
      hiddenActors,
      selection,
      mode,
      reference,
      edgeMode,
      layout,
      sizeBy,
      tab,
      scoreMode,
      layers,
      confidence,
    },
    notices: notices.length
      ? [`Some of the link could not be used, so defaults stand in: ${notices.join('; ')}.`]
      : [],
  };
}

/** The query string for the inputs, leaving out what is at its default (so links stay short). */
export function serializeUrlState(inputs: ExplorerInputs, dataset: Dataset): string {
  const defaults = defaultInputs(dataset);
  const params = new URLSearchParams();
  if (inputs.window.kind === 'view') {
    params.set('view', inputs.window.id);
  } else {
    params.set('from', String(inputs.window.from));
    params.set('to', String(inputs.window.to));
  }
  if (inputs.hiddenTypes.length) params.set('hideTypes', [...inputs.hiddenTypes].sort().join(','));
  if (inputs.hiddenActors.length)
    params.set('hideActors', [...inputs.hiddenActors].sort().join(','));
  if (inputs.selection?.kind === 'actor') params.set('select', inputs.selection.id);
  if (inputs.selection?.kind === 'tie')
    params.set('select', `${inputs.selection.a}~${inputs.selection.b}`);
  if (inputs.mode !== defaults.mode) params.set('mode', inputs.mode);
  if (inputs.mode !== 'single' && inputs.reference !== defaults.reference)
    params.set('ref', inputs.reference);
  if (inputs.edgeMode !== defaults.edgeMode) params.set('edges', inputs.edgeMode);
  if (inputs.layout !== defaults.layout) params.set('layout', inputs.layout);
  if (inputs.sizeBy !== defaults.sizeBy) params.set('size', inputs.sizeBy);
  if (inputs.tab !== defaults.tab) params.set('tab', inputs.tab);
  if (inputs.scoreMode !== defaults.scoreMode) params.set('score', inputs.scoreMode);
  if (!sameLayers(inputs.layers, defaults.layers))
    params.set('layers', normaliseLayers(inputs.layers).join(','));
  if (inputs.confidence !== defaults.confidence)
    params.set('confidence', inputs.confidence ? 'on' : 'off');
  // Built by hand rather than with URLSearchParams.toString(), which would escape the "," and "~"
  // that keep these links readable; both are allowed in a query string.
  const text = [...params.entries()]
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/gi, ',')}`)
    .join('&');
  return text === '' ? '' : `?${text}`;
}
