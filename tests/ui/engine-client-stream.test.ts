// @vitest-environment node
// (Node's File can be read as a stream; jsdom's cannot.)
//
// The engine client's imports as streams: the page gets the worker's progress, Cancel answers at
// once and keeps the data shown and the worker, and the time limit is on time without progress.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CANCELLED, type ImportProgress } from '../../src/core/exchange/import/progress';
import { IMPORT_STALL_MS } from '../../src/ui/engine/client';
import { WorkerCalls } from '../../src/ui/engine/worker-calls';
import { folder } from '../builders';
import { FakeWorker, fakeClient } from './fake-worker';

const rows = Array.from(
  { length: 3000 },
  (_, i) => `r-${i},alliance,north,south,1960,P,S.,https://example.org/${i}`,
);
const csv = () =>
  new File([`id,type,source,target,start,title,summary,sources\n${rows.join('\n')}\n`], 'big.csv');

beforeEach(() => {
  FakeWorker.made = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('EngineClient, importing as streams', () => {
  it('passes on the progress of the worker, bytes and records growing to the whole file', async () => {
    const engine = fakeClient();
    const loaded = await engine.load(folder());
    if (!loaded.ok) throw new Error('Expected the fixture to load');
    const file = csv();
    const seen: ImportProgress[] = [];
    const reply = await engine.importFiles(
      [file],
      loaded.parts.relationTypes,
      {},
      {
        progress: (p) => seen.push(p),
      },
    );
    expect(reply.ok && reply.parts.relations).toHaveLength(3000);
    const reading = seen.filter((p) => p.phase === 'reading');
    expect(reading.length).toBeGreaterThan(0);
    expect(reading.at(-1)).toMatchObject({
      bytesRead: file.size,
      bytesTotal: file.size,
      records: 3000,
    });
    expect(seen.at(-1)?.phase).toBe('validating');
  });

  it('answers a cancelled import at once, tells the worker to stop, and keeps the data shown', async () => {
    const engine = fakeClient();
    const loaded = await engine.load(folder());
    if (!loaded.ok) throw new Error('Expected the fixture to load');
    const worker = FakeWorker.made[0]!;
    const controller = new AbortController();
    let stopped: unknown;
    const sent = worker.postMessage.bind(worker);
    worker.postMessage = (message) => {
      if ('cancel' in message) stopped = message.cancel;
      sent(message);
    };
    const reply = await engine.importFiles(
      [csv()],
      loaded.parts.relationTypes,
      {},
      {
        progress: () => controller.abort(),
        signal: controller.signal,
      },
    );
    expect(reply).toEqual({ ok: false, errors: [{ file: 'big.csv', message: CANCELLED }] });
    expect(stopped).toEqual(expect.any(Number));
    expect(FakeWorker.made).toHaveLength(1);
    expect(worker.engine.holding().datasets).toBe(1);
  });
});

/** A worker that answers nothing by itself: the test sends its progress and its reply. */
class QuietWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  terminated = false;
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
}

describe('WorkerCalls, with a limit on time without progress', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('lets a request that keeps making progress run past the limit, and stops one that stalls', async () => {
    const made: QuietWorker[] = [];
    const calls = new WorkerCalls(
      () => {
        made.push(new QuietWorker());
        return made.at(-1) as unknown as Worker;
      },
      () => undefined,
    );
    const limit = { ms: IMPORT_STALL_MS, idle: true, reply: 'stalled' };
    let answer: unknown;
    const asked = calls
      .call({ kind: 'import', files: [], relationTypes: [] }, (r) => r, { limit })
      .then((r) => (answer = r));
    // Progress every few seconds for three times the limit: still running.
    for (let t = 0; t < 3 * IMPORT_STALL_MS; t += IMPORT_STALL_MS / 4) {
      await vi.advanceTimersByTimeAsync(IMPORT_STALL_MS / 4);
      made[0]!.onmessage?.({ data: { id: 1, progress: {} } });
    }
    expect(answer).toBeUndefined();
    expect(made[0]!.terminated).toBe(false);
    // Then nothing: stopped when the limit has passed since the last progress, not before.
    await vi.advanceTimersByTimeAsync(IMPORT_STALL_MS - 1);
    expect(answer).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(answer).toBe('stalled');
    expect(await asked).toBe('stalled');
    expect(made[0]!.terminated).toBe(true);
  });
});
