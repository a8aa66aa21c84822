import { describe, expect, it } from 'vitest';
import { analyzeExtras } from '../../src/core/analysis/analysis';
import { Engine, partFor, type EngineRequest } from '../../src/core/engine/engine';
import { FILTERED_KEPT } from '../../src/core/engine/held-datasets';
import { importSources } from '../../src/core/exchange/import/import-stream';
import { source } from '../support/import-sources';
import { DEFAULT_SCORING } from '../../src/core/analysis/scoring';
import { analyzeCore } from '../../src/core/analysis/analysis-core';
import { campSeries } from '../../src/core/analysis/series';
import { leanCore } from '../../src/core/analysis/lean-core';
import { filterDataset } from '../../src/core/data/filters';
import { loadDataset } from '../../src/core/data/load';
import { packDataFiles } from '../../src/core/data/packed';
import { viewWindow } from '../../src/core/time/time';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';
import { folder, relation } from '../builders';

const files = readGraphDataFolder(SHIPPED_DATA);

describe('Engine', () => {
  it('validates data without the parts it loads later, and says when a part is missing', async () => {
    const engine = new Engine();
    const loaded = engine.handle({ kind: 'load', files });
    if (!loaded.ok || !('dataset' in loaded)) throw new Error('the shipped data should load');
    const view = loaded.parts.views.find((v) => v.id === '2022');
    if (!view) throw new Error('no 2022 view');
    const request = {
      kind: 'extras' as const,
      dataset: loaded.dataset,
      hiddenTypes: [],
      hiddenActors: [],
      window: viewWindow(view),
      scoring: DEFAULT_SCORING,
    };
    expect(partFor(request)).toBe('analyzeExtras');
    expect(engine.handle(request)).toEqual({
      ok: false,
      errors: [{ file: '(engine)', message: 'has not loaded the graph analysis' }],
    });
    expect(
      await engine.handle({ kind: 'import', files: [], relationTypes: loaded.parts.relationTypes }),
    ).toMatchObject({ ok: false, errors: [{ message: 'has not loaded the import readers' }] });
    // A kept import added again to the shipped data needs the merging part; one replacing them not.
    const kept = { kind: 'restore', name: 'kept', parts: loaded.parts } as const;
    const added = { ...kept, into: 'add', shipped: loaded.dataset } as const;
    expect(partFor(kept)).toBeUndefined();
    expect(partFor(added)).toBe('addParts');
    expect(engine.handle(added)).toMatchObject({
      ok: false,
      errors: [{ message: 'has not loaded the merging of an import into the shipped data' }],
    });

    engine.use({ analyzeExtras });
    expect(engine.has('analyzeExtras')).toBe(true);
    const reply = engine.handle(request);
    if (!reply.ok || !('extras' in reply)) throw new Error('extras expected');
    const pagerank = Object.values(reply.extras.centrality.pagerank);
    expect(pagerank).toHaveLength(6);
    expect(pagerank.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(partFor({ kind: 'load', files })).toBeUndefined();
  });

  it('answers a window core request with the lean core of the filtered data, once it has the part', () => {
    const engine = new Engine();
    const loaded = engine.handle({ kind: 'load', files });
    if (!loaded.ok || !('dataset' in loaded)) throw new Error('the shipped data should load');
    const dataset = loadDataset(files);
    if (!dataset.ok) throw new Error('the shipped data should load');
    const window = viewWindow(dataset.dataset.viewById['cold-war']!);
    const request = {
      kind: 'core' as const,
      dataset: loaded.dataset,
      hiddenTypes: ['arms-transfer'],
      hiddenActors: ['AFG'],
      window,
      scoring: DEFAULT_SCORING,
    };
    expect(partFor(request)).toBe('analyzeCore');
    expect(engine.handle(request)).toEqual({
      ok: false,
      errors: [{ file: '(engine)', message: 'has not loaded the window analysis' }],
    });
    engine.use({ analyzeCore });
    const filtered = filterDataset(dataset.dataset, request);
    expect(engine.handle(request)).toEqual({
      ok: true,
      core: leanCore(analyzeCore(filtered, window, {}, DEFAULT_SCORING)),
    });
    expect(engine.handle({ ...request, dataset: 99 })).toMatchObject({
      ok: false,
      errors: [{ file: '(engine)', message: expect.stringContaining('has no data set 99') }],
    });
  });

  it('loads the packed bytes a build serves as it loads the files, and says when they are damaged', () => {
    const encoded = new TextEncoder().encode(packDataFiles(files));
    const packed = encoded.buffer.slice(
      encoded.byteOffset,
      encoded.byteOffset + encoded.byteLength,
    );
    const fromFiles = new Engine().handle({ kind: 'load', files });
    const fromBytes = new Engine().handle({ kind: 'load', files: packed });
    expect(fromBytes.ok).toBe(true);
    expect(JSON.stringify(fromBytes)).toBe(JSON.stringify(fromFiles));
    const cut = packed.slice(0, packed.byteLength - 10);
    expect(new Engine().handle({ kind: 'load', files: cut })).toEqual({
      ok: false,
      errors: [
        {
          file: 'graph-data',
          message: expect.stringMatching(
            /^the data file is damaged or not Entente's \(.* is cut short\)$/,
          ) as string,
        },
      ],
    });
  });

  it('leaves the relations out of a load the page reads itself, only when they are as parsed', () => {
    const inOrder = folder({ relations: [relation({ id: 'one' }), relation({ id: 'two' })] });
    const encoded = new TextEncoder().encode(packDataFiles(inOrder));
    for (const given of [inOrder, encoded.buffer as ArrayBuffer]) {
      const reply = new Engine().handle({ kind: 'load', files: given, relationsOnPage: true });
      if (!('ok' in reply) || !reply.ok || !('parts' in reply))
        throw new Error('Expected a data set');
      expect(reply.relationsOnPage).toBe(2);
      expect(reply.parts.relations).toEqual([]);
      expect(reply.parts.actors).toHaveLength(2);
    }
    // Not asked: the relations come as always.
    const whole = new Engine().handle({ kind: 'load', files: inOrder });
    expect(whole).toMatchObject({ ok: true, parts: { relations: [{ id: 'one' }, { id: 'two' }] } });
    expect(whole).not.toHaveProperty('relationsOnPage');
    // A relation the validation built anew (keys out of order): the page's reading would differ.
    const reordered = folder({ relations: [{ type: 'alliance', ...relation({ id: 'one' }) }] });
    const made = new Engine().handle({ kind: 'load', files: reordered, relationsOnPage: true });
    expect(made).toMatchObject({ ok: true, parts: { relations: [{ id: 'one' }] } });
    expect(made).not.toHaveProperty('relationsOnPage');
    // Data with errors answer with them, asked or not.
    const broken = folder({ relations: [relation({ source: 'nowhere' })] });
    const refused = new Engine().handle({ kind: 'load', files: broken, relationsOnPage: true });
    expect(refused).toMatchObject({ ok: false });
    expect(refused).toEqual(new Engine().handle({ kind: 'load', files: broken }));
  });

  describe('the data sets it holds', () => {
    const strip = (
      dataset: number,
      hiddenActors: readonly string[] = [],
    ): Extract<EngineRequest, { kind: 'strip' }> => ({
      kind: 'strip',
      dataset,
      hiddenTypes: [],
      hiddenActors,
      scoring: DEFAULT_SCORING,
      from: 2000,
      to: 2000,
      pValues: false,
    });
    const handle = (reply: Awaited<ReturnType<Engine['handle']>>): number => {
      if (!reply.ok || !('dataset' in reply)) throw new Error('Expected a data set');
      return reply.dataset;
    };

    it('lets a data set go when the next of its kind replaces it, and says so when asked for it', async () => {
      const engine = new Engine({ importSources, campSeries });
      const first = handle(engine.handle({ kind: 'load', files }));
      // A dev edit: the shipped data again.
      const second = handle(engine.handle({ kind: 'load', files }));
      expect(engine.holding().datasets).toBe(1);
      expect(engine.handle(strip(first))).toEqual({
        ok: false,
        errors: [
          {
            file: '(engine)',
            message: `has no data set ${first}: it was replaced by a newer one and let go`,
          },
        ],
      });
      expect(engine.handle(strip(second)).ok).toBe(true);

      // An import sits beside the shipped data; the next import (or a kept one) replaces it.
      const loaded = engine.handle({ kind: 'load', files });
      if (!loaded.ok || !('parts' in loaded)) throw new Error('Expected the data to load');
      const shipped = loaded.dataset;
      const imported = handle(
        await engine.handle({
          kind: 'import',
          files: [source('mine.json', JSON.stringify(loaded.parts))],
          relationTypes: loaded.parts.relationTypes,
        }),
      );
      expect(engine.holding().datasets).toBe(2);
      const restored = handle(
        engine.handle({ kind: 'restore', name: 'kept.json', parts: loaded.parts }),
      );
      expect(engine.holding().datasets).toBe(2);
      expect(engine.handle(strip(imported)).ok).toBe(false);
      expect(engine.handle(strip(restored)).ok).toBe(true);
      expect(engine.handle(strip(shipped)).ok).toBe(true);
      expect(engine.handle(strip(99))).toMatchObject({
        ok: false,
        errors: [{ message: 'has no data set 99: it was never loaded' }],
      });
    });

    it('keeps the latest few filtered copies of a data set, and lets them go with it', () => {
      const engine = new Engine({ campSeries });
      const first = handle(engine.handle({ kind: 'load', files }));
      // The same filters in another order are the same copy.
      engine.handle(strip(first, ['AFG', 'IND']));
      engine.handle(strip(first, ['IND', 'AFG']));
      expect(engine.holding()).toEqual({ datasets: 1, filtered: 1 });
      for (const actor of ['PAK', 'RUS', 'USA', 'CHN', 'IND', 'AFG'])
        expect(engine.handle(strip(first, [actor])).ok).toBe(true);
      expect(engine.holding()).toEqual({ datasets: 1, filtered: FILTERED_KEPT });
      handle(engine.handle({ kind: 'load', files }));
      expect(engine.holding()).toEqual({ datasets: 1, filtered: 0 });
    });
  });
});
