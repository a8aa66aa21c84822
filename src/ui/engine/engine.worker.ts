// The engine worker: runs core/engine/engine.ts off the main thread, so a large or hostile import, or
// the graph analysis of a large window, never freezes the page. Replies carry the request's id,
// so they may come in any order.
import { Engine, partFor, type EngineParts, type EngineRequest } from '../../core/engine/engine';

const engine = new Engine();
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; request: EngineRequest }>) => void) | null;
  postMessage(message: unknown): void;
};

/** Loads the part of the engine a request needs (each a chunk of its own), once. */
async function load(part: keyof EngineParts): Promise<void> {
  if (engine.has(part)) return;
  if (part === 'analyzeExtras')
    engine.use({ analyzeExtras: (await import('../../core/analysis/analysis')).analyzeExtras });
  else engine.use({ importData: (await import('../../core/exchange/import/import')).importData });
}

/** The engine's reply to a request, the part it needs loaded first. */
async function answer(request: EngineRequest): Promise<unknown> {
  const part = partFor(request);
  if (part) {
    try {
      await load(part);
    } catch (error) {
      return failure(`could not load ${part}: ${String(error)}`);
    }
  }
  return engine.handle(request);
}

function failure(message: string): { ok: false; errors: { file: string; message: string }[] } {
  return { ok: false, errors: [{ file: '(engine)', message }] };
}

// Every request is answered: a reply that cannot be sent (one the browser cannot clone, say)
// is answered with the reason, so the page never waits for an answer that will not come.
scope.onmessage = (event) => {
  const { id, request } = event.data;
  answer(request)
    .then((reply) => scope.postMessage({ id, reply }))
    .catch((error: unknown) =>
      scope.postMessage({ id, reply: failure(`could not answer: ${String(error)}`) }),
    );
};
