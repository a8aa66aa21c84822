// The window, filters and reading a link opens the explorer on — what its first picture is
// computed for — from the link and the data alone, with no explorer. The explorer's choices use
// the same window rule (choices.svelte.ts), and a test holds the two together for many links. The
// engine worker uses it to work out a large data set's first window while the page receives the
// data, instead of the page working it out after (session.svelte.ts).
import type { Dataset } from '../core/data/dataset';
import type { OpeningQuery } from '../core/engine/engine';
import { timelineSpan } from '../core/time/span';
import { viewWindow, yearWindow, type Window } from '../core/time/time';
import type { WindowSpec } from './inputs';
import { parseUrlState } from './url';

/** The window a choice of window names: an era's, a span of years, or (no such era) every year. */
export function windowOf(
  spec: WindowSpec,
  dataset: Dataset,
  years: { readonly min: number; readonly max: number },
): Window {
  if (spec.kind === 'years') return yearWindow(spec.from, spec.to);
  const view = dataset.viewById[spec.id];
  return view ? viewWindow(view) : yearWindow(years.min, years.max);
}

/** What the explorer opened on this link shows first. */
export function openingQuery(search: string, dataset: Dataset): OpeningQuery {
  const { inputs } = parseUrlState(search, dataset);
  let spec = inputs.window;
  // As ExplorerChoices.setMode: a link comparing an era with itself moves on to another era.
  if (inputs.mode !== 'single' && spec.kind === 'view' && spec.id === inputs.reference) {
    const other = dataset.views.find((v) => v.id !== inputs.reference);
    if (other) spec = { kind: 'view', id: other.id };
  }
  const referenceView = dataset.viewById[inputs.reference];
  return {
    hiddenTypes: inputs.hiddenTypes,
    hiddenActors: inputs.hiddenActors,
    window: windowOf(spec, dataset, timelineSpan(dataset)),
    scoring: { mode: inputs.scoreMode, layers: inputs.layers, confidence: inputs.confidence },
    reference: referenceView ? viewWindow(referenceView) : null,
  };
}
