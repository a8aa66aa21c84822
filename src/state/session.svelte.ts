// The session: which data set the explorer shows — the shipped one, an imported one, or the
// shipped one with an import added — and what went wrong on the way. Every data set comes through
// the engine (a worker), which validates it; an import that fails changes nothing that was shown;
// a good one replaces the data in every view (or joins them) and is kept (IndexedDB) until the
// shipped data are restored.
import { excerpt } from '../core/data/characters';
import { makeDataset, type Dataset } from '../core/data/dataset';
import type { CoreQuery, DatasetReply } from '../core/engine/engine';
import type { DataError } from '../core/data/errors';
import { addedParts, partCounts, type ImportInto } from '../core/exchange/import/added';
import type { Actor } from '../core/data/schema';
import { Explorer } from './explorer.svelte';
import { ImportRun, type ImportRunWatch } from './import-run.svelte';
import { readKeptImport } from './kept-import';

import type { SessionEngine, SessionStore, ShippedFiles } from './session-engine';
export type { SessionEngine, SessionStore } from './session-engine';

/** How many records of each kind an added import brought. */
export type AddedCounts = ReturnType<typeof partCounts>;

export type Source =
  | { readonly kind: 'shipped' }
  | { readonly kind: 'imported'; readonly name: string; readonly into: 'replace' }
  | {
      readonly kind: 'imported';
      readonly name: string;
      readonly into: 'add';
      readonly added: AddedCounts;
    };

interface Loaded {
  readonly dataset: Dataset;
  readonly id: number;
}

