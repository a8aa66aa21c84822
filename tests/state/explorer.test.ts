import { describe, expect, it } from 'vitest';
import { Explorer } from '../../src/state/explorer.svelte';
import { loadFixture } from '../fixtures/load-fixture';

const scores = (explorer: Explorer) => explorer.report.dyads.map((t) => [t.a, t.b, t.score]);

describe('Explorer', () => {
  it('opens on the first view of views.json', () => {
    const explorer = new Explorer(loadFixture('minimal'));
    expect(explorer.window).toEqual({ kind: 'view', id: 'early' });
    expect(explorer.caption).toBe('Early · 1950 – 1969');
    expect(explorer.timeline).toEqual({ year: 1969, length: 20 });
    expect(explorer.url).toBe('?view=early');
  });

  it('derives names, ties, camps and the table from the chosen era', () => {
    const explorer = new Explorer(loadFixture('minimal'));
    expect(explorer.names['south']).toBe('Old Southland');
    expect(scores(explorer)).toEqual([
      ['east', 'north', -6],
      ['north', 'south', 8.5],
    ]);
    expect(explorer.relationsInWindow.map((r) => r.id).sort()).toEqual([
      'east-north-1960-rivalry',
      'north-south-1955-pact',
    ]);

    explorer.selectView('late');
    expect(explorer.caption).toBe('Late · 1 Jan 2000 – 31 Dec 2000');
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
    expect(scores(explorer)).toEqual([
      ['east', 'north', -6],
      ['north', 'south', 8.5],
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

  it('filters by relation type and by actor, and drops a selection that is no longer shown', () => {
    const explorer = new Explorer(loadFixture('minimal'));
    explorer.toggleType('rivalry', false);
    expect(scores(explorer)).toEqual([['north', 'south', 8.5]]);
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
    expect(explorer.comparison.flips).toEqual([]);
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
});
