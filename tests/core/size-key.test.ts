// The size key (what a node's size stands for, in the legend on screen and in figures) and the
// words for every size measure: human names, never the measure's id.
import { describe, expect, it } from 'vitest';
import { SIZE_LABELS, SIZE_MEASURES } from '../../src/core/scene/choices';
import { keyValue, legendEntries, sizeKey } from '../../src/core/scene/legend';
import { NODE_MAX, NODE_MIN, nodeSize } from '../../src/core/scene/picture';
import { sizeNote } from '../../src/core/scene/scene-words';

describe('sizeKey', () => {
  it('shows the smallest, a middle and the largest size drawn, each with its value', () => {
    const key = sizeKey({ measure: 'pagerank', values: [{ A: 0.1, B: 0.2, C: 0.4 }] });
    expect(key?.label).toBe('Node size: PageRank');
    expect(key?.mark).toEqual({
      kind: 'size',
      steps: [
        { size: nodeSize(0.1, 0.4), label: '0.10' },
        { size: nodeSize(0.25, 0.4), label: '0.25' },
        { size: NODE_MAX, label: '0.40' },
      ],
    });
  });

  it('keys a large graph in its coarser steps, as its picture draws them', () => {
    const key = sizeKey({ measure: 'strength', largeGraph: true, values: [{ A: 1, B: 2, C: 4 }] });
    expect(key?.mark).toEqual({
      kind: 'size',
      steps: [
        { size: nodeSize(1, 4, 10), label: '1' },
        { size: nodeSize(2.5, 4, 10), label: '2.5' },
        { size: NODE_MAX, label: '4' },
      ],
    });
    expect(nodeSize(1, 4, 10)).toBe(40);
  });

  it('has no key while the values are computed, or when every actor is drawn the same size', () => {
    expect(sizeKey({ measure: 'betweenness', values: [null] })).toBeNull();
    expect(sizeKey({ measure: 'strength', values: [{ A: 3, B: 3 }] })).toBeNull();
    expect(sizeKey({ measure: 'strength', values: [{}] })).toBeNull();
    expect(sizeKey({ measure: 'strength', values: [] })).toBeNull();
  });

  it('keeps two circles when the middle one would be drawn as one of the others', () => {
    const key = sizeKey({ measure: 'relations', values: [{ A: 10, B: 11 }] });
    expect(key?.mark.kind === 'size' && key.mark.steps.map((s) => s.label)).toEqual(['10', '11']);
  });

  it('says, with two eras each sized against its own largest, the share of the largest', () => {
    const key = sizeKey({
      measure: 'pn',
      values: [
        { A: 1, B: 2 },
        { A: 10, B: 40 },
      ],
    });
    expect(key?.label).toBe('Node size: PN centrality, in each era against its largest');
    expect(key?.mark).toEqual({
      kind: 'size',
      steps: [
        { size: NODE_MIN, label: '0' },
        { size: nodeSize(0.5, 1), label: 'half' },
        { size: NODE_MAX, label: 'largest' },
      ],
    });
  });

  it('comes last in the legend, when the legend is told what sizes the actors', () => {
    const picture = {
      nodes: [{ id: 'A', label: 'Aland', x: 0, y: 0, size: 30, classes: ['actor', 'camp-A'] }],
      edges: [],
    };
    const context = { campMembers: { A: ['Aland'], B: [] } };
    expect(legendEntries([picture], context).map((e) => e.key)).toEqual(['camp-A']);
    const size = { measure: 'strength' as const, values: [{ A: 1, B: 4 }] };
    expect(legendEntries([picture], { ...context, size }).map((e) => e.key)).toEqual([
      'camp-A',
      'size',
    ]);
  });
});

describe('keyValue', () => {
  it.each([
    [0, '0'],
    [12, '12'],
    [23.46, '23'],
    [3.46, '3.5'],
    [0.1234, '0.12'],
    [-1.5, '−1.5'],
    [-0.001, '0.00'],
  ])('writes %d as %s', (value, text) => {
    expect(keyValue(value)).toBe(text);
  });
});

describe('sizeNote', () => {
  it.each(SIZE_MEASURES)('names %s by its human name, never by its id', (measure) => {
    for (const pending of [false, true]) {
      const note = sizeNote(measure, pending);
      expect(note).not.toMatch(/pagerank|positiveDegree|negativeDegree/);
      expect(note.toLowerCase()).toContain(`node size: ${SIZE_LABELS[measure].toLowerCase()} —`);
    }
  });

  it('keeps “PageRank” and “PN centrality”, and writes “tie strength” mid-sentence', () => {
    expect(sizeNote('pagerank', false)).toMatch(/^Node size: PageRank — /);
    expect(sizeNote('pn', false)).toMatch(/^Node size: PN centrality — /);
    expect(sizeNote('strength', false)).toMatch(/^Node size: tie strength — /);
    expect(sizeNote('negativeDegree', false)).toMatch(/^Node size: hostile ties — /);
  });
});
