// The engine worker: runs core/engine.ts off the main thread, so a large or hostile import, or
// the graph analysis of a large window, never freezes the page.
import { Engine, type EngineRequest } from '../../core/engine';

const engine = new Engine();
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; request: EngineRequest }>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  scope.postMessage({ id: event.data.id, reply: engine.handle(event.data.request) });
};
