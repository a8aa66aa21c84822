// The explorer's state: the chosen era is the input; window, names, ties and graph elements derive
// from it. Components read these and call selectView(); nothing else writes.
import { getContext, setContext } from 'svelte';
import type { Dataset } from '../core/dataset';
import { formatDate } from '../core/dates';
import { bearingCircleLayout, type Point } from '../core/layout';
import { nameOn } from '../core/names';
import type { View } from '../core/schema';
import { signedTies, type Tie } from '../core/ties';
import { viewWindow, type Window } from '../core/time';

export class Explorer {
  readonly positions: Readonly<Record<string, Point>>;
  viewId = $state('');

  // $derived.by: the closures read `this.dataset`, which the constructor sets before any read.
  readonly view: View | undefined = $derived.by(() => this.dataset.viewById[this.viewId]);
  readonly window: Window = $derived(
    this.view ? viewWindow(this.view) : { start: -Infinity, end: Infinity },
  );
  readonly ties: readonly Tie[] = $derived.by(() => signedTies(this.dataset, this.window));
  readonly actors: readonly { id: string; label: string }[] = $derived.by(() =>
    this.dataset.actors.map((actor) => ({
      id: actor.id,
      label: Number.isFinite(this.window.end) ? nameOn(actor, this.window.end) : actor.name,
    })),
  );
  readonly caption: string = $derived(
    this.view
      ? `${this.view.label} · ${formatDate(this.view.start)} – ${formatDate(this.view.end)}`
      : 'All time',
  );

  constructor(readonly dataset: Dataset) {
    this.positions = bearingCircleLayout(dataset.actors);
    this.viewId = dataset.views[0]?.id ?? '';
  }

  selectView(id: string): void {
    if (this.dataset.viewById[id]) this.viewId = id;
  }
}

const KEY = Symbol('explorer');

export function setExplorer(explorer: Explorer): Explorer {
  return setContext(KEY, explorer);
}

/** The context map for `mount(Component, { context })`, for mounting a part of the UI alone. */
export function explorerContext(explorer: Explorer): Map<symbol, Explorer> {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a context map for mount(), not state
  return new Map([[KEY, explorer]]);
}

export function getExplorer(): Explorer {
  const explorer = getContext<Explorer | undefined>(KEY);
  if (!explorer)
    throw new Error('Expected an Explorer in context: call setExplorer() in a parent component');
  return explorer;
}
