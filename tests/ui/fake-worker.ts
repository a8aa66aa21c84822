// A fake Worker for the engine client's tests: it runs the real engine in-process, answers
// asynchronously as a worker does (a microtask, which fake timers leave running), records what it
// is asked, and can be made to hang on an import, or to answer nothing at all, like a stuck one.
import { analyzeExtras } from '../../src/core/analysis/analysis';
import { Engine, type EngineRequest } from '../../src/core/engine/engine';
import { importData } from '../../src/core/exchange/import/import';
import { EngineClient } from '../../src/ui/engine/client';

export class FakeWorker {
  /** Every worker made, oldest first (reset it before each test). */
  static made: FakeWorker[] = [];
  readonly engine = new Engine({ analyzeExtras, importData });
  /** The requests this worker was sent, in order. */
  readonly requests: EngineRequest[] = [];
  /** When set, this worker never answers an import: it is stuck. */
  hangOnImport = false;
  /** When set, this worker answers nothing at all (it still records what it is asked). */
  silent = false;
  terminated = false;
  onmessage: ((event: { data: { id: number; reply: unknown } }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;

  constructor() {
    FakeWorker.made.push(this);
  }

  /** The kinds of the requests this worker was sent, in order. */
  get received(): EngineRequest['kind'][] {
    return this.requests.map((r) => r.kind);
  }

  postMessage(message: { id: number; request: EngineRequest }): void {
    if (this.terminated) return;
    const { id, request } = structuredClone(message);
    this.requests.push(request);
    if (this.silent || (request.kind === 'import' && this.hangOnImport)) return;
    const reply = structuredClone(this.engine.handle(request));
    queueMicrotask(() => {
      if (!this.terminated) this.onmessage?.({ data: { id, reply } });
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A client whose workers are fake ones. */
export const fakeClient = (): EngineClient =>
  new EngineClient(() => new FakeWorker() as unknown as Worker);
