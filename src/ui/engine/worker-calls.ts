// Requests to the engine worker and their replies, matched by id. A worker that stops answers
// every request waiting on it with an error; one that takes longer than a request's time limit
// is replaced by a new one, that request answered with its message and every other one waiting
// answered RESTARTED, so that the client may ask it again of the new worker. A request may get
// progress messages before its reply ({ id, progress }), and may be cancelled ({ cancel: id }).
import type { PostedRequest } from './posted';

/** The answer to a request that a restart of the worker cut off: ask again. */
export const RESTARTED = Symbol('restarted');
export type Answer<T> = T | typeof RESTARTED;

export interface CallOptions<T> {
  readonly transfer?: Transferable[];
  /**
   * A time limit, and the reply when it passes. `idle`: the limit is on the time without a
   * progress message, not on the whole request.
   */
  readonly limit?: { readonly ms: number; readonly reply: T; readonly idle?: boolean };
  /** Each progress message of the request, as it comes (unchecked: the caller checks it). */
  readonly progress?: (progress: unknown) => void;
  /** Aborting it tells the worker to stop, and answers the request with `cancelled` at once. */
  readonly signal?: AbortSignal;
  readonly cancelled?: T;
}

interface Pending {
  readonly resolve: (reply: unknown) => void;
  readonly progress?: (progress: unknown) => void;
}

export class WorkerCalls {
  private worker: Worker;
  private next = 1;
  private readonly pending = new Map<number, Pending>();

  /** `restarted` runs when the worker is replaced, before the requests cut off are answered. */
  constructor(
    private readonly createWorker: () => Worker,
    private readonly restarted: () => void,
  ) {
    this.worker = this.start();
  }

  private start(): Worker {
    const worker = this.createWorker();
    worker.onmessage = (
      event: MessageEvent<{ id: number; reply?: unknown; progress?: unknown }>,
    ) => {
      const { id } = event.data;
      if ('progress' in event.data) {
        this.pending.get(id)?.progress?.(event.data.progress);
        return;
      }
      this.pending.get(id)?.resolve(event.data.reply);
      this.pending.delete(id);
    };
    worker.onerror = (event) => {
      const error = {
        ok: false,
        errors: [{ file: '(engine)', message: `stopped: ${event.message}` }],
      };
      for (const { resolve } of this.pending.values()) resolve(error);
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
    for (const { resolve } of waiting) resolve(RESTARTED);
  }

  /** A request, with its reply checked by `read` (ui/engine/reply-shape.ts) before it is used. */
  call<T>(
    request: PostedRequest,
    read: (reply: unknown) => T,
    options: CallOptions<T> = {},
  ): Promise<Answer<T>> {
    const id = this.next++;
    const { limit, signal } = options;
    return new Promise<Answer<T>>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const watch = () => {
        if (!limit) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          // A worker that does not answer in time is replaced; this request is answered with a
          // message, and every other one is asked again of the new worker.
          this.pending.delete(id);
          this.restart();
          resolve(limit.reply);
        }, limit.ms);
      };
      const cancel = () => {
        if (!this.pending.delete(id)) return;
        clearTimeout(timer);
        this.worker.postMessage({ cancel: id });
        resolve(options.cancelled as T);
      };
      this.pending.set(id, {
        resolve: (reply) => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', cancel);
          resolve(reply === RESTARTED ? RESTARTED : read(reply));
        },
        progress: (progress) => {
          if (limit?.idle) watch();
          options.progress?.(progress);
        },
      });
      signal?.addEventListener('abort', cancel, { once: true });
      watch();
      this.worker.postMessage({ id, request }, options.transfer ?? []);
      if (signal?.aborted) cancel();
    });
  }
}
