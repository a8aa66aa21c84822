// Requests to the engine worker and their replies, matched by id. A worker that stops answers
// every request waiting on it with an error; one that takes longer than a request's time limit
// is replaced by a new one, that request answered with its message and every other one waiting
// answered RESTARTED, so that the client may ask it again of the new worker.
import type { EngineRequest } from '../../core/engine/engine';

/** The answer to a request that a restart of the worker cut off: ask again. */
export const RESTARTED = Symbol('restarted');
export type Answer<T> = T | typeof RESTARTED;

export class WorkerCalls {
  private worker: Worker;
  private next = 1;
  private readonly pending = new Map<number, (reply: unknown) => void>();

  /** `restarted` runs when the worker is replaced, before the requests cut off are answered. */
  constructor(
    private readonly createWorker: () => Worker,
    private readonly restarted: () => void,
  ) {
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

  /** Replaces the worker: what was waiting is answered RESTARTED. */
  private restart(): void {
    this.worker.terminate();
    const waiting = [...this.pending.values()];
    this.pending.clear();
    this.worker = this.start();
    this.restarted();
    for (const resolve of waiting) resolve(RESTARTED);
  }

  /** A request, with its reply checked by `read` (ui/engine/reply-shape.ts) before it is used. */
  call<T>(
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
}
