// The parts of the engine that only some requests need, loaded by the worker when first needed
// (ui/engine/engine.worker.ts), and which part a request needs.
import type { analyzeCore as AnalyzeCore, WindowExtras } from '../analysis/analysis-core';
import type { campSeries as CampSeries } from '../analysis/series';
import type { Tie } from '../analysis/ties';
import type { Dataset } from '../data/dataset';
import type { importData as ImportData } from '../exchange/import/import';
import type { importSources as ImportSources } from '../exchange/import/import-stream';
import type { addParts as AddParts } from '../exchange/import/merge';
import type { EngineRequest, OpeningQuery } from './requests';

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
  /** A window's ties, camps and balance (core requests). */
  readonly analyzeCore?: typeof AnalyzeCore;
  /** The year strip's camps, year by year (strip requests). */
  readonly campSeries?: typeof CampSeries;
  readonly importData?: typeof ImportData;
  readonly importSources?: typeof ImportSources;
  /** An import kept from an earlier visit added again to the shipped data (restore, `into: 'add'`). */
  readonly addParts?: typeof AddParts;
  /** The window, filters and reading a link opens on (state/opening.ts): opening requests. */
  readonly openingQuery?: (search: string, dataset: Dataset) => OpeningQuery;
}

/** The parts the opening of a large data set needs (Engine.openingParts). */
export const OPENING_PARTS = [
  'analyzeCore',
  'openingQuery',
] as const satisfies readonly (keyof EngineParts)[];

/** Which part a request needs, if any. */
export function partFor(request: EngineRequest): keyof EngineParts | undefined {
  switch (request.kind) {
    case 'extras':
      return 'analyzeExtras';
    case 'core':
      return 'analyzeCore';
    case 'strip':
      return 'campSeries';
    case 'import':
      return 'importSources';
    case 'restore':
      return request.into === 'add' ? 'addParts' : undefined;
    default:
      return undefined;
  }
}
