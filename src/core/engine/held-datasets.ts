// The data sets the engine holds: the latest shipped one and the latest import, each let go when
// the next of its kind replaces it, with the filtered copies made of each (a few, the most
// recently used), so that letting a data set go lets its copies go too.
import type { Dataset } from '../data/dataset';
import type { DataError } from '../data/errors';
import { filterDataset } from '../data/filters';

/**
 * What a data set replaces: the shipped data (or the dev server's newer version of them), or an
 * import (a new one, or one kept from an earlier visit). The page shows at most one of each, so
 * the engine holds at most one of each (the client, src/ui/engine/client.ts, keeps the same two).
 */
export type DatasetKind = 'shipped' | 'imported';

interface Held {
  readonly dataset: Dataset;
  readonly kind: DatasetKind;
  /** Filtered copies by the filters that made them, the most recently used last. */
  readonly filtered: Map<string, Dataset>;
}

/** How many filtered copies of a data set are kept: enough to switch filters back and forth. */
export const FILTERED_KEPT = 4;

type Refusal = { ok: false; errors: DataError[] };

export class HeldDatasets {
  /**
   * The data sets held, by the number the engine answered with, each with its filtered copies:
   * one owner, so that letting a data set go lets its copies go too.
   */
  private readonly held = new Map<number, Held>();
  private next = 1;

  /** How much is held: data sets, and filtered copies of them. */
  holding(): { readonly datasets: number; readonly filtered: number } {
    let filtered = 0;
    for (const held of this.held.values()) filtered += held.filtered.size;
    return { datasets: this.held.size, filtered };
  }

  /** Holds a new data set, letting go the one it replaces (the earlier one of its kind): its number. */
  keep(dataset: Dataset, kind: DatasetKind): number {
    for (const [id, held] of this.held) if (held.kind === kind) this.held.delete(id);
    const id = this.next++;
    this.held.set(id, { dataset, kind, filtered: new Map() });
    return id;
  }

  /** The data set of this kind held now, with its number, if any. */
  latest(kind: DatasetKind): { readonly id: number; readonly dataset: Dataset } | undefined {
    for (const [id, held] of this.held)
      if (held.kind === kind) return { id, dataset: held.dataset };
    return undefined;
  }

  /** The shipped data set held under `id`, for an import added to it, or the error of one that is not held. */
  shipped(id: number | undefined, file: string): Dataset | Refusal {
    const held = id === undefined ? undefined : this.held.get(id);
    if (held?.kind === 'shipped') return held.dataset;
    const message =
      'cannot be added to the shipped data: they are not loaded (reload the page, or choose "Replace the shipped data")';
    return { ok: false, errors: [{ file, message }] };
  }

  /** The data set with the request's filters, or an error naming the missing data set. */
  filtered(request: {
    readonly dataset: number;
    readonly hiddenTypes: readonly string[];
    readonly hiddenActors: readonly string[];
  }): Dataset | Refusal {
    const held = this.held.get(request.dataset);
    if (!held) {
      const why =
        Number.isInteger(request.dataset) && request.dataset > 0 && request.dataset < this.next
          ? 'it was replaced by a newer one and let go'
          : 'it was never loaded';
      return {
        ok: false,
        errors: [{ file: '(engine)', message: `has no data set ${request.dataset}: ${why}` }],
      };
    }
    // JSON, not a join: the filters come from the URL, and no id may pass for two.
    const key = JSON.stringify([[...request.hiddenTypes].sort(), [...request.hiddenActors].sort()]);
    let dataset = held.filtered.get(key);
    if (dataset) held.filtered.delete(key);
    else
      dataset = filterDataset(held.dataset, {
        hiddenTypes: request.hiddenTypes,
        hiddenActors: request.hiddenActors,
      });
    // The most recently used last, so that the copy let go beyond FILTERED_KEPT is the oldest.
    held.filtered.set(key, dataset);
    for (const oldest of held.filtered.keys()) {
      if (held.filtered.size <= FILTERED_KEPT) break;
      held.filtered.delete(oldest);
    }
    return dataset;
  }
}
