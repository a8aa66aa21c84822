// The engine: the heavy work that runs off the page's main thread, in a worker — validating
// data (the shipped files, an import, an import kept from an earlier visit) and the graphology
// part of the analysis. Request → reply; the worker only passes messages. It holds the latest
// shipped data and the latest import, each let go when the next of its kind replaces it.
import type { WindowExtras } from '../analysis/analysis-core';
import type { Tie } from '../analysis/ties';
import type { Dataset } from '../data/dataset';
import type { DataError } from '../data/errors';
import { filterDataset } from '../data/filters';
import type { importData as ImportData, ImportFile } from '../exchange/import/import';
import { datasetOfParts, type DatasetParts } from '../exchange/import/reply';
import { loadDataset, type DataFile } from '../data/load';
import type { RelationType } from '../data/schema';
import type { ScoreOptions } from '../analysis/scoring';
import { campSeries, type CampYear } from '../analysis/series';
import { signedTies } from '../analysis/ties';
import type { Window } from '../time/time';

/** What a window's extras depend on, beside the data set (core/analysis/analysis.ts analyzeExtras). */
export interface ExtrasQuery {
  readonly hiddenTypes: readonly string[];
  readonly hiddenActors: readonly string[];
  readonly window: Window;
  readonly scoring: ScoreOptions;
  /** Compute betweenness too (slow on large graphs; asked for only when shown). */
  readonly betweenness?: boolean;
}

/** What the year strip's camp series depends on, beside the data set (core/analysis/series.ts campSeries). */
export interface StripQuery {
  readonly hiddenTypes: readonly string[];
  readonly hiddenActors: readonly string[];
  readonly scoring: ScoreOptions;
  readonly from: number;
  readonly to: number;
  readonly pValues: boolean;
}

export type EngineRequest =
  | { readonly kind: 'load'; readonly files: readonly DataFile[] }
  | {
      readonly kind: 'import';
      readonly files: readonly ImportFile[];
      readonly relationTypes: readonly RelationType[];
    }
  | { readonly kind: 'restore'; readonly name: string; readonly parts: DatasetParts }
  | ({ readonly kind: 'extras'; readonly dataset: number } & ExtrasQuery)
  | ({ readonly kind: 'strip'; readonly dataset: number } & StripQuery);

export type DatasetReply =
  | {
      readonly ok: true;
      /** The engine's handle on the data set, for later `extras` requests. */
      readonly dataset: number;
      readonly parts: DatasetParts;
      readonly name: string;
      readonly notices: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly DataError[] };

export type ExtrasReply =
  | { readonly ok: true; readonly extras: WindowExtras }
  | { readonly ok: false; readonly errors: readonly DataError[] };

export type StripReply =
  | { readonly ok: true; readonly years: readonly CampYear[] }
  | { readonly ok: false; readonly errors: readonly DataError[] };

/** Centrality and communities of a window's ties (core/analysis/analysis.ts, with graphology). */
export type ExtrasAnalysis = (
  actorIds: readonly string[],
  dyads: readonly Tie[],
  options?: { readonly betweenness?: boolean },
) => WindowExtras;

/**
 * The parts of the engine that only some requests need: graph analysis (graphology) for
 * extras, the readers of CSV, GEXF and bundles for imports. The worker loads each when first
 * needed, so that validating the data at start waits for neither.
 */
export interface EngineParts {
  readonly analyzeExtras?: ExtrasAnalysis;
  readonly importData?: typeof ImportData;
}

/** Which part a request needs, if any. */
export function partFor(request: EngineRequest): keyof EngineParts | undefined {
  return request.kind === 'extras'
    ? 'analyzeExtras'
    : request.kind === 'import'
      ? 'importData'
      : undefined;
}

/**
 * What a data set replaces: the shipped data (or the dev server's newer version of them), or an
 * import (a new one, or one kept from an earlier visit). The page shows at most one of each, so
 * the engine holds at most one of each (the client, src/ui/engine/client.ts, keeps the same two).
 */
type DatasetKind = 'shipped' | 'imported';

interface Held {
  readonly dataset: Dataset;
  readonly kind: DatasetKind;
  /** Filtered copies by the filters that made them, the most recently used last. */
  readonly filtered: Map<string, Dataset>;
}

