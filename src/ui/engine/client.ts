// The page's side of the engine worker: requests with replies (worker-calls.ts), a time limit for
// loads and a limit on an import's time without progress (a stuck worker is replaced and the
// request answered with a message), and imports: the files go to the worker, which reads them
// as streams and reports its progress; files too large are refused before a byte is read. A
// replaced worker holds no data: the client keeps what loads the data sets in use again (the
// shipped files, an import's validated parts) and loads them into the new worker when they are
// next asked about, so that the measures of the data shown keep coming. Every reply's shape is
// checked before it is used (reply-shape.ts): one of another shape becomes an error, as when the
// worker stops.
import type { WindowExtras } from '../../core/analysis/analysis-core';
import type { LeanCore } from '../../core/analysis/lean-core';
import type {
  DatasetReply,
  EngineRequest,
  ExtrasQuery,
  ImportOptions,
  RestoreOptions,
  StripQuery,
  CoreQuery,
  Opening,
} from '../../core/engine/engine';
import type { CampYear } from '../../core/analysis/series';
import { sizeMessage } from '../../core/exchange/import/bytes';
import { CANCELLED, type ImportProgress } from '../../core/exchange/import/progress';
import type { DatasetParts } from '../../core/exchange/import/reply';
import type { RelationType } from '../../core/data/schema';
import {
  readCoreReply,
  readDatasetReply,
  readOpeningReply,
  readExtrasReply,
  readProgress,
  readStripReply,
} from './reply-shape';
import { LOAD_TIMEOUT_MS, restartedReply, tooSlowReply } from './load-replies';
import { engineWorker } from './engine-worker';
import { shippedLoad, withOwnRelations } from './shipped-load';
import type { PostedLoad, PostedRequest, ShippedFiles } from './posted';

export { LOAD_TIMEOUT_MS } from './load-replies';
import { RESTARTED, WorkerCalls, type Answer } from './worker-calls';

/**
 * An import that reports no progress for this long is stopped (its worker replaced). A limit on
 * the whole import would stop a 200 MB file that is read steadily for a minute; a limit on the
 * time without progress stops only a worker that is stuck. The longest stretch without progress
 * is the validation at the end: the whole import of 250,000 relations (222 MB) takes 14–23 s
 * here from pick to first frame, so its validation stays well within the limit.
 */
export const IMPORT_STALL_MS = 20_000;

/** What the page learns of an import under way, and how it stops one. */
export interface ImportWatch {
  readonly progress?: (progress: ImportProgress) => void;
  /** Aborting it stops the import: it answers at once, and what was shown stays. */
  readonly signal?: AbortSignal;
}
/** The name of a picked file: its path inside a chosen folder, or its name. */
export function fileName(file: File): string {
  return file.webkitRelativePath || file.name;
}

/** A data set the page uses, and the request that loads it into a worker again. */
interface Held {
  readonly reload: PostedLoad | Extract<EngineRequest, { kind: 'restore' }>;
  /** Its number in the current worker; undefined until asked for after a restart. */
  inWorker?: Promise<Answer<number | undefined>>;
}

export class EngineClient {
  private readonly calls: WorkerCalls;
  /**
   * The data sets the page can show, by the handle the page knows them by: the shipped data and
   * the latest import (an earlier import is no longer reachable, so it is let go).
   */
  private readonly held = new Map<number, Held>();
  private nextHandle = 1;
  private readonly latest: { shipped?: number; imported?: number } = {};

  constructor(createWorker: () => Worker = engineWorker) {
    // A new worker holds no data: each data set loads into it again when next asked about.
    this.calls = new WorkerCalls(createWorker, () => {
      for (const held of this.held.values()) delete held.inWorker;
    });
  }

