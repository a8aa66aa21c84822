// @vitest-environment node
// (Node's File can be read; jsdom's cannot, and nothing here needs a DOM.)
//
// The engine client adding imports to the shipped data: the import (or the kept one) goes to the
// worker with the worker's number for the shipped data set, which a new worker loads first.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addedParts } from '../../src/core/exchange/import/added';
import { IMPORT_STALL_MS } from '../../src/ui/engine/client';
import { folder } from '../builders';
import { FakeWorker, fakeClient } from './fake-worker';

const client = fakeClient;
const csv = (id: string) =>
  new File(
    [
      `id,type,source,target,start,title,summary,sources\n${id},alliance,north,south,1960,P,S.,https://example.org\n`,
    ],
    `${id}.csv`,
  );
const kinds = (worker: FakeWorker | undefined) => worker?.received;

beforeEach(() => {
  FakeWorker.made = [];
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('EngineClient, adding to the shipped data', () => {
  it('sends the worker its own number for the shipped data set, loading them again in a new worker', async () => {
    const engine = client();
    const shipped = await engine.load(folder());
    if (!shipped.ok) throw new Error('Expected the fixture to load');
    const options = { into: 'add', shipped: shipped.dataset } as const;
    const added = await engine.importFiles([csv('north-south-1960')], [], options);
    if (!added.ok) throw new Error('Expected the addition to load');
    expect(added.parts.relations.map((r) => r.id)).toEqual([
      'north-south-1955-pact',
      'north-south-1960',
    ]);
    const first = FakeWorker.made[0]!;
    expect(first.requests.at(-1)).toMatchObject({ kind: 'import', into: 'add' });

    // A stuck import replaces the worker: the next addition loads the shipped data there first.
    first.hangOnImport = true;
    const asked = first.requests.length;
    const stuck = engine.importFiles([csv('north-south-1961')], [], options);
    // Reading the File finishes outside the fake clock: the time limit starts once it is sent.
    for (let turn = 0; first.requests.length === asked; turn++) {
      if (turn === 100) throw new Error('Expected the worker to be asked for the import');
      await vi.advanceTimersByTimeAsync(0);
    }
    await vi.advanceTimersByTimeAsync(IMPORT_STALL_MS + 10);
    expect((await stuck).ok).toBe(false);
    const second = await engine.importFiles([csv('north-south-1962')], [], options);
    expect(second.ok && second.parts.relations).toHaveLength(2);
    expect(kinds(FakeWorker.made[1])).toEqual(['load', 'import']);
  });

  it('restores a kept addition by adding it again, and holds it as the data set it became', async () => {
    const engine = client();
    const shipped = await engine.load(folder());
    if (!shipped.ok) throw new Error('Expected the fixture to load');
    const added = await engine.importFiles([csv('north-south-1960')], [], {
      into: 'add',
      shipped: shipped.dataset,
    });
    if (!added.ok) throw new Error('Expected the addition to load');
    const kept = addedParts(added.parts, shipped.parts);
    expect(kept.relations.map((r) => r.id)).toEqual(['north-south-1960']);
    const restored = await engine.restore('north-south-1960.csv', kept, {
      into: 'add',
      shipped: shipped.dataset,
    });
    expect(restored.ok && restored.parts.relations).toEqual(added.parts.relations);
    expect(FakeWorker.made[0]?.requests.at(-1)).toMatchObject({ kind: 'restore', into: 'add' });
  });

  it('answers an addition when no shipped data set is held, without asking the worker', async () => {
    const engine = client();
    const reply = await engine.importFiles([csv('north-south-1960')], [], { into: 'add' });
    expect(reply).toEqual({
      ok: false,
      errors: [
        {
          file: 'north-south-1960.csv',
          message:
            'cannot be added to the shipped data: they are not loaded (reload the page, or choose "Replace the shipped data")',
        },
      ],
    });
    expect(kinds(FakeWorker.made[0])).toEqual([]);
  });
});
