// The explorer in Svelte context, for the components that read its state and call its intents.
import { getContext, setContext } from 'svelte';
import type { Explorer } from './explorer.svelte';

const KEY = Symbol('explorer');

export function setExplorer(explorer: Explorer): Explorer {
  return setContext(KEY, explorer);
}

/** The context map for `mount(Component, { context })`, for mounting a part of the UI alone. */
export function explorerContext(explorer: Explorer): Map<symbol, Explorer> {
  return new Map([[KEY, explorer]]);
}

export function getExplorer(): Explorer {
  const explorer = getContext<Explorer | undefined>(KEY);
  if (!explorer)
    throw new Error('Expected an Explorer in context: call setExplorer() in a parent component');
  return explorer;
}
