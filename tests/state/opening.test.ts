// The window, filters and reading a link opens on, worked out without an explorer
// (state/opening.ts) for the engine to compute a large data set's first window: the same as the
// explorer's own for every kind of link, and seeded into the explorer at start so that the page
// does not work that window out again.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCore } from '../../src/core/analysis/analysis-core';
import { generateCommand } from '../../src/cli/generate';
import { loadDataset } from '../../src/core/data/load';
import { Engine } from '../../src/core/engine/engine';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';
import { Explorer } from '../../src/state/explorer.svelte';
import { coreKey } from '../../src/state/keys';
import { openingQuery } from '../../src/state/opening';
import { Session } from '../../src/state/session.svelte';
import { localEngine, memoryStore } from './local-engine';

const shippedFiles = readGraphDataFolder(SHIPPED_DATA);
const shipped = loadDataset(shippedFiles);
if (!shipped.ok) throw new Error('invalid shipped data');

const largeDir = join(mkdtempSync(join(tmpdir(), 'entente-opening-')), 'large');
generateCommand(
  ['--actors', '60', '--relations', '4000', '--seed', '3', '--out', largeDir],
  () => undefined,
);
const largeFiles = readGraphDataFolder(largeDir);
const large = loadDataset(largeFiles);
if (!large.ok) throw new Error('invalid generated data');

const LINKS = [
  '',
  '?view=2022',
  '?view=cold-war',
  '?view=no-such-era',
  '?from=1960&to=1975',
  '?from=1975&to=1960',
  '?view=2022&hideTypes=alliance,treaty',
  '?view=cold-war&hideActors=PAK,AAA',
  '?mode=compare&view=2022&ref=2022',
  '?mode=diff&view=cold-war&ref=2022',
  '?score=sum&layers=security,economy&confidence=off',
  '?from=2000&to=2001&layers=nonsense',
];

describe('openingQuery', () => {
  it('reads links that change each part of the query (the cases below are not all defaults)', () => {
    const at = (link: string) => openingQuery(link, shipped.dataset);
    expect(at('?view=2022&hideTypes=alliance,treaty').hiddenTypes).toEqual(['alliance', 'treaty']);
    expect(at('?view=cold-war&hideActors=PAK,AAA').hiddenActors).toEqual(['PAK']);
    expect(at('?score=sum&layers=security,economy&confidence=off').scoring).toEqual({
      mode: 'sum',
      layers: ['security', 'economy'],
      confidence: false,
    });
    expect(at('?mode=compare&view=2022&ref=2022').window).not.toEqual(at('?view=2022').window);
  });

  it.each(LINKS)('names the window, filters and reading the explorer opens on: "%s"', (link) => {
    for (const dataset of [shipped.dataset, large.dataset]) {
      const explorer = new Explorer(dataset, link);
      expect(openingQuery(link, dataset)).toEqual({
        hiddenTypes: explorer.hiddenTypes,
        hiddenActors: explorer.hiddenActors,
        window: explorer.currentWindow,
        scoring: explorer.scoring,
        reference: explorer.referenceView ? explorer.referenceWindow : null,
      });
    }
  });
});

describe('the opening window at start', () => {
  it('comes from the engine for a large data set, and the page keeps it', async () => {
    const session = new Session({ engine: localEngine(), store: memoryStore() });
    await session.start(largeFiles, '?from=2010&to=2010');
    const explorer = session.explorer;
    expect(explorer?.largeGraph).toBe(true);
    // Known at once: not pending, as it would be had the page to ask the engine after it started.
    expect(explorer?.corePending).toBe(false);
    expect(JSON.stringify(explorer?.core)).toBe(
      JSON.stringify(analyzeCore(large.dataset, explorer!.currentWindow, {}, explorer!.scoring)),
    );
    // The reference era's core (its camps letter the window's) came with it, and is the same.
    const referenceWindow = explorer!.referenceWindow;
    const key = coreKey(explorer!, explorer!.scoring, referenceWindow);
    expect(explorer?.cores.pinned(key)).toBeDefined();
    expect(JSON.stringify(explorer?.referenceCore)).toBe(
      JSON.stringify(analyzeCore(large.dataset, referenceWindow, {}, explorer!.scoring)),
    );
  });

  it('works out the reference era once when the link opens on it, and the page keeps it for both', async () => {
    const engine = localEngine();
    const session = new Session({ engine, store: memoryStore() });
    await session.start(largeFiles, '');
    const explorer = session.explorer!;
    expect(explorer.referenceWindow).toEqual(explorer.currentWindow); // the first era, by default
    // The engine's answer holds one core, given for both.
    const reply = engine.engine.opening({ kind: 'opening', search: '' });
    if (!reply.ok || !reply.opening) throw new Error('Expected an opening');
    expect(reply.opening.referenceCore).toBe(reply.opening.core);
    expect(explorer.corePending).toBe(false);
    const key = coreKey(explorer, explorer.scoring, explorer.referenceWindow);
    expect(explorer.cores.pinned(key)).toBeDefined();
    const expected = JSON.stringify(
      analyzeCore(large.dataset, explorer.currentWindow, {}, explorer.scoring),
    );
    expect(JSON.stringify(explorer.core)).toBe(expected);
    expect(JSON.stringify(explorer.referenceCore)).toBe(expected);
  });

  it('is none for a data set that is not large, which needs no analysis in the worker', () => {
    const engine = new Engine();
    engine.handle({ kind: 'load', files: shippedFiles });
    expect(engine.openingParts()).toEqual([]);
    expect(engine.handle({ kind: 'opening', search: '?view=2022' })).toEqual({
      ok: true,
      opening: null,
    });
    engine.handle({ kind: 'load', files: largeFiles });
    expect(engine.openingParts()).toEqual(['analyzeCore', 'openingQuery']);
  });
});
