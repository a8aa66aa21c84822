// @vitest-environment node
// (Node's File can be read; jsdom's cannot, and nothing here needs a DOM.)
//
// The engine client against a fake Worker that runs the real engine in-process, answering
// asynchronously as a worker does, and that can be made to hang on an import like a stuck one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatasetReply, EngineRequest } from '../../src/core/engine/engine';
import { defaultScoring } from '../../src/core/analysis/scoring';
import { yearWindow } from '../../src/core/time/time';
import { EngineClient, IMPORT_STALL_MS, LOAD_TIMEOUT_MS } from '../../src/ui/engine/client';
import { loadDataset } from '../../src/core/data/load';
import { packDataFiles } from '../../src/core/data/packed';
import { folder, relation } from '../builders';
import { FakeWorker, fakeClient } from './fake-worker';
import { withBytes } from '../../src/ui/engine/posted';

const client = fakeClient;

const bundle = JSON.stringify({
  actors: [
    { id: 'aa', name: 'A', kind: 'state' },
    { id: 'bb', name: 'B', kind: 'state' },
  ],
  relations: [
    {
      id: 'aa-bb',
      type: 'alliance',
      source: 'aa',
      target: 'bb',
      start: '1990',
      title: 'P',
      summary: 'S',
      sources: [{ title: 't', url: 'https://example.org' }],
    },
  ],
});

/** The fixture loaded (or the load already asked for), with requests about it. */
async function loaded(engine: EngineClient, loading = engine.load(folder())) {
  const reply = await loading;
  if (!reply.ok) throw new Error('Expected the fixture to load');
  const dataset = reply.dataset;
  const scoring = defaultScoring({ relationTypes: reply.parts.relationTypes } as never);
  return {
    dataset,
    relationTypes: reply.parts.relationTypes,
    extras: () =>
      engine.extras(dataset, {
        hiddenTypes: [],
        hiddenActors: [],
        window: yearWindow(1950, 1969),
        scoring,
        betweenness: true,
      }),
    strip: () =>
      engine.strip(dataset, {
        hiddenTypes: [],
        hiddenActors: [],
        scoring,
        from: 1950,
        to: 1959,
        pValues: true,
      }),
  };
}

/** Imports a file into a worker that hangs, and lets the watchdog stop it. */
async function stuckImport(
  engine: EngineClient,
  relationTypes: Parameters<EngineClient['importFiles']>[1],
) {
  FakeWorker.made.at(-1)!.hangOnImport = true;
  const reply = engine.importFiles([new File([bundle], 'slow.json')], relationTypes);
  await vi.advanceTimersByTimeAsync(IMPORT_STALL_MS + 10);
  return reply;
}

/**
 * Lets the page's side run until a worker has been asked for `kind`: reading a File finishes
 * outside the fake clock, so the time limit starts only then. The clock does not move meanwhile.
 */
