// The engine without a worker, for state tests: the same core Engine the worker runs.
import { analyzeExtras } from '../../src/core/analysis/analysis';
import { analyzeCore } from '../../src/core/analysis/analysis-core';
import { campSeries } from '../../src/core/analysis/series';
import { Engine } from '../../src/core/engine/engine';
import { importData } from '../../src/core/exchange/import/import';
import { addParts } from '../../src/core/exchange/import/merge';
import { openingQuery } from '../../src/state/opening';
import type { SessionEngine, SessionStore } from '../../src/state/session.svelte';

/** jsdom's File has no arrayBuffer(); FileReader reads it as the browser would. */
function bytesOf(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export function localEngine(): SessionEngine & { readonly engine: Engine } {
  const engine = new Engine({
    analyzeExtras,
    importData,
    analyzeCore,
    campSeries,
    openingQuery,
    addParts,
  });
  return {
    engine,
    // The build's data file (a Blob) read into bytes first, as the worker reads it.
    load: async (files) =>
      engine.load(files instanceof Blob ? ((await bytesOf(files)).buffer as ArrayBuffer) : files),
    importFiles: async (files, relationTypes, options) =>
      engine.import(
        await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await bytesOf(f) }))),
        relationTypes,
        options,
      ),
    restore: async (name, parts, options) => engine.restore(name, parts, options),
    extras: async (dataset, query) => {
      const reply = engine.extras({ kind: 'extras', dataset, ...query });
      return reply.ok ? reply.extras : undefined;
    },
    // Asked right after load, as the page asks the worker: the data set is held by then.
    opening: async (search) => {
      const reply = engine.opening({ kind: 'opening', search });
      return reply.ok && reply.opening ? structuredClone(reply.opening) : undefined;
    },
    core: async (dataset, query) => {
      const reply = engine.core({ kind: 'core', dataset, ...query });
      return reply.ok ? structuredClone(reply.core) : undefined;
    },
    strip: async (dataset, query) => {
      const reply = engine.strip({ kind: 'strip', dataset, ...query });
      return reply.ok ? reply.years : undefined;
    },
  };
}

/** A store in memory; `value` is what it holds, of any shape (as IndexedDB may). */
export function memoryStore(): SessionStore & { value?: unknown } {
  const store: SessionStore & { value?: unknown } = {
    load: async () => store.value,
    save: async (value) => {
      store.value = value;
    },
    clear: async () => {
      delete store.value;
    },
  };
  return store;
}