  /** A data set's reply with the page's handle for it, kept so that it can be loaded again. */
  private hold(
    reply: Answer<DatasetReply>,
    reload: Held['reload'],
    slot: 'shipped' | 'imported',
  ): DatasetReply {
    if (reply === RESTARTED) return restartedReply(reload.kind === 'load' ? '(data)' : reload.name);
    if (!reply.ok) return reply;
    const handle = this.nextHandle++;
    const earlier = this.latest[slot];
    if (earlier !== undefined) this.held.delete(earlier);
    this.latest[slot] = handle;
    this.held.set(handle, { reload, inWorker: Promise.resolve(reply.dataset) });
    return { ...reply, dataset: handle };
  }

  /** The data set's number in the current worker, loading it there first after a restart. */
  private inWorker(handle: number): Promise<Answer<number | undefined>> {
    const held = this.held.get(handle);
    if (!held) return Promise.resolve(undefined);
    held.inWorker ??= this.calls
      .call(held.reload, readDatasetReply)
      .then((reply) => (reply === RESTARTED ? RESTARTED : reply.ok ? reply.dataset : undefined));
    return held.inWorker;
  }

  /** A request about a data set, asked again if a restart cuts it off (a few times at most). */
  private async about<T>(
    handle: number,
    request: (dataset: number) => EngineRequest,
    read: (reply: unknown) => T,
  ): Promise<T | undefined> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const dataset = await this.inWorker(handle);
      if (dataset === undefined) return undefined;
      if (dataset === RESTARTED) continue;
      const reply = await this.calls.call(request(dataset), read);
      if (reply !== RESTARTED) return reply;
    }
    return undefined;
  }

  /**
   * The number in the current worker of the shipped data set an import is added to (loading it
   * there again after a restart), or the error reply of one the page does not hold.
   */
  private async shippedInWorker(
    handle: number | undefined,
    file: string,
  ): Promise<number | DatasetReply> {
    for (let attempt = 0; handle !== undefined && attempt < 3; attempt++) {
      const dataset = await this.inWorker(handle);
      if (dataset === undefined) break;
      if (dataset !== RESTARTED) return dataset;
    }
    const message =
      'cannot be added to the shipped data: they are not loaded (reload the page, or choose "Replace the shipped data")';
    return { ok: false, errors: [{ file, message }] };
  }

  /** Where an import or a kept one goes, with the shipped data set's number in the current worker. */
  private async placed<T extends RestoreOptions>(
    options: T,
    file: string,
  ): Promise<T | DatasetReply> {
    if (options.into !== 'add') return options;
    const shipped = await this.shippedInWorker(options.shipped, file);
    return typeof shipped === 'number' ? { ...options, shipped } : shipped;
  }

  /** The shipped data, read by the page as the worker validates them (shipped-load.ts). */
  async load(files: ShippedFiles): Promise<DatasetReply> {
    const shipped = shippedLoad(files);
    const limit = { ms: LOAD_TIMEOUT_MS, reply: tooSlowReply('(data)') };
    const ask = (request: PostedRequest, transfer: Transferable[] = []) =>
      this.calls.call(request, readDatasetReply, { limit, transfer });
    const asked = ask(shipped.request, shipped.transfer);
    const reading = shipped.read(); // while the worker validates
    let reply = await asked;
    const page = await reading;
    if (reply === RESTARTED) reply = await ask(page.reload);
    if (reply !== RESTARTED) reply = withOwnRelations(reply, page.own) ?? (await ask(page.whole));
    return this.hold(reply, page.reload, 'shipped');
  }

  /** A kept import, as it was or (`into: 'add'`) added again to the shipped data set `shipped`. */
  async restore(
    name: string,
    parts: DatasetParts,
    options: RestoreOptions = {},
  ): Promise<DatasetReply> {
    const limit = { ms: LOAD_TIMEOUT_MS, reply: tooSlowReply(name) };
    for (let attempt = 0; ; attempt++) {
      const placed = await this.placed(options, name);
      if ('ok' in placed) return placed;
      const request = { kind: 'restore', name, parts, ...placed } as const;
      const reply = await this.calls.call(request, readDatasetReply, { limit });
      if (reply === RESTARTED && attempt === 0) continue;
      // Loaded again after a restart from what it became: the merged data set, if it was added.
      if (reply === RESTARTED || !reply.ok || options.into !== 'add')
        return this.hold(reply, { kind: 'restore', name, parts }, 'imported');
      return this.hold(reply, { kind: 'restore', name, parts: reply.parts }, 'imported');
    }
  }

  /**
   * Imports files: in place of the shipped data, or (`into: 'add'`) added to the shipped data set
   * `shipped` (the page's handle for it). The worker reads them as streams; `watch` gets its
   * progress and can cancel it.
   */
  async importFiles(
    files: readonly File[],
    relationTypes: readonly RelationType[],
    options: ImportOptions = {},
    watch: ImportWatch = {},
  ): Promise<DatasetReply> {
    const tooBig = files.flatMap((f) => {
      const message = sizeMessage(f.size, fileName(f));
      return message ? [{ file: fileName(f), message }] : [];
    });
    if (tooBig.length) return { ok: false, errors: tooBig };
    const names = files.map(fileName).join(', ');
    const placed = await this.placed(options, names);
    if ('ok' in placed) return placed;
    const fail = (message: string): DatasetReply => ({
      ok: false,
      errors: [{ file: names, message }],
    });
    const reply = await this.calls.call(
      {
        kind: 'import',
        // A File goes to the worker as a handle: its bytes are read there, as they are needed.
        files: files.map((f) => ({ name: fileName(f), body: f })),
        relationTypes,
        ...placed,
      },
      readDatasetReply,
      {
        limit: {
          ms: IMPORT_STALL_MS,
          idle: true,
          reply: fail(`made no progress for ${IMPORT_STALL_MS / 1000} s and was stopped`),
        },
        progress: (progress) => {
          const checked = readProgress(progress);
          if (checked) watch.progress?.(checked);
        },
        ...(watch.signal ? { signal: watch.signal } : {}),
        cancelled: fail(CANCELLED),
      },
    );
    // Its files went to the worker that was replaced: an import cut off is not asked again.
    if (reply === RESTARTED) return restartedReply(names);
    if (!reply.ok) return reply;
    // Loaded again after a restart from its validated parts, as a kept import is.
    return this.hold(reply, { kind: 'restore', name: reply.name, parts: reply.parts }, 'imported');
  }

  async extras(dataset: number, query: ExtrasQuery): Promise<WindowExtras | undefined> {
    const reply = await this.about(
      dataset,
      (inWorker) => ({ kind: 'extras', dataset: inWorker, ...query }),
      readExtrasReply,
    );
    return reply?.ok ? reply.extras : undefined;
  }

  /** A window's core without the relations behind each tie (asked for a large data set). */
  async core(dataset: number, query: CoreQuery): Promise<LeanCore | undefined> {
    const reply = await this.about(
      dataset,
      (inWorker) => ({ kind: 'core', dataset: inWorker, ...query }),
      readCoreReply,
    );
    return reply?.ok ? reply.core : undefined;
  }

  /**
   * The first window's core of the shipped data loaded last, if they are large, for the window
   * the link `search` opens on: asked right after `load`, so that the worker works it out while
   * the page receives the data. Undefined when there is none, or the worker could not answer.
   */
  async opening(search: string): Promise<Opening | undefined> {
    const reply = await this.calls.call({ kind: 'opening', search }, readOpeningReply);
    return reply !== RESTARTED && reply.ok ? (reply.opening ?? undefined) : undefined;
  }

  async strip(dataset: number, query: StripQuery): Promise<readonly CampYear[] | undefined> {
    const reply = await this.about(
      dataset,
      (inWorker) => ({ kind: 'strip', dataset: inWorker, ...query }),
      readStripReply,
    );
    return reply?.ok ? reply.years : undefined;
  }
}
