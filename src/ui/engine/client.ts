// The page's side of the engine worker: requests with replies, a time limit for imports (a stuck
// worker is replaced and the import answered with a message), and the file reading an import
// needs, with files of 50 MB or more refused before a byte is read.
import type { WindowExtras } from '../../core/analysis-core';
import type { ScoreOptions } from '../../core/scoring';
import type { DatasetReply, EngineRequest, ExtrasReply, StripReply } from '../../core/engine';
import type { CampYear } from '../../core/series';
import { MAX_FILE_BYTES, sizeMessage } from '../../core/import/bytes';
import type { DatasetParts } from '../../core/import/reply';
import type { DataFile } from '../../core/load';
import type { RelationType } from '../../core/schema';
import type { Window } from '../../core/time';

export const IMPORT_TIMEOUT_MS = 20_000;

/** The name of a picked file: its path inside a chosen folder, or its name. */
export function fileName(file: File): string {
  return file.webkitRelativePath || file.name;
}

export class EngineClient {
  private worker: Worker;
  private next = 1;
  private readonly pending = new Map<number, (reply: unknown) => void>();

  constructor() {
    this.worker = this.start();
  }

  private start(): Worker {
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
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

  private call<T>(
    request: EngineRequest,
    transfer: Transferable[] = [],
    timeoutMs?: number,
    timeoutReply?: T,
  ): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      this.pending.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply as T);
      });
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          // A worker that does not answer in time is replaced; everything it held is asked again.
          this.pending.delete(id);
          this.worker.terminate();
          for (const other of this.pending.values())
            other({ ok: false, errors: [{ file: '(engine)', message: 'was restarted' }] });
          this.pending.clear();
          this.worker = this.start();
          resolve(timeoutReply as T);
        }, timeoutMs);
      }
      this.worker.postMessage({ id, request }, transfer);
    });
  }

  load(files: readonly DataFile[]): Promise<DatasetReply> {
    return this.call({ kind: 'load', files });
  }

  restore(name: string, parts: DatasetParts): Promise<DatasetReply> {
    return this.call({ kind: 'restore', name, parts });
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
    return this.call<DatasetReply>(
      { kind: 'import', files: payload, relationTypes },
      payload.map((p) => p.bytes.buffer),
      IMPORT_TIMEOUT_MS,
      {
        ok: false,
        errors: [
          {
            file: names,
            message: `took longer than ${IMPORT_TIMEOUT_MS / 1000} s to read and was stopped`,
          },
        ],
      },
    );
  }

  async extras(
    dataset: number,
    hiddenTypes: readonly string[],
    hiddenActors: readonly string[],
    window: Window,
    scoring: ScoreOptions,
    betweenness: boolean,
  ): Promise<WindowExtras | undefined> {
    const reply = await this.call<ExtrasReply>({
      kind: 'extras',
      dataset,
      hiddenTypes,
      hiddenActors,
      window,
      scoring,
      betweenness,
    });
    return reply.ok ? reply.extras : undefined;
  }

  async strip(
    dataset: number,
    hiddenTypes: readonly string[],
    hiddenActors: readonly string[],
    scoring: ScoreOptions,
    from: number,
    to: number,
    pValues: boolean,
  ): Promise<readonly CampYear[] | undefined> {
    const reply = await this.call<StripReply>({
      kind: 'strip',
      dataset,
      hiddenTypes,
      hiddenActors,
      scoring,
      from,
      to,
      pValues,
    });
    return reply.ok ? reply.years : undefined;
  }
}
