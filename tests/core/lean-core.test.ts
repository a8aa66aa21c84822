// A window's core without its ties' relations (what the worker sends for a large data set), made
// whole again on the page: the same core, byte for byte as JSON, its relations worked out only
// when first asked — and counting them never asks.
import { describe, expect, it } from 'vitest';
import { analyzeCore, emptyExtras } from '../../src/core/analysis/analysis-core';
import {
  countedRelationsOf,
  hydrateCore,
  leanCore,
  type LeanCore,
} from '../../src/core/analysis/lean-core';
import type { WindowCore } from '../../src/core/analysis/analysis-core';
import { windowPicture } from '../../src/core/scene/picture';
import type { Selection } from '../../src/core/scene/selection';
import { defaultScoring } from '../../src/core/analysis/scoring';
import { countedTies, relationCount, signedTies } from '../../src/core/analysis/ties';
import { makeDataset, type Dataset } from '../../src/core/data/dataset';
import { loadDataset } from '../../src/core/data/load';
import { viewWindow, yearWindow, type Window } from '../../src/core/time/time';
import { generate } from '../../src/cli/generate';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';

const shipped = loadDataset(readGraphDataFolder(SHIPPED_DATA));
if (!shipped.ok) throw new Error('invalid shipped data');
const large = makeDataset({
  ...generate({ actors: 60, relations: 4000, seed: 7 }, shipped.dataset.relationTypes),
  relationTypes: [...shipped.dataset.relationTypes],
});

const cases: [string, Dataset, Window][] = [
  ['the shipped Cold War', shipped.dataset, viewWindow(shipped.dataset.viewById['cold-war']!)],
  ['the shipped 2022', shipped.dataset, viewWindow(shipped.dataset.viewById['2022']!)],
  ['a generated year', large, yearWindow(2010, 2010)],
];