/** How long the page waits for a large data set's first window from the engine before its own. */
export const OPENING_WAIT_MS = 2000;
/** The promise's value, or undefined once `ms` have passed. */
function within<T>(promise: Promise<T> | undefined, ms: number): Promise<T | undefined> {
  if (!promise) return Promise.resolve(undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** How long the page waits for the import kept in IndexedDB before showing the shipped data. */
export const STORAGE_TIMEOUT_MS = 3000;
const STORAGE_SILENT = Symbol('storage did not answer');

export class Session {
  explorer = $state.raw<Explorer | null>(null);
  source = $state.raw<Source>({ kind: 'shipped' });
  /** Errors of the shipped data (at start, or after an edit in dev); the last good view stays. */
  shippedErrors = $state.raw<readonly DataError[]>([]);
  importErrors = $state.raw<readonly DataError[]>([]);
  importNotices = $state.raw<readonly string[]>([]);
  busy = $state(false);
  /** The import under way: its progress, and Cancel. */
  readonly importRun = new ImportRun();
  /** What the next import does to the shipped data: take their place, or join them. */
  importInto = $state<ImportInto>('replace');
  private shipped = $state.raw<Loaded | null>(null);

  constructor(private readonly deps: { engine: SessionEngine; store: SessionStore }) {}

  /** The shipped data's actors (none until they load), whose ids an import may name. */
  get shippedActors(): readonly Actor[] {
    return this.shipped?.dataset.actors ?? [];
  }

  private explorerFor(loaded: Loaded, search: string): Explorer {
    const engine = this.deps.engine;
    const core = engine.core?.bind(engine);
    return new Explorer(loaded.dataset, search, {
      extras: (query) => engine.extras(loaded.id, query),
      ...(core ? { core: (query: CoreQuery) => core(loaded.id, query) } : {}),
      strip: (query) => engine.strip(loaded.id, query),
    });
  }

  private static loaded(reply: DatasetReply & { ok: true }): Loaded {
    // The reply is already the page's own copy (the worker's message was cloned on the way), so
    // it is not cloned again (a quarter of a second for 100,000 relations). The client keeps the
    // same parts to reload a restarted worker; frozen, they can still be posted.
    return {
      dataset: makeDataset(reply.parts as Parameters<typeof makeDataset>[0]),
      id: reply.dataset,
    };
  }

  /** At start: the shipped data, then an import kept from an earlier visit if there is one. */
  async start(files: ShippedFiles, search = ''): Promise<void> {
    await this.useShippedFiles(files, search);
    await this.restoreSaved(search);
  }

  /** The shipped data, or the dev server's new version of them. */
  async useShippedFiles(files: ShippedFiles, search = this.explorer?.url ?? ''): Promise<void> {
    const loading = this.deps.engine.load(files);
    // Asked at once: the worker works out a large data set's first window while the page receives
    // the data (state/opening.ts), rather than the page after. Not waited for past a limit.
    const opening = this.deps.engine.opening?.(search);
    const reply = await loading;
    if (!reply.ok) {
      this.shippedErrors = reply.errors;
      return;
    }
    this.shipped = Session.loaded(reply);
    this.shippedErrors = [];
    if (this.source.kind !== 'shipped') return;
    const explorer = this.explorerFor(this.shipped, search);
    const first = await within(opening, OPENING_WAIT_MS);
    if (first) explorer.seedCores(first);
    this.explorer = explorer;
  }

  /**
   * The import kept from an earlier visit, if any. A kept value that is not a whole, valid import
   * is cleared, and the shipped data stay with a notice saying so, so that it cannot spoil every
   * later visit.
   */
  async restoreSaved(search = ''): Promise<void> {
    // The page waits for this before it shows anything: storage that never answers (a browser
    // busy with another tab's database, say) must not keep it blank.
    const stored = await Promise.race([
      this.deps.store.load(),
      new Promise<typeof STORAGE_SILENT>((resolve) =>
        setTimeout(() => resolve(STORAGE_SILENT), STORAGE_TIMEOUT_MS),
      ),
    ]);
    if (stored === STORAGE_SILENT) {
      this.importNotices = [
        `The browser's storage did not answer within ${STORAGE_TIMEOUT_MS / 1000} s, so the shipped data are shown; reload to see an import kept from an earlier visit.`,
      ];
      return;
    }
    if (stored === undefined) return;
    const read = readKeptImport(stored);
    if (!read.ok) return this.dropKept(`its stored copy is damaged: ${read.why}`);
    const { name, notices, parts, into } = read.kept;
    if (into === 'add' && !this.shipped) {
      // Kept for a visit whose shipped data load: without them there is nothing to add it to.
      this.importNotices = [
        `The import kept from an earlier visit (${excerpt(name)}) adds to the shipped data, which did not load; it is shown again when they do.`,
      ];
      return;
    }
    let reply: DatasetReply;
    try {
      reply = await this.deps.engine.restore(
        name,
        parts,
        into === 'add' ? { into, shipped: this.shipped?.id } : {},
      );
    } catch (error) {
      reply = { ok: false, errors: [{ file: name, message: String(error) }] };
    }
    if (!reply.ok) return this.dropKept(`${excerpt(name)} no longer loads`);
    this.explorer = this.explorerFor(Session.loaded(reply), search);
    this.source =
      into === 'add'
        ? { kind: 'imported', name, into, added: partCounts(parts) }
        : { kind: 'imported', name, into: 'replace' };
    this.importNotices = notices;
  }

  private async dropKept(why: string): Promise<void> {
    this.importNotices = [
      `The import kept from an earlier visit could not be restored (${why}), so the shipped data are shown.`,
    ];
    try {
      await this.deps.store.clear();
    } catch {
      // Storage that cannot be cleared is read and refused again next time; nothing more to do.
    }
  }

  /**
   * Imports files: true when they are shown. Never rejects: whatever fails on the way (a file the
   * browser cannot read, such as a folder dropped as a file; a worker that cannot be reached) is
   * listed as the import's error, and what was shown stays.
   */
  async importFiles(files: readonly File[]): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    try {
      return await this.takeImport(files, this.importRun.start());
    } catch (error) {
      // A picked file's path inside its folder, or its name; or how many files there were.
      const [only] = files;
      const name =
        files.length === 1 && only ? only.webkitRelativePath || only.name : `${files.length} files`;
      this.importErrors = [
        { file: name, message: `could not be imported: ${excerpt(String(error))}` },
      ];
      return false;
    } finally {
      this.busy = false;
      this.importRun.finish();
    }
  }

  private async takeImport(files: readonly File[], watch: ImportRunWatch): Promise<boolean> {
    const into = this.importInto;
    const shipped = this.shipped;
    if (into === 'add' && !shipped) {
      this.importErrors = [
        {
          file: files.length === 1 && files[0] ? files[0].name : `${files.length} files`,
          message:
            'cannot be added to the shipped data, which did not load: choose "Replace the shipped data"',
        },
      ];
      return false;
    }
    const vocabulary = (shipped?.dataset ?? this.explorer?.dataset)?.relationTypes ?? [];
    const reply = await this.deps.engine.importFiles(
      files,
      vocabulary,
      into === 'add'
        ? { into, shipped: shipped?.id }
        : { into, actors: shipped?.dataset.actors ?? [] },
      watch,
    );
    if (!reply.ok) {
      // Stopped by the user: nothing changed, and nothing went wrong.
      this.importErrors = watch.signal.aborted ? [] : reply.errors;
      return false;
    }
    // Built before it is kept, so that nothing is kept that cannot be shown. An addition keeps
    // the view as it was (every id in it is still there); a replacement starts afresh.
    const explorer = this.explorerFor(
      Session.loaded(reply),
      into === 'add' ? (this.explorer?.url ?? '') : '',
    );
    // An addition is kept as what it added, to be added again to the shipped data of the visit
    // that restores it.
    const parts =
      into === 'add' && shipped ? addedParts(reply.parts, shipped.dataset) : reply.parts;
    // Kept first, shown after: once the page says the import is shown, a reload or a link
    // followed at once finds it kept. Storage that refuses it costs only the keeping.
    let notices = reply.notices;
    try {
      await this.deps.store.save({ name: reply.name, notices, parts, into });
    } catch (error) {
      notices = [
        ...notices,
        `This import could not be kept for your next visit (${excerpt(String(error))}); it is shown until you leave.`,
      ];
    }
    this.explorer = explorer;
    this.source =
      into === 'add'
        ? { kind: 'imported', name: reply.name, into, added: partCounts(parts) }
        : { kind: 'imported', name: reply.name, into };
    this.importErrors = [];
    this.importNotices = notices;
    return true;
  }

  /**
   * Back to the shipped data. Never rejects: storage that cannot forget the import costs a notice
   * that it may come back on the next visit.
   */
  async restoreShipped(): Promise<void> {
    let notices: readonly string[] = [];
    try {
      await this.deps.store.clear();
    } catch (error) {
      notices = [
        `The import could not be removed from the browser's storage (${excerpt(String(error))}); it may be shown again on your next visit.`,
      ];
    }
    this.source = { kind: 'shipped' };
    this.importErrors = [];
    this.importNotices = notices;
    if (this.shipped) this.explorer = this.explorerFor(this.shipped, '');
  }

  dismissImportErrors(): void {
    this.importErrors = [];
  }
}
