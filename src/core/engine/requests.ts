// What the engine is asked and answers (engine.ts): the requests the page's worker passes on, and
// their replies. Plain data, so that they cross to a worker and back.
import type { WindowExtras } from '../analysis/analysis-core';
import type { LeanCore } from '../analysis/lean-core';
import type { DataError } from '../data/errors';
import type { ImportInto } from '../exchange/import/added';
import type { ImportSource } from '../exchange/import/import-stream';
import type { DatasetParts } from '../exchange/import/reply';
import type { DataFiles } from '../data/load';
import type { Actor, RelationType } from '../data/schema';
import type { ScoreOptions } from '../analysis/scoring';
import type { CampYear } from '../analysis/series';
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

/** What a window's core (ties, camps, balance) depends on, beside the data set. */
export type CoreQuery = Omit<ExtrasQuery, 'betweenness'>;

/** What the year strip's camp series depends on, beside the data set (core/analysis/series.ts campSeries). */
export interface StripQuery {
  readonly hiddenTypes: readonly string[];
  readonly hiddenActors: readonly string[];
  readonly scoring: ScoreOptions;
  readonly from: number;
  readonly to: number;
  readonly pValues: boolean;
}

/**
 * Where an import goes: in place of the shipped data (the default), or added to the shipped data
 * set the engine holds under `shipped`. Replacing, `actors` are the shipped actors, whose ids
 * the import may name without bringing them.
 */
export interface ImportOptions {
  readonly into?: ImportInto;
  readonly shipped?: number;
  readonly actors?: readonly Actor[];
}

/** Where a kept import goes: as it is, or added again to the shipped data set held under `shipped`. */
export type RestoreOptions = Pick<ImportOptions, 'into' | 'shipped'>;

export type EngineRequest =
  | {
      readonly kind: 'load';
      readonly files: DataFiles;
      /**
       * The page reads the relations of these files itself (core/data/packed-relations.ts): the
       * reply leaves them out when they are exactly what that reading makes, and says how many.
       */
      readonly relationsOnPage?: boolean;
    }
  | ({
      readonly kind: 'import';
      /** The files as the page picked them (File objects), read in the worker as streams. */
      readonly files: readonly ImportSource[];
      readonly relationTypes: readonly RelationType[];
    } & ImportOptions)
  | ({
      readonly kind: 'restore';
      readonly name: string;
      readonly parts: DatasetParts;
    } & RestoreOptions)
  | ({ readonly kind: 'extras'; readonly dataset: number } & ExtrasQuery)
  | ({ readonly kind: 'core'; readonly dataset: number } & CoreQuery)
  | ({ readonly kind: 'strip'; readonly dataset: number } & StripQuery)
  /**
   * The first window's core of the shipped data set loaded last, when it is large: the window a
   * link (`search`) opens on. Sent right after `load`, it is worked out while the page receives
   * the data (state/opening.ts, session.svelte.ts).
   */
  | { readonly kind: 'opening'; readonly search: string };

export type ImportRequest = Extract<EngineRequest, { kind: 'import' }>;

export type DatasetReply =
  | {
      readonly ok: true;
      /** The engine's handle on the data set, for later `extras` requests. */
      readonly dataset: number;
      readonly parts: DatasetParts;
      readonly name: string;
      readonly notices: readonly string[];
      /**
       * Set when the page asked to read the relations itself (`relationsOnPage`) and may: then
       * `parts.relations` is empty and this is how many the page's reading must give.
       */
      readonly relationsOnPage?: number;
    }
  | { readonly ok: false; readonly errors: readonly DataError[] };

export type ExtrasReply =
  | { readonly ok: true; readonly extras: WindowExtras }
  | { readonly ok: false; readonly errors: readonly DataError[] };

/** A window's core without the relations behind each tie (core/analysis/lean-core.ts). */
export type CoreReply =
  | { readonly ok: true; readonly core: LeanCore }
  | { readonly ok: false; readonly errors: readonly DataError[] };

/** A large data set's opening window and its core; null for a data set that is not large. */
export type OpeningReply =
  | { readonly ok: true; readonly opening: Opening | null }
  | { readonly ok: false; readonly errors: readonly DataError[] };

/** The window, filters and reading a link opens on, and its reference era's window if any. */
export type OpeningQuery = CoreQuery & { readonly reference: Window | null };

export interface Opening {
  readonly query: OpeningQuery;
  readonly core: LeanCore;
  /** The reference era's core, for the same filters and reading (null for none). */
  readonly referenceCore: LeanCore | null;
}

export type StripReply =
  | { readonly ok: true; readonly years: readonly CampYear[] }
  | { readonly ok: false; readonly errors: readonly DataError[] };

/** What the engine answers a request with: an import's answer comes when its files are read. */
export type EngineReply =
  DatasetReply | ExtrasReply | CoreReply | OpeningReply | StripReply | Promise<DatasetReply>;