/** How many filtered copies of a data set are kept: enough to switch filters back and forth. */
export const FILTERED_KEPT = 4;

function missing(part: string): { ok: false; errors: DataError[] } {
  return { ok: false, errors: [{ file: '(engine)', message: `has not loaded ${part}` }] };
}

export class Engine {
  private parts: EngineParts;

  constructor(parts: EngineParts = {}) {
    this.parts = { ...parts };
  }

  has(part: keyof EngineParts): boolean {
    return this.parts[part] !== undefined;
  }

  use(parts: EngineParts): void {
    this.parts = { ...this.parts, ...parts };
  }

  /**
   * The data sets the engine holds, by the number it answered with, each with its filtered
   * copies: one owner, so that letting a data set go lets its copies go too.
   */
  private readonly held = new Map<number, Held>();
  private next = 1;

  /** How much the engine holds: data sets, and filtered copies of them. */
  holding(): { readonly datasets: number; readonly filtered: number } {
    let filtered = 0;
    for (const held of this.held.values()) filtered += held.filtered.size;
    return { datasets: this.held.size, filtered };
  }

  /** Holds a new data set, letting go the one it replaces (the earlier one of its kind). */
  private keep(
    dataset: Dataset,
    kind: DatasetKind,
    name: string,
    notices: readonly string[],
  ): DatasetReply {
    for (const [id, held] of this.held) if (held.kind === kind) this.held.delete(id);
    const id = this.next++;
    this.held.set(id, { dataset, kind, filtered: new Map() });
    const { actors, relationTypes, relations, views } = dataset;
    return {
      ok: true,
      dataset: id,
      parts: { actors, relationTypes, relations, views },
      name,
      notices,
    };
  }

  load(files: readonly DataFile[]): DatasetReply {
    const result = loadDataset(files);
    return result.ok ? this.keep(result.dataset, 'shipped', 'graph-data', []) : result;
  }

  import(files: readonly ImportFile[], relationTypes: readonly RelationType[]): DatasetReply {
    const importData = this.parts.importData;
    if (!importData) return missing('the import readers');
    const result = importData(files, { relationTypes });
    return result.ok ? this.keep(result.dataset, 'imported', result.name, result.notices) : result;
  }

  restore(name: string, parts: DatasetParts): DatasetReply {
    const result = datasetOfParts(parts, name);
    return result.ok ? this.keep(result.dataset, 'imported', name, []) : result;
  }

  /** The data set with the request's filters, or an error naming the missing data set. */
  private filteredFor(
    request: { readonly dataset: number } & Pick<ExtrasQuery, 'hiddenTypes' | 'hiddenActors'>,
  ): Dataset | { ok: false; errors: DataError[] } {
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

  strip(request: Extract<EngineRequest, { kind: 'strip' }>): StripReply {
    const dataset = this.filteredFor(request);
    if ('ok' in dataset) return dataset;
    return {
      ok: true,
      years: campSeries(dataset, request.from, request.to, request.scoring, request.pValues),
    };
  }

  extras(request: Extract<EngineRequest, { kind: 'extras' }>): ExtrasReply {
    const analyzeExtras = this.parts.analyzeExtras;
    if (!analyzeExtras) return missing('the graph analysis');
    const dataset = this.filteredFor(request);
    if ('ok' in dataset) return dataset;
    return {
      ok: true,
      extras: analyzeExtras(
        dataset.actors.map((a) => a.id),
        signedTies(dataset, request.window, request.scoring),
        { betweenness: request.betweenness ?? false },
      ),
    };
  }

  handle(request: EngineRequest): DatasetReply | ExtrasReply | StripReply {
    try {
      switch (request.kind) {
        case 'load':
          return this.load(request.files);
        case 'import':
          return this.import(request.files, request.relationTypes);
        case 'restore':
          return this.restore(request.name, request.parts);
        case 'extras':
          return this.extras(request);
        case 'strip':
          return this.strip(request);
      }
    } catch (error) {
      return {
        ok: false,
        errors: [{ file: '(engine)', message: `failed unexpectedly: ${(error as Error).message}` }],
      };
    }
  }
}
