import { describe, expect, it } from 'vitest';
import { analyzeWindow } from '../../src/core/analysis/analysis';
import { compareReports } from '../../src/core/analysis/compare';
import { LAYERS } from '../../src/core/data/schema';
import { viewWindow } from '../../src/core/time/time';
import { loadFixture } from '../fixtures/load-fixture';

describe('analyzeWindow', () => {
  it('reports the window, actors by their name then, camps and explained ties', () => {
    const dataset = loadFixture('minimal');
    const report = analyzeWindow(dataset, viewWindow(dataset.viewById.early!));
    expect(report.window).toEqual({ start: '1950-01-01', end: '1969-12-31' });
    expect(report.actors).toContainEqual({ id: 'south', name: 'Old Southland' });
    // north–south +8.5 and east–north −6: north and south together, east apart; west has no tie.
    expect(report.camps).toEqual([['north', 'south'], ['east']]);
    expect(report.unaligned).toEqual(['west']);
    expect(report.frustration).toBe(0);
    for (const tie of report.dyads) {
      expect(tie.relations.reduce((s, r) => s + r.contribution, 0)).toBeCloseTo(tie.score, 9);
    }
  });

  it('is a plain value that survives JSON', () => {
    const dataset = loadFixture('minimal');
    const report = analyzeWindow(dataset, viewWindow(dataset.viewById.late!));
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('compareReports', () => {
  it('finds flips, appearances, endings and camp changes between two windows', () => {
    const dataset = loadFixture('minimal');
    const early = analyzeWindow(dataset, viewWindow(dataset.viewById.early!));
    const late = analyzeWindow(dataset, viewWindow(dataset.viewById.late!));
    const result = compareReports(early, late);
    // Early: north–south +8.5 (alliance), east–north −6. Late: north–south +1.9 (visit), east–north −6.
    expect(result.flips).toEqual([]);
    expect(result.appeared).toEqual([]);
    expect(result.disappeared).toEqual([]);
    expect(result.campChanges).toEqual([]);

    const backwards = compareReports(late, early);
    expect(backwards.flips).toEqual([]);
  });

  it('labels the later camps after the earlier camps they share most actors with', () => {
    const base = loadFixture('minimal');
    const before = analyzeWindow(
      base,
      viewWindow(base.viewById.early!),
      {},
      {
        mode: 'sum',
        layers: LAYERS,
        confidence: true,
      },
    );
    const after = {
      ...before,
      camps: [['east', 'south'], ['north']] as const,
      dyads: before.dyads.map((t) =>
        t.a === 'north' && t.b === 'south' ? { ...t, score: -2, sign: -1 as const } : t,
      ),
    };
    const result = compareReports(before, after);
    expect(result.flips).toEqual([{ a: 'north', b: 'south', before: 8.5, after: -2 }]);
    // Before: A = north, south; B = east. After: {east, south} shares more with B (east) and
    // as much with A (south); {north} shares north with A: so {north} stays A.
    expect(result.campChanges).toEqual([{ actor: 'south', before: 'A', after: 'B' }]);
  });
});