async function untilAsked(worker: FakeWorker, kind: EngineRequest['kind']): Promise<void> {
  for (let turn = 0; !worker.received.includes(kind); turn++) {
    if (turn === 100) throw new Error(`Expected the worker to be asked for ${kind}`);
    await vi.advanceTimersByTimeAsync(0);
  }
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Two relation files, given out of the loader's order. */
const twoRelationFiles = () =>
  folder({
    relations: {
      'relations/b.json': [relation({ id: 'b', start: '1957' })],
      'relations/a.json': [relation({ id: 'a' })],
    },
  });

/**
 * Replaces the worker (a stuck import), asks about the loaded data set again, checks the answer
 * counts both relations, and returns what the new worker was asked first.
 */
async function askedAfterRestart(
  engine: EngineClient,
  reply: DatasetReply & { ok: true },
): Promise<unknown> {
  const relationTypes = reply.parts.relationTypes;
  await stuckImport(engine, relationTypes);
  const window = yearWindow(1950, 1969);
  const query = { hiddenTypes: [], hiddenActors: [], window, betweenness: false };
  const scoring = defaultScoring({ relationTypes } as never);
  const extras = await engine.extras(reply.dataset, { ...query, scoring });
  expect(extras?.centrality.relations.north).toBe(2);
  return FakeWorker.made[1]?.requests[0];
}

describe('EngineClient', () => {
  it('answers centrality and the year strip for a data set it loaded', async () => {
    const data = await loaded(client());
    expect((await data.extras())?.centrality.pagerank.north).toBeGreaterThan(0);
    expect((await data.strip())?.map((y) => y.year)).toEqual([
      1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959,
    ]);
  });

  it('hands packed bytes to the worker and reads their relations itself, as the worker would', async () => {
    const files = twoRelationFiles();
    const encoded = new TextEncoder().encode(packDataFiles(files));
    const bytes = encoded.buffer as ArrayBuffer;
    const engine = client();
    const reply = await engine.load(bytes);
    if (!reply.ok) throw new Error('Expected the bytes to load');
    // Handed over, not copied: the page's buffer is empty now.
    expect(bytes.byteLength).toBe(0);
    const worker = FakeWorker.made[0]!;
    expect(worker.requests[0]).toMatchObject({ kind: 'load', relationsOnPage: true });
    // The worker left its relations out; the page's reading took their place.
    expect(worker.replies[0]).toMatchObject({
      ok: true,
      relationsOnPage: 2,
      parts: { relations: [] },
    });
    const loaded = loadDataset(files);
    if (!loaded.ok) throw new Error('Expected the files to load');
    expect(JSON.stringify(reply.parts.relations)).toBe(JSON.stringify(loaded.dataset.relations));
    expect(reply.parts.actors).toEqual(loaded.dataset.actors);

    // A restarted worker loads the same data again, from the texts the page kept.
    const again = await askedAfterRestart(engine, reply);
    expect(again).toMatchObject({ kind: 'load', relationsOnPage: true });
  });

  it("takes the worker's relations when its validation made them anew", async () => {
    const reordered = { type: 'alliance', ...relation({ id: 'late-keys' }) };
    const files = folder({ relations: [reordered] });
    const reply = await client().load(
      new TextEncoder().encode(packDataFiles(files)).buffer as ArrayBuffer,
    );
    if (!reply.ok) throw new Error('Expected the bytes to load');
    const loaded = loadDataset(files);
    if (!loaded.ok) throw new Error('Expected the files to load');
    expect(JSON.stringify(reply.parts.relations)).toBe(JSON.stringify(loaded.dataset.relations));
    expect(FakeWorker.made[0]?.replies[0]).not.toHaveProperty('relationsOnPage');
  });

  it('sends bytes it cannot unpack as they are, and the worker says what is wrong', async () => {
    const reply = await client().load(new TextEncoder().encode('not packed').buffer as ArrayBuffer);
    expect(reply).toMatchObject({
      ok: false,
      errors: [{ file: 'graph-data', message: expect.stringContaining('damaged') as string }],
    });
  });

  it('posts a large data file as a Blob, reads its relations itself, and keeps their texts', async () => {
    const files = twoRelationFiles();
    const file = new Blob([packDataFiles(files)]);
    const engine = client();
    const reply = await engine.load(file);
    if (!reply.ok) throw new Error('Expected the data file to load');
    const worker = FakeWorker.made[0]!;
    // The file itself went to the worker (a handle), not bytes the page had read.
    const posted = worker.requests[0];
    expect(posted).toMatchObject({ kind: 'load', relationsOnPage: true });
    expect(posted?.kind === 'load' && posted.files).toBeInstanceOf(Blob);
    expect(worker.replies[0]).toMatchObject({ ok: true, relationsOnPage: 2 });
    const loaded = loadDataset(files);
    if (!loaded.ok) throw new Error('Expected the files to load');
    expect(JSON.stringify(reply.parts.relations)).toBe(JSON.stringify(loaded.dataset.relations));

    // A restarted worker is loaded from the texts the page read, not the Blob again.
    const again = await askedAfterRestart(engine, reply);
    expect(again).toMatchObject({ kind: 'load', relationsOnPage: true });
    expect(Array.isArray((again as { files: unknown }).files)).toBe(true);
  });

  it('sends a Blob it cannot unpack as it is, and the worker says what is wrong', async () => {
    const reply = await client().load(new Blob(['not packed']));
    expect(reply).toMatchObject({
      ok: false,
      errors: [{ file: 'graph-data', message: expect.stringContaining('damaged') as string }],
    });
  });

  it("reads a load's Blob into bytes for the engine, and leaves every other request alone", () => {
    const blob = new Blob(['x']);
    const bytes = new ArrayBuffer(1);
    const read = vi.fn(() => bytes);
    expect(withBytes({ kind: 'load', files: blob, relationsOnPage: true }, read)).toEqual({
      kind: 'load',
      files: bytes,
      relationsOnPage: true,
    });
    expect(read).toHaveBeenCalledWith(blob);
    const texts = folder();
    expect(withBytes({ kind: 'load', files: texts }, read)).toEqual({ kind: 'load', files: texts });
    const opening = { kind: 'opening', search: '' } as const;
    expect(withBytes(opening, read)).toBe(opening);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('stops a stuck import after the time limit, with a message', async () => {
    const engine = client();
    const { relationTypes } = await loaded(engine);
    const reply = await stuckImport(engine, relationTypes);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.errors[0]?.message).toBe(
      `made no progress for ${IMPORT_STALL_MS / 1000} s and was stopped`,
    );
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
  });

  it('loads the data shown into the new worker after a restart, so its measures keep coming', async () => {
    const engine = client();
    const data = await loaded(engine);
    const before = await data.extras();
    await stuckImport(engine, data.relationTypes);
    const fresh = FakeWorker.made[1];
    expect(fresh?.received).toEqual([]);

    const after = await data.extras();
    expect(after).toEqual(before);
    expect(after?.centrality.pagerank.north).toBeGreaterThan(0);
    expect((await data.strip())?.length).toBe(10);
    // The shipped files went to the new worker once, before the first request about them.
    expect(fresh?.received).toEqual(['load', 'extras', 'strip']);
  });

  it('answers a request cut off by the restart from the new worker', async () => {
    const engine = client();
    const data = await loaded(engine);
    const stuck = FakeWorker.made[0]!;
    stuck.hangOnImport = true;
    const slow = engine.importFiles([new File([bundle], 'slow.json')], data.relationTypes);
    // Asked while the import is stuck, of a worker that is busy with it and never answers.
    await vi.advanceTimersByTimeAsync(100);
    stuck.postMessage = () => {};
    const asked = data.extras();
    await vi.advanceTimersByTimeAsync(IMPORT_STALL_MS + 10);
    expect((await slow).ok).toBe(false);
    expect((await asked)?.centrality.pagerank.north).toBeGreaterThan(0);
    expect(FakeWorker.made[1]?.received).toEqual(['load', 'extras']);
  });

  it('keeps an import for the new worker too, and lets go of an earlier one', async () => {
    const engine = client();
    const { relationTypes } = await loaded(engine);
    const first = await engine.importFiles([new File([bundle], 'first.json')], relationTypes);
    const second = await engine.importFiles([new File([bundle], 'second.json')], relationTypes);
    if (!first.ok || !second.ok) throw new Error('Expected both imports to load');
    await stuckImport(engine, relationTypes);
    const window = yearWindow(1990, 1999);
    const scoring = defaultScoring({ relationTypes } as never);
    const extras = await engine.extras(second.dataset, {
      hiddenTypes: [],
      hiddenActors: [],
      window,
      scoring,
    });
    expect(extras?.centrality.pagerank.aa).toBeGreaterThan(0);
    expect(FakeWorker.made[1]?.received).toEqual(['restore', 'extras']);
    // The first import is no longer shown anywhere: it is not loaded again.
    expect(
      await engine.extras(first.dataset, { hiddenTypes: [], hiddenActors: [], window, scoring }),
    ).toBeUndefined();
    expect(FakeWorker.made[1]?.received).toEqual(['restore', 'extras']);
  });

  it('keeps a kept import restored at start for the new worker', async () => {
    const engine = client();
    const { relationTypes } = await loaded(engine);
    const imported = await engine.importFiles([new File([bundle], 'kept.json')], relationTypes);
    if (!imported.ok) throw new Error('Expected the import to load');
    const restored = await engine.restore('kept.json', imported.parts);
    if (!restored.ok) throw new Error('Expected the kept import to load');
    await stuckImport(engine, relationTypes);
    const scoring = defaultScoring({ relationTypes } as never);
    const strip = await engine.strip(restored.dataset, {
      hiddenTypes: [],
      hiddenActors: [],
      scoring,
      from: 1990,
      to: 1991,
      pValues: false,
    });
    expect(strip?.map((y) => y.year)).toEqual([1990, 1991]);
  });

  it('gives a stuck import the whole time limit, and not a moment more', async () => {
    const engine = client();
    const { relationTypes } = await loaded(engine);
    const stuck = FakeWorker.made[0]!;
    stuck.hangOnImport = true;
    let answer: DatasetReply | undefined;
    const importing = engine
      .importFiles([new File([bundle], 'slow.json')], relationTypes)
      .then((reply) => (answer = reply));
    await untilAsked(stuck, 'import');
    await vi.advanceTimersByTimeAsync(IMPORT_STALL_MS - 1);
    expect(answer).toBeUndefined();
    expect(FakeWorker.made).toHaveLength(1);
    expect(stuck.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(answer?.ok).toBe(false);
    expect(await importing).toBe(answer);
    expect(stuck.terminated).toBe(true);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('keeps a worker whose import answered in time, after the time limit has passed', async () => {
    const engine = client();
    const data = await loaded(engine);
    const imported = await engine.importFiles(
      [new File([bundle], 'quick.json')],
      data.relationTypes,
    );
    expect(imported.ok).toBe(true);
    await vi.advanceTimersByTimeAsync(IMPORT_STALL_MS * 2);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]?.terminated).toBe(false);
    expect((await data.extras())?.centrality.pagerank.north).toBeGreaterThan(0);
    expect(FakeWorker.made[0]?.received).toEqual(['load', 'import', 'extras']);
  });

  it('answers later requests from the new worker, a new import and a second restart included', async () => {
    const engine = client();
    const data = await loaded(engine);
    await stuckImport(engine, data.relationTypes);
    const second = FakeWorker.made[1]!;

    // An import after the restart is read by the new worker, and its measures come.
    const imported = await engine.importFiles(
      [new File([bundle], 'after.json')],
      data.relationTypes,
    );
    if (!imported.ok) throw new Error('Expected the import after the restart to load');
    const scoring = defaultScoring({ relationTypes: data.relationTypes } as never);
    const window = yearWindow(1990, 1999);
    const query = { hiddenTypes: [], hiddenActors: [], window, scoring };
    expect((await engine.extras(imported.dataset, query))?.centrality.pagerank.aa).toBeGreaterThan(
      0,
    );
    expect(second.received).toEqual(['import', 'extras']);

    // The new worker gets stuck in its turn: a third one gets both data sets shown, when asked.
    await stuckImport(engine, data.relationTypes);
    expect(second.terminated).toBe(true);
    const third = FakeWorker.made[2]!;
    expect(third.received).toEqual([]);
    expect((await data.extras())?.centrality.pagerank.north).toBeGreaterThan(0);
    expect((await engine.extras(imported.dataset, query))?.centrality.pagerank.aa).toBeGreaterThan(
      0,
    );
    expect(third.received).toEqual(['load', 'extras', 'restore', 'extras']);
  });

  it('asks the new worker again for data whose loading a restart cut off', async () => {
    const engine = client();
    const { relationTypes } = await loaded(engine);
    const stuck = FakeWorker.made[0]!;
    stuck.hangOnImport = true;
    const slow = engine.importFiles([new File([bundle], 'slow.json')], relationTypes);
    await untilAsked(stuck, 'import');
    // The dev server sends newer files while the worker is stuck: it never answers them.
    stuck.silent = true;
    const reloading = engine.load(folder());
    await vi.advanceTimersByTimeAsync(IMPORT_STALL_MS);
    expect((await slow).ok).toBe(false);
    const data = await loaded(engine, reloading);
    expect(FakeWorker.made[1]?.received).toEqual(['load']);
    expect((await data.extras())?.centrality.pagerank.north).toBeGreaterThan(0);
    expect(FakeWorker.made[1]?.received).toEqual(['load', 'extras']);
  });

  it('stops a stuck load after its time limit, with a message, and loads in the new worker', async () => {
    const engine = client();
    const first = FakeWorker.made.at(-1)!;
    first.silent = true;
    const loading = engine.load(folder());
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS - 1);
    expect(first.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const reply = await loading;
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.errors[0]?.message).toBe(
      `took longer than ${LOAD_TIMEOUT_MS / 1000} s to load and was stopped`,
    );
    expect(first.terminated).toBe(true);
    // A retry goes to the new worker, which answers.
    expect((await engine.load(folder())).ok).toBe(true);
  });

  it('answers every waiting request with a message when the worker fails', async () => {
    const engine = client();
    const worker = FakeWorker.made[0]!;
    worker.silent = true;
    const loading = engine.load(folder());
    worker.onerror?.({ message: 'out of memory' });
    expect(await loading).toEqual({
      ok: false,
      errors: [{ file: '(engine)', message: 'stopped: out of memory' }],
    });
  });
});