describe('leanCore and hydrateCore', () => {
  it.each(cases)('give back the core analyzeCore gives, for %s', (_, dataset, window) => {
    for (const scoring of [
      defaultScoring(dataset),
      { ...defaultScoring(dataset), mode: 'sum' as const },
    ]) {
      const core = analyzeCore(dataset, window, {}, scoring);
      const lean = structuredClone(leanCore(core));
      expect(JSON.stringify(lean)).not.toContain('"relations"');
      const whole = hydrateCore(lean, dataset, window, scoring);
      expect(whole.dyads.map(relationCount)).toEqual(core.dyads.map((t) => t.relations.length));
      expect(JSON.stringify(whole)).toBe(JSON.stringify(core));
      // The worker's core, made from ties whose relations are counted, not listed: the same.
      expect(leanCore(analyzeCore(dataset, window, {}, scoring, countedTies))).toEqual(lean);
    }
  });

  it.each(cases)(
    'counts the relations of the ties signedTies lists, for %s',
    (_, dataset, window) => {
      for (const scoring of [
        defaultScoring(dataset),
        { ...defaultScoring(dataset), mode: 'sum' as const, confidence: false },
      ]) {
        const listed = signedTies(dataset, window, scoring);
        expect(listed.length).toBeGreaterThan(0);
        expect(countedTies(dataset, window, scoring)).toEqual(
          listed.map(({ relations, ...tie }) => ({ ...tie, relationCount: relations.length })),
        );
      }
    },
  );

  it("sends ties as columns naming ends by their places among the core's actors, and refuses broken ones", () => {
    const window = yearWindow(2010, 2010);
    const core = analyzeCore(large, window);
    const lean = leanCore(core);
    const { ends, numbers, flags, counts } = lean.dyads;
    expect([lean.actors[ends[0]!]?.id, lean.actors[ends[1]!]?.id]).toEqual([
      core.dyads[0]?.a,
      core.dyads[0]?.b,
    ]);
    const last = core.dyads.length - 1;
    const tie = core.dyads[last]!;
    expect([...numbers.subarray(3 * last)]).toEqual([tie.score, tie.positive, tie.negative]);
    expect([...flags.subarray(2 * last)]).toEqual([tie.sign, tie.ambivalent ? 1 : 0]);
    expect(counts[last]).toBe(tie.relations.length);
    expect(core.frustratedTies.length).toBeGreaterThan(0);
    expect(lean.frustratedTies.scores.length).toBe(core.frustratedTies.length);
    // The message carries no id string a tie: its ties are numbers only.
    expect(Object.values(lean.dyads).every((c) => ArrayBuffer.isView(c))).toBe(true);
    expect(Object.values(lean.frustratedTies).every((c) => ArrayBuffer.isView(c))).toBe(true);
    const scoring = defaultScoring(large);
    const broken = (change: (copy: LeanCore) => LeanCore) => () =>
      hydrateCore(change(structuredClone(lean)), large, window, scoring);
    expect(
      broken((copy) => {
        copy.dyads.ends[7] = copy.actors.length;
        return copy;
      }),
    ).toThrow(/end \d+ is not among the core's actors/);
    expect(
      broken((copy) => {
        copy.frustratedTies.ends[0] = -1;
        return copy;
      }),
    ).toThrow(/end -1 is not among the core's actors/);
    expect(
      broken((copy) => ({
        ...copy,
        dyads: { ...copy.dyads, flags: copy.dyads.flags.subarray(2) },
      })),
    ).toThrow(/columns of \d+ ties are not of one length/);
    expect(
      broken((copy) => ({
        ...copy,
        frustratedTies: { ...copy.frustratedTies, across: new Int8Array(0) },
      })),
    ).toThrow(/ties against the split are not of one length/);
  });

  it("finds a tie's relations by its pair when the ties come in another order", () => {
    const window = yearWindow(2010, 2010);
    const scoring = defaultScoring(large);
    const core = analyzeCore(large, window, {}, scoring);
    const lean = leanCore(core);
    // The same ties, last first: a tie's place no longer matches signedTies's.
    const n = lean.dyads.counts.length;
    const order = Array.from({ length: n }, (_, i) => n - 1 - i);
    const pick = <A extends Int32Array | Float64Array | Int8Array>(column: A, width: number): A => {
      const out = column.slice() as A;
      order.forEach((from, to) => {
        for (let k = 0; k < width; k++) out[width * to + k] = column[width * from + k] ?? 0;
      });
      return out;
    };
    const { ends, numbers, flags, counts } = lean.dyads;
    const reversed = {
      ...lean,
      dyads: {
        ends: pick(ends, 2),
        numbers: pick(numbers, 3),
        flags: pick(flags, 2),
        counts: pick(counts, 1),
      },
    };
    const whole = hydrateCore(reversed, large, window, scoring);
    expect(whole.dyads.map((t) => [t.a, t.b, t.relations])).toEqual(
      [...core.dyads].reverse().map((t) => [t.a, t.b, t.relations]),
    );
  });

  it('draws each relation of a core made whole as of the core analyzeCore gives', () => {
    // A core made whole draws its window's relations without asking each tie for its list
    // (countedRelationsOf); the lines, their order and their widths are the same.
    const window = yearWindow(2010, 2010);
    const scoring = defaultScoring(large);
    const core = analyzeCore(large, window, {}, scoring);
    const whole = hydrateCore(leanCore(core), large, window, scoring);
    expect(countedRelationsOf(core.dyads)).toBeUndefined();
    expect(countedRelationsOf(whole.dyads)?.relations.length).toBe(
      core.dyads.reduce((n, t) => n + t.relations.length, 0),
    );
    const lines = (c: WindowCore, selection: Selection) =>
      windowPicture(
        large,
        { ...c, ...emptyExtras(c) },
        new Map(),
        {},
        {
          edgeMode: 'relations',
          sizeBy: 'strength',
          selection,
          largeGraph: true,
        },
      ).edges;
    const [tie] = core.dyads;
    for (const selection of [null, { kind: 'tie', a: tie!.a, b: tie!.b } as const]) {
      const drawn = lines(whole, selection);
      expect(drawn.length).toBeGreaterThan(300);
      expect(drawn).toEqual(lines(core, selection));
    }
  });

  it('makes ties that carry no field or function of their own, sharing one prototype', () => {
    // The page keeps the cores of the windows it was sent (thousands of ties each, one more at each
    // slider step): each tie reads its core's columns, so a kept tie is a small object.
    const window = yearWindow(2010, 2010);
    const core = analyzeCore(large, window);
    const whole = hydrateCore(leanCore(core), large, window, defaultScoring(large));
    const [first, second] = whole.dyads;
    expect(Object.getOwnPropertyNames(first)).toEqual([]);
    expect(Object.getOwnPropertySymbols(first)).toEqual([]);
    expect(Object.getPrototypeOf(first)).toBe(Object.getPrototypeOf(second));
    const { a, b, score, sign, positive, negative, ambivalent } = core.dyads[0]!;
    expect(first && [first.a, first.b, first.score, first.sign]).toEqual([a, b, score, sign]);
    expect(first && [first.positive, first.negative, first.ambivalent]).toEqual([
      positive,
      negative,
      ambivalent,
    ]);
    expect(first?.relations).toEqual(core.dyads[0]?.relations);
  });

  it('works out the relations only when one is asked for, and counts without asking', () => {
    const window = yearWindow(2010, 2010);
    const core = analyzeCore(large, window);
    // A data set that cannot be analysed (its actors only, to name the ties' ends): asking any tie
    // for its relations would throw.
    const actorsOnly = { actorById: large.actorById } as Dataset;
    const whole = hydrateCore(leanCore(core), actorsOnly, window, defaultScoring(large));
    expect(emptyExtras(whole).centrality.relations).toEqual(emptyExtras(core).centrality.relations);
    expect(whole.dyads.length).toBeGreaterThan(100);
    expect(() => whole.dyads[0]?.relations).toThrow();
  });
});
