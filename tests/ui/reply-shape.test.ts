// @vitest-environment node
// The engine worker's replies are checked at the page's border: the real engine's replies pass
// as they are, and a reply of another shape becomes the client's error reply.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeExtras } from '../../src/core/analysis/analysis';
import { analyzeCore } from '../../src/core/analysis/analysis-core';
import { campSeries } from '../../src/core/analysis/series';
import { defaultScoring } from '../../src/core/analysis/scoring';
import { Engine, type EngineRequest } from '../../src/core/engine/engine';
import { importData } from '../../src/core/exchange/import/import';
import { yearWindow } from '../../src/core/time/time';
import { EngineClient } from '../../src/ui/engine/client';
import {
  readCoreReply,
  readDatasetReply,
  readExtrasReply,
  readOpeningReply,
  readStripReply,
} from '../../src/ui/engine/reply-shape';
import { generateCommand } from '../../src/cli/generate';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { openingQuery } from '../../src/state/opening';
import { folder, relation } from '../builders';

/** The real engine's replies, cloned as a worker's are. */
function replies() {
  const engine = new Engine({ analyzeExtras, importData, analyzeCore, campSeries });
  const ask = (request: EngineRequest) => structuredClone(engine.handle(request)) as unknown;
  const loaded = engine.load(folder());
  if (!loaded.ok) throw new Error('Expected the fixture to load');
  const scoring = defaultScoring({ relationTypes: loaded.parts.relationTypes } as never);
  const about = { dataset: loaded.dataset, hiddenTypes: [], hiddenActors: [], scoring };
  return {
    loaded: structuredClone(loaded) as unknown,
    refused: ask({ kind: 'load', files: folder({ relations: [relation({ end: '1940' })] }) }),
    extras: ask({ kind: 'extras', ...about, window: yearWindow(1950, 1969), betweenness: true }),
    strip: ask({ kind: 'strip', ...about, from: 1950, to: 1959, pValues: true }),
    core: ask({ kind: 'core', ...about, window: yearWindow(1950, 1969) }),
  };
}

const wrongShape = (path: string) => ({
  ok: false,
  errors: [{ file: '(engine)', message: expect.stringContaining(`(${path} is not as expected)`) }],
});

