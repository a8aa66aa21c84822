// The engine: the heavy work that runs off the page's main thread, in a worker — validating
// data (the shipped files, an import, an import kept from an earlier visit) and the graphology
// part of the analysis. Request → reply; the worker only passes messages. It holds the latest
// shipped data and the latest import, each let go when the next of its kind replaces it
// (held-datasets.ts).
import { leanCore } from '../analysis/lean-core';
import type { Dataset } from '../data/dataset';
import type { DataError } from '../data/errors';
import type { ImportFile } from '../exchange/import/import';
import { CANCELLED, type ImportWatch } from '../exchange/import/progress';
import { datasetOfParts, type DatasetParts } from '../exchange/import/reply';
import { loadDataset, type DataFiles } from '../data/load';
import { unpackDataBytes } from '../data/packed';
import type { RelationType } from '../data/schema';
import { countedTies, signedTies } from '../analysis/ties';
import { isLargeGraph } from '../scene/picture';
import type { Window } from '../time/time';
import { HeldDatasets, type DatasetKind } from './held-datasets';
import { OPENING_PARTS, type EngineParts } from './parts';
import type {
  CoreReply,
  DatasetReply,
  EngineReply,
  EngineRequest,
  ExtrasReply,
  ImportOptions,
  ImportRequest,
  OpeningReply,
  RestoreOptions,
  StripReply,
} from './requests';

export type * from './requests';

export { OPENING_PARTS, partFor, type EngineParts, type ExtrasAnalysis } from './parts';

function missing(part: string): { ok: false; errors: DataError[] } {
  return { ok: false, errors: [{ file: '(engine)', message: `has not loaded ${part}` }] };
}

export class Engine {
  private parts: EngineParts;
  /** The data sets the engine holds, each with its filtered copies. */
  private readonly datasets = new HeldDatasets();

  constructor(parts: EngineParts = {}) {
    this.parts = { ...parts };
  }

  has(part: keyof EngineParts): boolean {
    return this.parts[part] !== undefined;
  }

  use(parts: EngineParts): void {
    this.parts = { ...this.parts, ...parts };
  }

  /** How much the engine holds: data sets, and filtered copies of them. */
  holding(): { readonly datasets: number; readonly filtered: number } {
    return this.datasets.holding();
  }

  /** Holds a new data set, letting go the one it replaces (the earlier one of its kind). */
  private keep(
    dataset: Dataset,
    kind: DatasetKind,
    name: string,
    notices: readonly string[],
  ): DatasetReply {
    const id = this.datasets.keep(dataset, kind);
    const { actors, relationTypes, relations, views } = dataset;
    return {
      ok: true,
      dataset: id,
      parts: { actors, relationTypes, relations, views },
      name,
      notices,
    };
  }

  /**
   * The shipped data: a folder's files, or the packed bytes a build serves. With `relationsOnPage`
   * (the page reads the same files' relations itself), the reply leaves the relations out when
   * they are exactly what that reading makes, and says how many.
   */
  load(files: DataFiles, relationsOnPage = false): DatasetReply {
    if (files instanceof ArrayBuffer) {
      const unpacked = unpackDataBytes(files);
      if (!unpacked.ok)
        return { ok: false, errors: [{ file: 'graph-data', message: unpacked.message }] };
      files = unpacked.files;
    }
    const result = loadDataset(files);
    if (!result.ok) return result;
    const reply = this.keep(result.dataset, 'shipped', 'graph-data', []);
    if (!(relationsOnPage && result.relationsAsParsed && reply.ok)) return reply;
    return {
      ...reply,
      parts: { ...reply.parts, relations: [] },
      relationsOnPage: result.dataset.relations.length,
    };
  }

  /** An import of files in memory (tests, and the state's tests without a worker). */
  import(
    files: readonly ImportFile[],
    relationTypes: readonly RelationType[],
    options: ImportOptions = {},
  ): DatasetReply {
    const importData = this.parts.importData;
    if (!importData) return missing('the import readers');
    let result;
    if (options.into === 'add') {
      const names = files.map((f) => f.name).join(', ') || '(import)';
      const shipped = this.datasets.shipped(options.shipped, names);
      if ('ok' in shipped) return shipped;
      result = importData(files, shipped, 'add');
    } else {
      result = importData(files, { relationTypes, actors: options.actors ?? [] });
    }
    return result.ok ? this.keep(result.dataset, 'imported', result.name, result.notices) : result;
  }

  /**
   * An import of files read as streams, reporting progress to `watch`. Cancelled, it answers
   * an error and keeps what the engine held: the data shown stay as they were.
   */
  async importStreams(request: ImportRequest, watch: ImportWatch = {}): Promise<DatasetReply> {
    const importSources = this.parts.importSources;
    if (!importSources) return missing('the import readers');
    const names = request.files.map((f) => f.name).join(', ') || '(import)';
    let result;
    if (request.into === 'add') {
      const shipped = this.datasets.shipped(request.shipped, names);
      if ('ok' in shipped) return shipped;
      result = await importSources(request.files, shipped, 'add', watch);
    } else {
      const base = { relationTypes: request.relationTypes, actors: request.actors ?? [] };
      result = await importSources(request.files, base, 'replace', watch);
    }
    if (result === 'cancelled' || watch.signal?.aborted)
      return { ok: false, errors: [{ file: names, message: CANCELLED }] };
    return result.ok ? this.keep(result.dataset, 'imported', result.name, result.notices) : result;
  }

