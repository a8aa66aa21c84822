import { describe, expect, it } from 'vitest';
import { Explorer } from '../../src/state/explorer.svelte';
import { loadFixture } from '../fixtures/load-fixture';

describe('Explorer', () => {
  it('opens on the first view of views.json', () => {
    const explorer = new Explorer(loadFixture('minimal'));
    expect(explorer.viewId).toBe('early');
    expect(explorer.caption).toBe('Early · 1950 – 1969');
  });

  it('derives names, ties and caption from the chosen era', () => {
    const explorer = new Explorer(loadFixture('minimal'));
    expect(explorer.actors.find((a) => a.id === 'south')?.label).toBe('Old Southland');
    expect(explorer.ties.map((t) => [t.a, t.b, t.score])).toEqual([
      ['east', 'north', -6],
      ['north', 'south', 8.5],
    ]);

    explorer.selectView('late');
    expect(explorer.viewId).toBe('late');
    expect(explorer.caption).toBe('Late · 1 Jan 2000 – 31 Dec 2000');
    expect(explorer.actors.find((a) => a.id === 'south')?.label).toBe('Southland');
    expect(explorer.ties.map((t) => [t.a, t.b, t.score])).toEqual([
      ['east', 'north', -6],
      ['north', 'south', 1.9],
    ]);
  });

  it('ignores an unknown view id and keeps the current era', () => {
    const explorer = new Explorer(loadFixture('minimal'));
    explorer.selectView('no-such-view');
    expect(explorer.viewId).toBe('early');
  });

  it('gives every actor a position that does not change with the era', () => {
    const explorer = new Explorer(loadFixture('minimal'));
    const before = { ...explorer.positions };
    explorer.selectView('late');
    expect(explorer.positions).toEqual(before);
    expect(Object.keys(before).sort()).toEqual(['east', 'north', 'south', 'west']);
  });
});
