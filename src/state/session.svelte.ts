// The session: which data set the explorer shows — the shipped one or an imported one — and what
// went wrong on the way. An import that fails changes nothing that was shown; a good one replaces
// the data in every view and is kept (IndexedDB) until the shipped data are restored.
import type { Dataset } from '../core/dataset';
import type { DataError } from '../core/errors';
import { datasetOfParts, type DatasetParts, type ImportReply } from '../core/import/reply';
import { loadDataset, type DataFile } from '../core/load';
import { Explorer } from './explorer.svelte';

export interface SessionDeps {
  /** Runs an import (in a worker, in the browser). */
  readonly importer: (
    files: readonly File[],
    relationTypes: Dataset['relationTypes'],
  ) => Promise<ImportReply>;
  readonly store: {
    load(): Promise<{ name: string; notices: readonly string[]; parts: DatasetParts } | undefined>;
    save(value: { name: string; notices: readonly string[]; parts: DatasetParts }): Promise<void>;
    clear(): Promise<void>;
  };
}

export type Source =
  { readonly kind: 'shipped' } | { readonly kind: 'imported'; readonly name: string };

export class Session {
  explorer = $state.raw<Explorer | null>(null);
  source = $state.raw<Source>({ kind: 'shipped' });
  /** Errors of the shipped data (at start, or after an edit in dev); the last good view stays. */
  shippedErrors = $state.raw<readonly DataError[]>([]);
  importErrors = $state.raw<readonly DataError[]>([]);
  importNotices = $state.raw<readonly string[]>([]);
  busy = $state(false);
  private shipped: Dataset | null = null;

  constructor(
    shippedFiles: readonly DataFile[],
    private readonly deps: SessionDeps,
    search = '',
  ) {
    this.useShippedFiles(shippedFiles, search);
  }

  /** The shipped data, or the dev server's new version of them. */
  useShippedFiles(files: readonly DataFile[], search = this.explorer?.url ?? ''): void {
    const result = loadDataset(files);
    if (!result.ok) {
      this.shippedErrors = result.errors;
      return;
    }
    this.shipped = result.dataset;
    this.shippedErrors = [];
    if (this.source.kind === 'shipped') this.explorer = new Explorer(result.dataset, search);
  }

  /** At start: an import kept from an earlier visit replaces the shipped data. */
  async restoreSaved(search = ''): Promise<void> {
    const saved = await this.deps.store.load();
    if (!saved) return;
    const result = datasetOfParts(saved.parts, saved.name);
    if (!result.ok) {
      this.importNotices = [
        `The data imported earlier (${saved.name}) no longer load, so the shipped data are shown.`,
      ];
      await this.deps.store.clear();
      return;
    }
    this.explorer = new Explorer(result.dataset, search);
    this.source = { kind: 'imported', name: saved.name };
    this.importNotices = saved.notices;
  }

  async importFiles(files: readonly File[]): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    try {
      const vocabulary = (this.shipped ?? this.explorer?.dataset)?.relationTypes ?? [];
      const reply = await this.deps.importer(files, vocabulary);
      if (!reply.ok) {
        this.importErrors = reply.errors;
        return false;
      }
      const result = datasetOfParts(reply.parts, reply.name);
      if (!result.ok) {
        this.importErrors = result.errors;
        return false;
      }
      this.explorer = new Explorer(result.dataset, '');
      this.source = { kind: 'imported', name: reply.name };
      this.importErrors = [];
      this.importNotices = reply.notices;
      await this.deps.store.save({ name: reply.name, notices: reply.notices, parts: reply.parts });
      return true;
    } finally {
      this.busy = false;
    }
  }

  async restoreShipped(): Promise<void> {
    await this.deps.store.clear();
    this.source = { kind: 'shipped' };
    this.importErrors = [];
    this.importNotices = [];
    if (this.shipped) this.explorer = new Explorer(this.shipped, '');
  }

  dismissImportErrors(): void {
    this.importErrors = [];
  }
}
