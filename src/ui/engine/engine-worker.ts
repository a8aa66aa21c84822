// The engine worker's start, apart from its client, so that the page can start it before the app's
// modules have loaded (src/early.ts). Vite bundles the worker from this `new URL(…)`.
export function engineWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
}
