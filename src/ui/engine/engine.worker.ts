// The engine worker: runs core/engine/engine.ts off the main thread, so a large or hostile import, or
// the graph analysis of a large window, never freezes the page. Replies carry the request's id,
// so they may come in any order. An import reads the page's File objects here, as streams; it
// reports its progress ({ id, progress }) and stops when the page sends { cancel: id }.
import type { ImportProgress } from '../../core/exchange/import/progress';
import {
  Engine,
  OPENING_PARTS,
  partFor,
  type EngineParts,
  type EngineRequest,
} from '../../core/engine/engine';
import { withBytes, type PostedRequest } from './posted';

type Message = { id: number; request: PostedRequest } | { cancel: number };

/**
 * Reads the shipped data's Blob at once, in this worker's thread (FileReaderSync exists in
 * workers only): the requests posted after the load are handled after it, as they must be.
 */
function readBlob(blob: Blob): ArrayBuffer {
  const Reader = (
    self as unknown as { FileReaderSync: new () => { readAsArrayBuffer(b: Blob): ArrayBuffer } }
  ).FileReaderSync;
  return new Reader().readAsArrayBuffer(blob);
}

const engine = new Engine();
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Message>) => void) | null;
  postMessage(message: unknown): void;
};

/** The imports under way, by request id: each stops when its signal is aborted. */
const imports = new Map<number, { aborted: boolean }>();

/** Loads the part of the engine a request needs (each a chunk of its own), once. */
async function load(part: keyof EngineParts): Promise<void> {
  if (engine.has(part)) return;
  if (part === 'analyzeExtras')
    engine.use({ analyzeExtras: (await import('../../core/analysis/analysis')).analyzeExtras });
  else if (part === 'analyzeCore')
    engine.use({ analyzeCore: (await import('../../core/analysis/analysis-core')).analyzeCore });
  else if (part === 'campSeries')
    engine.use({ campSeries: (await import('../../core/analysis/series')).campSeries });
  else if (part === 'addParts')
    engine.use({ addParts: (await import('../../core/exchange/import/merge')).addParts });
  else if (part === 'openingQuery')
    engine.use({ openingQuery: (await import('../../state/opening')).openingQuery });
  else
    engine.use({
      importSources: (await import('../../core/exchange/import/import-stream')).importSources,
    });
}

/**
 * What the opening of a large data set needs, loaded while the worker validates the data rather
 * than after: the page posts the shipped data as a Blob only when they are large (BLOB_DATA_BYTES
 * in vite-plugin-graph-data.ts) or come from the dev server, and the analysis chunk then came
 * 40-60 ms after the validation in a build (0.2 s in dev), on the first frame's path. A part that
 * fails to load here is loaded again when a request needs it, and says why then.
 */
function loadOpeningParts(request: PostedRequest): void {
  if (request.kind !== 'load' || !(request.files instanceof Blob)) return;
  for (const part of OPENING_PARTS) load(part).catch(() => undefined);
}

/** The engine's reply to a request, the part it needs loaded first. */
async function answer(id: number, request: EngineRequest): Promise<unknown> {
  // An opening request needs the analysis only for a large data set (state/opening.ts).
  const part = partFor(request);
  const parts = request.kind === 'opening' ? engine.openingParts() : part ? [part] : [];
  for (const needed of parts) {
    try {
      await load(needed);
    } catch (error) {
      return failure(`could not load ${needed}: ${String(error)}`);
    }
  }
  if (request.kind !== 'import') return engine.handle(request);
  const signal = { aborted: false };
  imports.set(id, signal);
  try {
    return await engine.handle(request, {
      signal,
      progress: (progress: ImportProgress) => scope.postMessage({ id, progress }),
    });
  } finally {
    imports.delete(id);
  }
}

function failure(message: string): { ok: false; errors: { file: string; message: string }[] } {
  return { ok: false, errors: [{ file: '(engine)', message }] };
}

// Every request is answered: a reply that cannot be sent (one the browser cannot clone, say)
// is answered with the reason, so the page never waits for an answer that will not come.
scope.onmessage = (event) => {
  const message = event.data;
  if ('cancel' in message) {
    const signal = imports.get(message.cancel);
    if (signal) signal.aborted = true;
    return;
  }
  const { id } = message;
  loadOpeningParts(message.request);
  let request: EngineRequest;
  try {
    request = withBytes(message.request, readBlob);
  } catch (error) {
    const reason = `the data file could not be read: ${String(error)}`;
    scope.postMessage({
      id,
      reply: { ok: false, errors: [{ file: 'graph-data', message: reason }] },
    });
    return;
  }
  answer(id, request)
    .then((reply) => scope.postMessage({ id, reply }))
    .catch((error: unknown) =>
      scope.postMessage({ id, reply: failure(`could not answer: ${String(error)}`) }),
    );
};