describe('the engine replies read at the border', () => {
  it('passes the real engine’s replies as they are, refusals included', () => {
    const real = replies();
    expect(readDatasetReply(real.loaded)).toBe(real.loaded);
    expect(readDatasetReply(real.refused)).toBe(real.refused);
    expect((real.refused as { ok: boolean }).ok).toBe(false);
    expect(readExtrasReply(real.extras)).toBe(real.extras);
    expect(readStripReply(real.strip)).toBe(real.strip);
    expect(readCoreReply(real.core)).toBe(real.core);
    expect(
      (real.core as { core: { dyads: { counts: Int32Array } } }).core.dyads.counts.length,
    ).toBeGreaterThan(0);
  });

  it('passes the real engine’s opening window of a large data set, and refuses one cut short', () => {
    const engine = new Engine({ analyzeCore, openingQuery });
    const dir = join(mkdtempSync(join(tmpdir(), 'entente-shape-')), 'large');
    generateCommand(
      ['--actors', '40', '--relations', '2000', '--seed', '5', '--out', dir],
      () => {},
    );
    expect(engine.handle({ kind: 'load', files: readGraphDataFolder(dir) }).ok).toBe(true);
    const reply = structuredClone(engine.handle({ kind: 'opening', search: '?view=2022' }));
    expect(readOpeningReply(reply)).toBe(reply);
    expect(reply).toMatchObject({
      ok: true,
      opening: { referenceCore: { dyads: { counts: expect.any(Int32Array) } } },
    });
    // Columns cut short (one tie fewer numbers than ties), and columns of another kind.
    const cut = structuredClone(reply) as unknown as {
      opening: { core: { dyads: { numbers: Float64Array; counts: unknown } } };
    };
    cut.opening.core.dyads.numbers = cut.opening.core.dyads.numbers.subarray(3);
    expect(readOpeningReply(cut)).toEqual(wrongShape('reply.opening.core.dyads'));
    cut.opening.core.dyads.counts = [1, 2];
    expect(readOpeningReply(cut)).toEqual(wrongShape('reply.opening.core.dyads.counts'));
    const none = { ok: true, opening: null };
    expect(readOpeningReply(none)).toBe(none);
  });

  it.each([
    ['nothing', () => undefined, 'reply'],
    ['a text', () => 'ok', 'reply'],
    [
      'a success with no data',
      () => ({ ok: true, dataset: 1, name: 'n', notices: [] }),
      'reply.parts',
    ],
    [
      'an actor without an id',
      () => {
        const loaded = replies().loaded as { parts: { actors: object[] } };
        loaded.parts.actors[1] = { name: 'No id' };
        return loaded;
      },
      'reply.parts.actors[1].id',
    ],
    ['a refusal without errors', () => ({ ok: false }), 'reply.errors'],
    [
      'an error without a message',
      () => ({ ok: false, errors: [{ file: 'f' }] }),
      'reply.errors[0].message',
    ],
  ])('refuses a data set reply of %s', (_, value, path) => {
    expect(readDatasetReply(value())).toEqual(wrongShape(path));
  });

  it('refuses measures and a year strip of another shape', () => {
    const extras = replies().extras as { extras: { centrality: { pn: unknown } } };
    extras.extras.centrality.pn = [1, 2];
    expect(readExtrasReply(extras)).toEqual(wrongShape('reply.extras.centrality.pn'));
    const strip = replies().strip as { years: { camps: unknown }[] };
    strip.years[3]!.camps = [['north']];
    expect(readStripReply(strip)).toEqual(wrongShape('reply.years[3].camps'));
    const core = replies().core as {
      core: {
        actors: unknown[];
        dyads: { ends: Int32Array };
        frustratedTies: { across?: unknown };
      };
    };
    // A tie's end past the core's actors.
    const ends = core.core.dyads.ends;
    expect(ends.length).toBeGreaterThan(0);
    ends[ends.length - 1] = core.core.actors.length;
    expect(readCoreReply(core)).toEqual(wrongShape('reply.core.dyads'));
    delete core.core.frustratedTies.across;
    expect(readCoreReply(core)).toEqual(wrongShape('reply.core.frustratedTies.across'));
  });
});

describe('EngineClient, with a worker of another shape', () => {
  /** A worker that answers each request with `reply(request)`, as a worker does: later. */
  function answering(reply: (request: EngineRequest) => unknown): EngineClient {
    const worker = {
      onmessage: null as ((event: { data: { id: number; reply: unknown } }) => void) | null,
      onerror: null,
      postMessage({ id, request }: { id: number; request: EngineRequest }) {
        queueMicrotask(() => worker.onmessage?.({ data: { id, reply: reply(request) } }));
      },
      terminate() {},
    };
    return new EngineClient(() => worker as unknown as Worker);
  }

  it('answers a data set request with an error saying so', async () => {
    expect(await answering(() => ({ ok: true, dataset: 'one' })).load(folder())).toEqual({
      ok: false,
      errors: [
        {
          file: '(engine)',
          message:
            'answered a data set request with a reply of another shape (reply.dataset is not as expected)',
        },
      ],
    });
  });

  it('has no measures or year strip from replies of another shape', async () => {
    const real = replies();
    const client = answering((request) =>
      request.kind === 'load' ? real.loaded : { ok: true, extras: {}, years: 'none' },
    );
    const loaded = await client.load(folder());
    if (!loaded.ok) throw new Error('Expected the real load reply to pass');
    const scoring = defaultScoring({ relationTypes: loaded.parts.relationTypes } as never);
    const query = { hiddenTypes: [], hiddenActors: [], scoring };
    const extras = client.extras(loaded.dataset, { ...query, window: yearWindow(1950, 1969) });
    expect(await extras).toBeUndefined();
    const strip = client.strip(loaded.dataset, { ...query, from: 1950, to: 1959, pValues: true });
    expect(await strip).toBeUndefined();
  });
});
