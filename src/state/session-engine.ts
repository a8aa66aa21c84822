// What the session asks of the engine (the worker's client, ui/engine/client.ts, or the tests'
// engine in the same thread) and of storage: their shapes, apart from the session itself.
import type { WindowExtras } from '../core/analysis/analysis-core';
import type { LeanCore } from '../core/analysis/lean-core';
import type { CampYear } from '../core/analysis/series';
import type { DataFiles } from '../core/data/load';
import type { RelationType } from '../core/data/schema';
import type {
  CoreQuery,
  DatasetReply,
  ExtrasQuery,
  ImportOptions,
  Opening,
  RestoreOptions,
  StripQuery,
} from '../core/engine/engine';
import type { DatasetParts } from '../core/exchange/import/reply';
import type { ImportRunWatch } from './import-run.svelte';
import type { KeptImport } from './kept-import';

/**
 * The shipped data as the page has them: the build's data file as bytes (a small one) or a Blob,
 * which the engine worker reads (ui/engine/posted.ts; the dev server's too), or a folder's files
 * (a dev server's edit).
 */
export type ShippedFiles = DataFiles | Blob;

export interface SessionEngine {
  load(files: ShippedFiles): Promise<DatasetReply>;
  /**
   * A large data set's first window core, worked out while the page receives the data: asked
   * right after `load` (EngineClient.opening). Without it the page works it out itself.
   */
  opening?(search: string): Promise<Opening | undefined>;
  importFiles(
    files: readonly File[],
    relationTypes: readonly RelationType[],
    options?: ImportOptions,
    watch?: ImportRunWatch,
  ): Promise<DatasetReply>;
  restore(name: string, parts: DatasetParts, options?: RestoreOptions): Promise<DatasetReply>;
  extras(dataset: number, query: ExtrasQuery): Promise<WindowExtras | undefined>;
  /** A window's core, for a large data set (without it the page computes every core itself). */
  core?(dataset: number, query: CoreQuery): Promise<LeanCore | undefined>;
  strip(dataset: number, query: StripQuery): Promise<readonly CampYear[] | undefined>;
}

export interface SessionStore {
  /** What storage holds (undefined for nothing): untrusted, checked by readKeptImport. */
  load(): Promise<unknown>;
  save(value: KeptImport): Promise<void>;
  clear(): Promise<void>;
}
