// The edges last drawn for a window's ties, with the choices they were drawn with: a scene built
// again when only the worker's measures came (communities, the p-value) keeps its edges — the
// same array — so the graph has nothing to redraw (thousands of ties on a large data set).
import type { Tie } from '../analysis/ties';
import type { Dataset } from '../data/dataset';
import type { Selection } from './selection';

const selectionKey = (s: Selection): string =>
  s ? (s.kind === 'actor' ? `actor ${s.id}` : `tie ${s.a} ${s.b}`) : '';

const kept = new WeakMap<
  readonly Tie[],
  { readonly key: string; readonly dataset: Dataset; readonly edges: unknown }
>();

/** The edges of these ties drawn with these choices: made by `make` once, then the same array. */
export function keptEdges<E>(
  dyads: readonly Tie[],
  dataset: Dataset,
  options: { readonly edgeMode: string; readonly selection: Selection },
  make: () => E,
): E {
  const key = `${options.edgeMode}|${selectionKey(options.selection)}`;
  const last = kept.get(dyads);
  if (last && last.key === key && last.dataset === dataset) return last.edges as E;
  const edges = make();
  kept.set(dyads, { key, dataset, edges });
  return edges;
}
