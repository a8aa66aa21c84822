// A fake Worker for the engine client's tests: it runs the real engine in-process, answers
// asynchronously as a worker does (a microtask, which fake timers leave running), records what it
// is asked, and can be made to hang on an import, or to answer nothing at all, like a stuck one.
// An import reports its progress and stops when cancelled, as in the worker.
import { analyzeExtras } from '../../src/core/analysis/analysis';
import { analyzeCore } from '../../src/core/analysis/analysis-core';
import { campSeries } from '../../src/core/analysis/series';
import { Engine, type EngineRequest } from '../../src/core/engine/engine';
import { importSources } from '../../src/core/exchange/import/import-stream';
import { addParts } from '../../src/core/exchange/import/merge';
import { EngineClient } from '../../src/ui/engine/client';
import type { PostedRequest } from '../../src/ui/engine/posted';

export class FakeWorker {
  /** Every worker made, oldest first (reset it before each test). */
  static made: FakeWorker[] = [];
  readonly engine = new Engine({
    analyzeExtras,
    importSources,
    analyzeCore,
    campSeries,
    addParts,
  });
  /** The imports under way, by request id. */
  private readonly imports = new Map<number, { aborted: boolean }>();
  /** Progress reported every piece (not at most every 100 ms), so that tests see each. */
  progressEvery = 0;
  /** The requests this worker was sent, in order. */
  readonly requests: PostedRequest[] = [];
  /**
   * A Blob being read (a load of the build's data file), after which the requests posted since
   * are handled in order: the worker reads it at once, and Node has no synchronous reader.
   */
  private reading: Promise<void> | undefined;
  /** When set, this worker never answers an import: it is stuck. */
  hangOnImport = false;
  /** When set, this worker answers nothing at all (it still records what it is asked). */
  silent = false;
  terminated = false;
  onmessage:
    | ((event: {
        data: { id: number; reply: unknown } | { id: number; progress: unknown };
      }) => void)
    | null = null;
  onerror: ((event: { message: string }) => void) | null = null;

  constructor() {
    FakeWorker.made.push(this);
  }

  /** The kinds of the requests this worker was sent, in order. */
  get received(): PostedRequest['kind'][] {
    return this.requests.map((r) => r.kind);
  }

  /** The replies this worker sent, in order. */
  readonly replies: unknown[] = [];

  postMessage(
    message: { id: number; request: PostedRequest } | { cancel: number },
    transfer: Transferable[] = [],
  ): void {
    if (this.terminated) return;
    if ('cancel' in message) {
      const signal = this.imports.get(message.cancel);
      if (signal) signal.aborted = true;
      return;
    }
    // What is transferred leaves the page, as it does for a real worker (an ArrayBuffer empties).
    const { id, request } = structuredClone(message, { transfer });
    this.requests.push(request);
    if (this.silent || (request.kind === 'import' && this.hangOnImport)) return;
    const blob = request.kind === 'load' && request.files instanceof Blob ? request.files : null;
    if (!this.reading && !blob) {
      this.receive(id, request as EngineRequest);
      return;
    }
    const before = this.reading ?? Promise.resolve();
    const handled: Promise<void> = before.then(async () => {
      const files = blob ? await blob.arrayBuffer() : undefined;
      if (this.reading === handled) this.reading = undefined;
      this.receive(id, (files ? { ...request, files } : request) as EngineRequest);
    });
    this.reading = handled;
  }

  private receive(id: number, request: EngineRequest): void {
    const send = (data: { id: number; reply: unknown } | { id: number; progress: unknown }) =>
      queueMicrotask(() => {
        if (!this.terminated) this.onmessage?.({ data: structuredClone(data) });
      });
    if (request.kind !== 'import') {
      const reply = this.engine.handle(request);
      this.replies.push(reply);
      send({ id, reply });
      return;
    }
    const signal = { aborted: false };
    this.imports.set(id, signal);
    const answer = (reply: unknown) => {
      this.imports.delete(id);
      send({ id, reply });
    };
    this.engine
      .handle(request, {
        signal,
        every: this.progressEvery,
        progress: (progress) => send({ id, progress }),
      })
      .then(answer, (error: unknown) =>
        answer({ ok: false, errors: [{ file: '(engine)', message: String(error) }] }),
      );
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A client whose workers are fake ones. */
export const fakeClient = (): EngineClient =>
  new EngineClient(() => new FakeWorker() as unknown as Worker);