  restore(name: string, parts: DatasetParts, options: RestoreOptions = {}): DatasetReply {
    let result;
    if (options.into === 'add') {
      const shipped = this.datasets.shipped(options.shipped, name);
      if ('ok' in shipped) return shipped;
      const addParts = this.parts.addParts;
      if (!addParts) return missing('the merging of an import into the shipped data');
      result = addParts(shipped, parts, name);
    } else {
      result = datasetOfParts(parts, name);
    }
    return result.ok ? this.keep(result.dataset, 'imported', name, []) : result;
  }

  strip(request: Extract<EngineRequest, { kind: 'strip' }>): StripReply {
    const campSeries = this.parts.campSeries;
    if (!campSeries) return missing('the year strip');
    const dataset = this.datasets.filtered(request);
    if ('ok' in dataset) return dataset;
    return {
      ok: true,
      years: campSeries(dataset, request.from, request.to, request.scoring, request.pValues),
    };
  }

  /** A window's ties, camps and balance, without the relations behind each tie (lean-core.ts). */
  core(request: Extract<EngineRequest, { kind: 'core' }>): CoreReply {
    const analyzeCore = this.parts.analyzeCore;
    if (!analyzeCore) return missing('the window analysis');
    const dataset = this.datasets.filtered(request);
    if ('ok' in dataset) return dataset;
    // Ties with their relations counted, not listed: the page works the lists out when asked.
    const core = analyzeCore(dataset, request.window, {}, request.scoring, countedTies);
    return { ok: true, core: leanCore(core) };
  }

  /** The parts an opening request needs now: none unless the shipped data set held is large. */
  openingParts(): (keyof EngineParts)[] {
    const held = this.datasets.latest('shipped');
    const large =
      held !== undefined &&
      isLargeGraph({ nodes: held.dataset.actors.length, edges: held.dataset.relations.length });
    return large ? [...OPENING_PARTS] : [];
  }

  opening(request: Extract<EngineRequest, { kind: 'opening' }>): OpeningReply {
    const held = this.datasets.latest('shipped');
    if (!held || this.openingParts().length === 0) return { ok: true, opening: null };
    const openingQuery = this.parts.openingQuery;
    if (!openingQuery) return missing('the opening window');
    const query = openingQuery(request.search, held.dataset);
    const core = (window: Window): CoreReply =>
      this.core({ kind: 'core', dataset: held.id, ...query, window });
    const current = core(query.window);
    if (!current.ok) return current;
    // The link often opens on the reference era itself (the first era, by default): its core is
    // the same, worked out once and sent once (a message holds an object given twice once).
    const { window, reference: era } = query;
    const same = era !== null && era.start === window.start && era.end === window.end;
    const reference = era === null ? null : same ? current : core(era);
    if (reference && !reference.ok) return reference;
    const referenceCore = reference?.ok ? reference.core : null;
    return { ok: true, opening: { query, core: current.core, referenceCore } };
  }

  extras(request: Extract<EngineRequest, { kind: 'extras' }>): ExtrasReply {
    const analyzeExtras = this.parts.analyzeExtras;
    if (!analyzeExtras) return missing('the graph analysis');
    const dataset = this.datasets.filtered(request);
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

  /** The reply to a request; an import's is a promise, as it reads its files as they come. */
  handle(request: ImportRequest, watch?: ImportWatch): Promise<DatasetReply>;
  handle(
    request: Exclude<EngineRequest, ImportRequest>,
  ): DatasetReply | ExtrasReply | CoreReply | OpeningReply | StripReply;
  handle(request: EngineRequest, watch?: ImportWatch): EngineReply;
  handle(request: EngineRequest, watch?: ImportWatch): EngineReply {
    try {
      switch (request.kind) {
        case 'load':
          return this.load(request.files, request.relationsOnPage);
        case 'import':
          return this.importStreams(request, watch).catch((error: unknown) =>
            Engine.failure(error),
          );
        case 'restore':
          return this.restore(request.name, request.parts, request);
        case 'extras':
          return this.extras(request);
        case 'core':
          return this.core(request);
        case 'opening':
          return this.opening(request);
        case 'strip':
          return this.strip(request);
      }
    } catch (error) {
      return Engine.failure(error);
    }
  }

  private static failure(error: unknown): { ok: false; errors: DataError[] } {
    const message = `failed unexpectedly: ${(error as Error | undefined)?.message ?? String(error)}`;
    return { ok: false, errors: [{ file: '(engine)', message }] };
  }
}
