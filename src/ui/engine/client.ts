// The page's side of the engine worker: requests with replies, a time limit for imports and loads
// (a stuck worker is replaced and the request answered with a message), and the file reading an import
// needs, with files of 50 MB or more refused before a byte is read. A replaced worker holds no
// data: the client keeps what loads the data sets in use again (the shipped files, an import's
// validated parts) and loads them into the new worker when they are next asked about, so that
// the measures of the data shown keep coming. Every reply's shape is checked before it is used
// (reply-shape.ts): one of another shape becomes an error, as when the worker stops.
import type { WindowExtras } from '../../core/analysis/analysis-core';
import type {
  DatasetReply,
  EngineRequest,
  ExtrasQuery,
  StripQuery,
} from '../../core/engine/engine';
import type { CampYear } from '../../core/analysis/series';
import { MAX_FILE_BYTES, sizeMessage } from '../../core/exchange/import/bytes';
import type { DatasetParts } from '../../core/exchange/import/reply';
import type { DataFile } from '../../core/data/load';
import type { RelationType } from '../../core/data/schema';
import { readDatasetReply, readExtrasReply, readStripReply } from './reply-shape';

export const IMPORT_TIMEOUT_MS = 20_000;
/**
 * Loading the shipped data or a kept import at start: a stuck worker is replaced and the start
 * fails with a message (and a Retry) instead of leaving the page blank. Validating the
 * 100,000-relation scale set takes about 1.5 s here; this leaves room for slow machines.
 */
export const LOAD_TIMEOUT_MS = 60_000;

/** The reply to a load that took too long. */
function tooSlowReply(file: string): DatasetReply {
  return {
    ok: false,
    errors: [
      { file, message: `took longer than ${LOAD_TIMEOUT_MS / 1000} s to load and was stopped` },
    ],
  };
}

/** The name of a picked file: its path inside a chosen folder, or its name. */
export function fileName(file: File): string {
  return file.webkitRelativePath || file.name;
}

/** The answer to a request that a restart of the worker cut off: ask again. */
const RESTARTED = Symbol('restarted');
type Answer<T> = T | typeof RESTARTED;

/** The reply to a request for a data set that a restart cut off. */
function restartedReply(file: string): DatasetReply {
  return { ok: false, errors: [{ file, message: 'was cut off by a restart of the engine' }] };
}

/** A data set the page uses, and the request that loads it into a worker again. */
interface Held {
  readonly reload: Extract<EngineRequest, { kind: 'load' } | { kind: 'restore' }>;
  /** Its number in the current worker; undefined until asked for after a restart. */
  inWorker?: Promise<Answer<number | undefined>>;
}

function engineWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
}

export class EngineClient {
  private worker: Worker;
  private next = 1;
  private readonly pending = new Map<number, (reply: unknown) => void>();
  /**
   * The data sets the page can show, by the handle the page knows them by: the shipped data and
   * the latest import (an earlier import is no longer reachable, so it is let go).
   */
  private readonly held = new Map<number, Held>();
  private nextHandle = 1;
  private readonly latest: { shipped?: number; imported?: number } = {};

  constructor(private readonly createWorker: () => Worker = engineWorker) {
    this.worker = this.start();
  }

  private start(): Worker {
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<{ id: number; reply: unknown }>) => {
      this.pending.get(event.data.id)?.(event.data.reply);
      this.pending.delete(event.data.id);
    };
    worker.onerror = (event) => {
      const error = {
        ok: false,
        errors: [{ file: '(engine)', message: `stopped: ${event.message}` }],
      };
      for (const resolve of this.pending.values()) resolve(error);
      this.pending.clear();
    };
    return worker;
  }

  /** Replaces the worker: what was waiting is answered RESTARTED, the data sets load again when asked. */
  private restart(): void {
    this.worker.terminate();
    const waiting = [...this.pending.values()];
    this.pending.clear();
    this.worker = this.start();
    for (const held of this.held.values()) delete held.inWorker;
    for (const resolve of waiting) resolve(RESTARTED);
  }

  /** A request, with its reply checked by `read` (ui/engine/reply-shape.ts) before it is used. */
  private call<T>(
    request: EngineRequest,
    read: (reply: unknown) => T,
    transfer: Transferable[] = [],
    limit?: { readonly ms: number; readonly reply: T },
  ): Promise<Answer<T>> {
    const id = this.next++;
    return new Promise<Answer<T>>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      this.pending.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply === RESTARTED ? RESTARTED : read(reply));
      });
      if (limit) {
        timer = setTimeout(() => {
          // A worker that does not answer in time is replaced; this request is answered with a
          // message, and every other one is asked again of the new worker.
          this.pending.delete(id);
          this.restart();
          resolve(limit.reply);
        }, limit.ms);
      }
      this.worker.postMessage({ id, request }, transfer);
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
    held.inWorker ??= this.call(held.reload, readDatasetReply).then((reply) =>
      reply === RESTARTED ? RESTARTED : reply.ok ? reply.dataset : undefined,
    );
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
      const reply = await this.call(request(dataset), read);
      if (reply !== RESTARTED) return reply;
    }
    return undefined;
  }

  async load(files: readonly DataFile[]): Promise<DatasetReply> {
    const reload = { kind: 'load', files } as const;
    const limit = { ms: LOAD_TIMEOUT_MS, reply: tooSlowReply('(data)') };
    let reply = await this.call(reload, readDatasetReply, [], limit);
    if (reply === RESTARTED) reply = await this.call(reload, readDatasetReply, [], limit);
    return this.hold(reply, reload, 'shipped');
  }

  async restore(name: string, parts: DatasetParts): Promise<DatasetReply> {
    const reload = { kind: 'restore', name, parts } as const;
    const limit = { ms: LOAD_TIMEOUT_MS, reply: tooSlowReply(name) };
    let reply = await this.call(reload, readDatasetReply, [], limit);
    if (reply === RESTARTED) reply = await this.call(reload, readDatasetReply, [], limit);
    return this.hold(reply, reload, 'imported');
  }

  async importFiles(
    files: readonly File[],
    relationTypes: readonly RelationType[],
  ): Promise<DatasetReply> {
    const tooBig = files.filter((f) => f.size >= MAX_FILE_BYTES);
    if (tooBig.length) {
      return {
        ok: false,
        errors: tooBig.map((f) => ({
          file: fileName(f),
          message: sizeMessage(f.size) ?? 'is too large',
        })),
      };
    }
    const payload = await Promise.all(
      files.map(async (f) => ({ name: fileName(f), bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    const names = payload.map((p) => p.name).join(', ');
    const reply = await this.call(
      { kind: 'import', files: payload, relationTypes },
      readDatasetReply,
      payload.map((p) => p.bytes.buffer),
      {
        ms: IMPORT_TIMEOUT_MS,
        reply: {
          ok: false,
          errors: [
            {
              file: names,
              message: `took longer than ${IMPORT_TIMEOUT_MS / 1000} s to read and was stopped`,
            },
          ],
        },
      },
    );
    // Its bytes went to the worker that was replaced: an import cut off is not asked again.
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

  async strip(dataset: number, query: StripQuery): Promise<readonly CampYear[] | undefined> {
    const reply = await this.about(
      dataset,
      (inWorker) => ({ kind: 'strip', dataset: inWorker, ...query }),
      readStripReply,
    );
    return reply?.ok ? reply.years : undefined;
  }
}
