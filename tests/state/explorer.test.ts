import { describe, expect, it, vi } from 'vitest';
import { analyzeCore } from '../../src/core/analysis/analysis-core';
import { leanCore, type LeanCore } from '../../src/core/analysis/lean-core';
import { relationsActiveIn } from '../../src/core/analysis/relation-index';
import { makeDataset } from '../../src/core/data/dataset';
import { filterDataset } from '../../src/core/data/filters';
import { loadDataset } from '../../src/core/data/load';
import type { CoreQuery } from '../../src/core/engine/engine';
import { yearWindow } from '../../src/core/time/time';
import { generate } from '../../src/cli/generate';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';
import type { AnalysisSource } from '../../src/state/engine-source';
import { EXTRAS_SETTLE_MS, Explorer } from '../../src/state/explorer.svelte';
import { loadFixture } from '../fixtures/load-fixture';

/** Scores rounded to six places, to compare with hand-worked fractions. */
const scores = (explorer: Explorer) =>
  explorer.report.dyads.map((t) => [t.a, t.b, Math.round(t.score * 1e6) / 1e6]);
const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
// The early view (1950–1969) has 7,305 days; the rivalry holds 3,653 of them (from 1960), the
// pact 5,420 (from March 1955).

describe('Explorer', () => {
  it('opens on the first view of views.json', () => {
    const explorer = new Explorer(loadFixture('minimal'));
    expect(explorer.window).toEqual({ kind: 'view', id: 'early' });
    expect(explorer.caption).toBe('Early, 1950–1969');
    expect(explorer.timeline).toEqual({ year: 1969, length: 20, chosen: 20 });
    expect(explorer.url).toBe('?view=early');
  });

  it('derives names, ties, camps and the table from the chosen era', () => {
    const explorer = new Explorer(loadFixture('minimal'));
    expect(explorer.names['south']).toBe('Old Southland');
    expect(scores(explorer)).toEqual([
      ['east', 'north', r6((-6 * 3653) / 7305)],
      ['north', 'south', r6((8.5 * 5420) / 7305)],
    ]);
    expect(
      relationsActiveIn(explorer.filtered, explorer.currentWindow)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['east-north-1960-rivalry', 'north-south-1955-pact']);

    explorer.selectView('late');
    expect(explorer.caption).toBe('Late, 2000');
    expect(explorer.names['south']).toBe('Southland');
    expect(scores(explorer)).toEqual([
      ['east', 'north', -6],
      ['north', 'south', 1.9],
    ]);
    expect(explorer.url).toBe('?view=late');
  });

  it('moves the timeline: a window of years ending with the chosen year, clamped to the data', () => {
    const explorer = new Explorer(loadFixture('minimal'));
    explorer.setTimeline(1976, 5);
    expect(explorer.window).toEqual({ kind: 'years', from: 1972, to: 1976 });
    expect(explorer.caption).toBe('1972–1976');
    // The pact ends with 1975: 1,461 of the window's 1,827 days.
    expect(scores(explorer)).toEqual([
      ['east', 'north', -6],
      ['north', 'south', r6((8.5 * 1461) / 1827)],
    ]);
    explorer.setTimeline(1980);
    expect(explorer.window).toEqual({ kind: 'years', from: 1976, to: 1980 });
    expect(scores(explorer)).toEqual([['east', 'north', -6]]);
    explorer.setTimeline(3000, 1);
    expect(explorer.window).toEqual({
      kind: 'years',
      from: explorer.years.max,
      to: explorer.years.max,
    });
    expect(explorer.years).toEqual({ min: 1950, max: 2000 });
  });

  it('keeps the window length chosen when the window is clamped at the start of the data', () => {
    const explorer = new Explorer(loadFixture('minimal'), '?from=1950&to=1950');
    explorer.setTimeline(1950, 10);
    // Clamped: the data start in 1950.
    expect(explorer.window).toEqual({ kind: 'years', from: 1950, to: 1950 });
    expect(explorer.timeline).toEqual({ year: 1950, length: 1, chosen: 10 });
    explorer.setTimeline(1965);
    expect(explorer.window).toEqual({ kind: 'years', from: 1956, to: 1965 });
    // An era chosen forgets it: its own length (20 years) is the window's, clamped at 1950.
    explorer.selectView('early');
    explorer.setTimeline(1972);
    expect(explorer.window).toEqual({ kind: 'years', from: 1953, to: 1972 });
  });

  it('selects a relation’s tie and marks the relation; any other selection forgets it', () => {
    const explorer = new Explorer(loadFixture('minimal'));
    explorer.selectRelation({ id: 'north-south-1955-pact', source: 'south', target: 'north' });
    expect(explorer.selection).toEqual({ kind: 'tie', a: 'north', b: 'south' });
    expect(explorer.chosenRelation).toBe('north-south-1955-pact');
    expect(explorer.sidePanel).toBe('details');
    explorer.select({ kind: 'actor', id: 'east' });
    expect(explorer.chosenRelation).toBeNull();
  });

  it('filters by relation type and by actor, and drops a selection that is no longer shown', () => {
    const explorer = new Explorer(loadFixture('minimal'));
    explorer.toggleType('rivalry', false);
    expect(scores(explorer)).toEqual([['north', 'south', r6((8.5 * 5420) / 7305)]]);
    explorer.select({ kind: 'tie', a: 'south', b: 'north' });
    expect(explorer.selection).toEqual({ kind: 'tie', a: 'north', b: 'south' });
    explorer.toggleActor('south', false);
    expect(explorer.shownSelection).toBeNull();
    expect(explorer.report.actors.map((a) => a.id)).toEqual(['north', 'east', 'west']);
    expect(explorer.url).toBe('?view=early&hideTypes=rivalry&hideActors=south&select=north~south');
    explorer.showAll();
    expect(explorer.shownSelection).toEqual({ kind: 'tie', a: 'north', b: 'south' });
  });

  it('compares with another era, moving off the reference when both would be the same', () => {
    const explorer = new Explorer(loadFixture('minimal'));
    explorer.setMode('compare');
    expect(explorer.window).toEqual({ kind: 'view', id: 'late' });
    expect(explorer.referenceReport.window.start).toBe('1950-01-01');
    expect(explorer.scene.comparison?.flips).toEqual([]);
    expect(explorer.scene.panels.map((p) => p.role)).toEqual(['reference', 'current']);
    expect(explorer.url).toBe('?view=late&mode=compare');
  });

  it('labels camps after the reference era, so a colour keeps its meaning across eras', () => {
    const explorer = new Explorer(loadFixture('minimal'));
    const early = new Map(explorer.camps.current);
    explorer.selectView('late');
    expect(explorer.camps.current.get('north')).toBe(early.get('north'));
    expect(explorer.camps.current.get('east')).toBe(early.get('east'));
  });

  it('restores everything from a URL, and says what it could not use', () => {
    const dataset = loadFixture('minimal');
    const explorer = new Explorer(dataset, '?view=late&select=north&mode=diff&tab=table');
    expect(explorer.window).toEqual({ kind: 'view', id: 'late' });
    expect(explorer.shownSelection).toEqual({ kind: 'actor', id: 'north' });
    expect(explorer.mode).toBe('diff');
    expect(explorer.tab).toBe('table');
    expect(explorer.notices).toEqual([]);
    const broken = new Explorer(dataset, '?view=atlantis');
    expect(broken.window).toEqual({ kind: 'view', id: 'early' });
    expect(broken.notices).toHaveLength(1);
    broken.dismissNotices();
    expect(broken.notices).toEqual([]);
  });

  it('gives every actor a position that does not change with the era', () => {
    const explorer = new Explorer(loadFixture('minimal'));
    const before = { ...explorer.positions };
    explorer.selectView('late');
    expect(explorer.positions).toEqual(before);
  });

  it('reads the scores as chosen: time-weighted or the plain sum, layers, confidence — in the URL too', () => {
    const explorer = new Explorer(loadFixture('minimal'));
    // The fixture's types have no layer (contract 1.0 data): every layer counts by default.
    expect(explorer.layers).toEqual(['security', 'diplomacy', 'economy', 'votes']);
    explorer.setScoreMode('sum');
    expect(scores(explorer)).toEqual([
      ['east', 'north', -6],
      ['north', 'south', 8.5],
    ]);
    expect(explorer.url).toBe('?view=early&score=sum');
    explorer.setScoreMode('time');
    explorer.toggleLayer('diplomacy', false);
    expect(scores(explorer)).toEqual([]);
    expect(explorer.url).toBe('?view=early&layers=security,economy,votes');
    // The last layer cannot be switched off.
    for (const layer of ['security', 'economy', 'votes'] as const)
      explorer.toggleLayer(layer, false);
    expect(explorer.layers).toEqual(['votes']);
    explorer.setConfidence(false);
    expect(explorer.url).toBe('?view=early&layers=votes&confidence=off');
    const restored = new Explorer(loadFixture('minimal'), explorer.url);
    expect(restored.scoring).toEqual({ mode: 'time', layers: ['votes'], confidence: false });
  });

  it('keeps extras by window and reading, and asks again for what it evicted', async () => {
    const asked: string[] = [];
    const explorer = new Explorer(loadFixture('minimal'), '', {
      extras: async (r) => {
        asked.push(`${r.window.start}-${r.window.end}-${r.scoring.mode}`);
        return {
          centrality: {
            strength: {},
            relations: {},
            positiveDegree: {},
            negativeDegree: {},
            pn: {},
            pagerank: { north: 0.5 },
            betweenness: null,
          },
          communities: [],
          modularity: 0,
          pValue: 0.5,
          pTest: { shuffles: 1000, method: 'exact', actors: 3 },
        };
      },
      strip: async () => [],
    });
    expect(explorer.extrasPending).toBe(true);
    expect(explorer.report.pValue).toBeNull();
    for (const need of explorer.missingExtras) await explorer.loadExtras(need);
    expect(explorer.extrasPending).toBe(false);
    expect(explorer.report.pValue).toBe(0.5);
    // Another reading is another entry: never the numbers of the first one meanwhile.
    explorer.setScoreMode('sum');
    expect(explorer.extrasPending).toBe(true);
    expect(explorer.report.pValue).toBeNull();
    for (const need of explorer.missingExtras) await explorer.loadExtras(need);
    expect(asked).toHaveLength(2);
    // Visit more windows than the cache holds: the reference era's entry (asked first) is evicted
    // on the way — and, since the reference era is always wanted, asked for again at once, never
    // left pending for good.
    explorer.setScoreMode('time');
    const early = asked[0] ?? '';
    for (let length = 1; length <= 5; length++) {
      for (let year = 1950; year <= 2000; year++) {
        explorer.setTimeline(year, length);
        for (const need of explorer.missingExtras) await explorer.loadExtras(need);
        expect(explorer.extrasPending).toBe(false);
      }
    }
    expect(asked.filter((key) => key === early).length).toBeGreaterThanOrEqual(2);
    explorer.selectView('early');
    for (const need of explorer.missingExtras) await explorer.loadExtras(need);
    expect(explorer.extrasPending).toBe(false);
  });

  it('reads the measures from the worker by id without finding Object.prototype members', async () => {
    // As the worker's reply arrives: plain objects (structured cloning gives them a prototype).
    const explorer = new Explorer(loadFixture('minimal'), '', {
      extras: async () =>
        structuredClone({
          centrality: {
            strength: { north: 1 },
            relations: {},
            positiveDegree: {},
            negativeDegree: {},
            pn: {},
            pagerank: { north: 0.5 },
            betweenness: { north: 0.25 },
          },
          communities: [],
          modularity: 0,
          pValue: 0.5,
          pTest: null,
        }),
      strip: async () => [],
    });
    for (const need of explorer.missingExtras) await explorer.loadExtras(need);
    const { centrality } = explorer.report;
    expect(centrality.pagerank['north']).toBe(0.5);
    expect(centrality.betweenness?.['north']).toBe(0.25);
    for (const id of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'])
      for (const measure of [centrality.pagerank, centrality.pn, centrality.betweenness ?? {}])
        expect(measure[id], id).toBeUndefined();
  });
});

describe('Explorer, a large data set with an engine', () => {
  const shipped = loadDataset(readGraphDataFolder(SHIPPED_DATA));
  if (!shipped.ok) throw new Error('invalid shipped data');
  const types = shipped.dataset.relationTypes;
  const dataset = makeDataset({
    ...generate({ actors: 60, relations: 4000, seed: 7 }, types),
    relationTypes: [...types],
  });

  /** The next frame, in which a core that came is shown (core-loader.svelte.ts, afterNextFrame). */
  async function nextFrame(): Promise<void> {
    if (vi.isFakeTimers()) vi.advanceTimersToNextFrame();
    else await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  }

  /**
   * An engine that answers window cores when the test says, as the worker's engine would; the
   * answer is shown by the next frame, unless `frame` is false.
   */
  function engine() {
    const asked: { query: CoreQuery; answer: (frame?: boolean) => Promise<void> }[] = [];
    const source: AnalysisSource = {
      extras: () => Promise.resolve(undefined),
      strip: () => Promise.resolve(undefined),
      core: (query) =>
        new Promise<LeanCore>((resolve) =>
          asked.push({
            query,
            answer: async (frame = true) => {
              const filtered = filterDataset(dataset, query);
              resolve(
                structuredClone(leanCore(analyzeCore(filtered, query.window, {}, query.scoring))),
              );
              for (let i = 0; i < 5; i++) await Promise.resolve();
              if (frame) await nextFrame();
            },
          }),
        ),
    };
    return { asked, source };
  }

  it('takes each window’s core from the engine, and shows the latest that came meanwhile', async () => {
    const { asked, source } = engine();
    const explorer = new Explorer(dataset, '?from=2010&to=2010', source);
    expect(explorer.largeGraph).toBe(true);
    // Before any answer the first core is computed here: the first picture does not wait.
    expect(explorer.corePending).toBe(true);
    expect(explorer.caption).toBe('2010');
    const here = JSON.stringify(explorer.core);
    explorer.askEngine();
    expect(asked.map((a) => a.query.window)).toEqual([yearWindow(2010, 2010)]);
    // Shown in the frame after the one it came in: the scene is not rebuilt in that one.
    await asked[0]?.answer(false);
    expect(explorer.corePending).toBe(true);
    await nextFrame();
    expect(explorer.corePending).toBe(false);
    expect(JSON.stringify(explorer.core)).toBe(here);

    // A step on: the 2010 picture, under its own caption, until 2011's core comes.
    explorer.setTimeline(2011);
    expect(explorer.corePending).toBe(true);
    expect(explorer.caption).toBe('2010');
    expect(explorer.scene.panels[0]?.caption).toBe('2010');
    explorer.askEngine();
    explorer.setTimeline(2012);
    explorer.askEngine();
    explorer.setTimeline(2013);
    explorer.askEngine();
    // One at a time: 2011 is under way, and only the latest window wanted (2013) waits.
    expect(asked).toHaveLength(2);
    await asked[1]?.answer();
    expect(explorer.caption).toBe('2011');
    expect(asked.map((a) => a.query.window.end)).toEqual([
      yearWindow(2010, 2010).end,
      yearWindow(2011, 2011).end,
      yearWindow(2013, 2013).end,
    ]);
    await asked[2]?.answer();
    expect(explorer.corePending).toBe(false);
    expect(explorer.caption).toBe('2013');
    expect(JSON.stringify(explorer.core)).toBe(
      JSON.stringify(analyzeCore(dataset, yearWindow(2013, 2013), {}, explorer.scoring)),
    );
  });

  it("asks for a window's measures once the timeline rests, not for each window passed", async () => {
    vi.useFakeTimers();
    try {
      const { asked, source } = engine();
      const extras: number[] = [];
      const explorer = new Explorer(dataset, '?from=2010&to=2010', {
        ...source,
        extras: (query) => {
          extras.push(query.window.end);
          return Promise.resolve(undefined);
        },
      });
      // Scrubbing: each step asks for its core at once, and cancels the last step's wait.
      let cancel = explorer.askEngine();
      await asked[0]?.answer();
      for (const year of [2011, 2012, 2013]) {
        vi.advanceTimersByTime(EXTRAS_SETTLE_MS / 2);
        cancel();
        explorer.setTimeline(year);
        cancel = explorer.askEngine();
        await asked.at(-1)?.answer();
      }
      expect(extras).toEqual([]);
      expect(explorer.caption).toBe('2013');
      // At rest, the window shown is asked for (with the reference era's), none passed on the way.
      vi.advanceTimersByTime(EXTRAS_SETTLE_MS);
      expect(extras).toContain(yearWindow(2013, 2013).end);
      for (const passed of [2010, 2011, 2012])
        expect(extras).not.toContain(yearWindow(passed, passed).end);
      expect(extras).toEqual(explorer.missingExtras.map((m) => m.window.end));
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks for the measures of a small data set at once', () => {
    const extras: number[] = [];
    const explorer = new Explorer(loadFixture('minimal'), '', {
      extras: (query) => {
        extras.push(query.window.end);
        return Promise.resolve(undefined);
      },
      strip: () => Promise.resolve(undefined),
    });
    explorer.askEngine();
    expect(extras.length).toBeGreaterThan(0);
  });

  it('computes every core itself without an engine that makes them', () => {
    const explorer = new Explorer(dataset, '?from=2010&to=2010', {
      extras: () => Promise.resolve(undefined),
      strip: () => Promise.resolve(undefined),
    });
    explorer.setTimeline(2011);
    expect(explorer.corePending).toBe(false);
    expect(explorer.caption).toBe('2011');
  });
});
