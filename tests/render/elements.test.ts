import { describe, expect, it } from 'vitest';
import { analyzeWindow } from '../../src/core/analysis';
import { compareReports } from '../../src/core/compare';
import { yearWindow } from '../../src/core/time';
import {
  diffElements,
  edgeWidth,
  nodeElements,
  relationElements,
  tieElements,
} from '../../src/render/elements';
import { legendEntries } from '../../src/render/legend';
import { ties } from '../core/signed-builders';
import { loadFixture } from '../fixtures/load-fixture';

const classes = (def: { classes?: unknown }) => String(def.classes).split(' ');

describe('tieElements', () => {
  const list = ties([
    ['A', 'B', 8],
    ['B', 'C', -2],
    ['A', 'C', 0],
  ]);

  it('gives one edge per tie, classed by sign, width by strength', () => {
    const edges = tieElements(list, null);
    expect(edges.map((e) => [e.data.id, classes(e)])).toEqual([
      ['A~B', ['tie', 'tie-positive']],
      ['B~C', ['tie', 'tie-negative']],
      ['A~C', ['tie', 'tie-neutral']],
    ]);
    expect(edges[0]?.data.width).toBe(edgeWidth(8, 8));
    expect(edges[0]?.data.width).toBeGreaterThan(edges[1]?.data.width as number);
  });

  it('marks the selected tie and fades the rest; an actor selection keeps its own ties', () => {
    expect(
      tieElements(list, { kind: 'tie', a: 'A', b: 'B' }).map((e) => classes(e).at(-1)),
    ).toEqual(['is-selected', 'is-faded', 'is-faded']);
    expect(tieElements(list, { kind: 'actor', id: 'C' }).map((e) => classes(e).at(-1))).toEqual([
      'is-faded',
      'is-related',
      'is-related',
    ]);
  });
});

describe('nodeElements', () => {
  it('places every node at its fixed position, sized by centrality and classed by camp', () => {
    const nodes = nodeElements(
      [
        { id: 'A', label: 'Aland', camp: 'A', size: 1 },
        { id: 'B', label: 'Bland', camp: 'unaligned', size: 0, moved: true },
      ],
      { A: { x: 1, y: 2 }, B: { x: 3, y: 4 } },
      { kind: 'actor', id: 'A' },
    );
    expect(nodes.map((n) => [n.position, n.data.size, classes(n)])).toEqual([
      [{ x: 1, y: 2 }, 70, ['actor', 'camp-A', 'is-selected']],
      [{ x: 3, y: 4 }, 30, ['actor', 'camp-unaligned', 'is-moved']],
    ]);
  });
});

describe('relationElements and diffElements', () => {
  const dataset = loadFixture('minimal');

  it('draws one edge per relation, classed by type, kind and sign', () => {
    const edges = relationElements(
      dataset.relations.map((relation) => {
        const type = dataset.typeById[relation.type]!;
        return { relation, type, contribution: type.valence };
      }),
      null,
    );
    expect(edges.map((e) => [e.data.id, e.data.tie, classes(e)])).toContainEqual([
      'rel:north-south-2000-visit',
      'north~south',
      ['relation', 'rel-visit', 'rel-event', 'rel-positive'],
    ]);
  });

  it('classes each tie by how it changed between two windows', () => {
    const early = analyzeWindow(dataset, yearWindow(1960, 1960));
    const late = analyzeWindow(dataset, yearWindow(1980, 1980));
    const edges = diffElements(compareReports(early, late), null);
    // 1960: north–south alliance +8.5, east–north rivalry −6. 1980: only the rivalry.
    expect(edges.map((e) => [e.data.id, classes(e)[1]])).toEqual([
      ['east~north', 'diff-unchanged'],
      ['north~south', 'diff-ended'],
    ]);
  });
});

describe('legendEntries', () => {
  it('lists exactly the kinds of marks that are drawn', () => {
    const elements = {
      nodes: nodeElements([{ id: 'A', label: 'Aland', camp: 'A', size: 1 }], {}, null),
      edges: tieElements(ties([['A', 'B', -3]]), null),
    };
    const entries = legendEntries(elements, { campMembers: { A: ['Aland'], B: [] } });
    expect(entries.map((e) => [e.key, e.label])).toEqual([
      ['camp-A', 'Camp A: Aland'],
      ['tie-negative', 'Conflict: the relations add up below 0'],
    ]);
  });
});
