import { describe, expect, it } from 'vitest';
import { analyzeWindow } from '../../src/core/analysis/analysis';
import { compareReports } from '../../src/core/analysis/compare';
import { nameList } from '../../src/core/analysis/camp-words';
import { legendEntries } from '../../src/core/scene/legend';
import {
  diffEdges,
  edgeWidth,
  isLargeGraph,
  NODE_MAX,
  NODE_MIN,
  nodeSize,
  nodeStep,
  relationEdges,
  tieEdges,
  windowPicture,
} from '../../src/core/scene/picture';
import { edgeLook, nodeLook } from '../../src/core/scene/style';
import { tieIds } from '../../src/core/scene/tie-classes';
import { palette } from '../../src/core/scene/palette';
import { yearWindow } from '../../src/core/time/time';
import { edgeDefinitions, toElements } from '../../src/render/elements';
import { ties } from './signed-builders';
import { loadFixture } from '../fixtures/load-fixture';

describe('tieEdges', () => {
  const list = ties([
    ['A', 'B', 8],
    ['B', 'C', -2],
    ['A', 'C', 0],
  ]);

  it('gives one edge per tie, classed by sign, width by strength', () => {
    const edges = tieEdges(list, null);
    expect(edges.map((e) => [e.id, e.classes])).toEqual([
      ['A~B', ['tie', 'tie-positive']],
      ['B~C', ['tie', 'tie-negative']],
      ['A~C', ['tie', 'tie-neutral']],
    ]);
    expect(edges[0]?.width).toBe(edgeWidth(8, 8));
    expect(edges[0]?.width).toBeGreaterThan(edges[1]?.width ?? Infinity);
  });

  it('marks the selected tie and fades the rest; an actor selection keeps its own ties', () => {
    expect(tieEdges(list, { kind: 'tie', a: 'A', b: 'B' }).map((e) => e.classes.at(-1))).toEqual([
      'is-selected',
      'is-faded',
      'is-faded',
    ]);
    expect(tieEdges(list, { kind: 'actor', id: 'C' }).map((e) => e.classes.at(-1))).toEqual([
      'is-faded',
      'is-related',
      'is-related',
    ]);
  });

  it('shares one frozen class list among ties alike, window after window', () => {
    // A window of a large data set has thousands of ties: no class list (nor its text for
    // Cytoscape) is made again for each.
    const many = ties([
      ['A', 'B', 8],
      ['C', 'D', 3],
      ['A', 'C', -2],
      ['B', 'D', -5],
    ]);
    const [ab, cd, ac, bd] = tieEdges(many, null);
    expect(ab?.classes).toBe(cd?.classes);
    expect(ac?.classes).toBe(bd?.classes);
    expect(ab?.classes).not.toBe(ac?.classes);
    expect(Object.isFrozen(ab?.classes)).toBe(true);
    expect(tieEdges(many, null)[0]?.classes).toBe(ab?.classes);
    const [first, second] = edgeDefinitions([ab!, cd!]);
    expect(first?.classes).toBe('tie tie-positive');
    expect(second?.classes).toBe(first?.classes);
    // A selection's mark makes lists of their own.
    const selected = tieEdges(many, { kind: 'tie', a: 'A', b: 'B' });
    expect(selected[0]?.classes).toEqual(['tie', 'tie-positive', 'is-selected']);
    expect(selected[1]?.classes).toEqual(['tie', 'tie-positive', 'is-faded']);
  });

  it("names ties by a data set's kept ids: tieId's, whichever end comes first", () => {
    const owner = {};
    const idOf = tieIds(owner);
    expect([idOf('B', 'A'), idOf('A', 'B'), idOf('C', 'A'), idOf('A', 'C')]).toEqual([
      'A~B',
      'A~B',
      'A~C',
      'A~C',
    ]);
    // Another owner's ids are its own, and a window's edges carry the kept ids.
    expect(tieIds({})('D', 'B')).toBe('B~D');
    expect(tieEdges(list, null, tieIds(owner)).map((e) => [e.id, e.tie])).toEqual(
      tieEdges(list, null).map((e) => [e.id, e.tie]),
    );
  });
});

describe('windowPicture', () => {
  const dataset = loadFixture('minimal');
  const report = analyzeWindow(dataset, yearWindow(1960, 1960));
  const camps = new Map([
    ['north', 'A' as const],
    ['south', 'A' as const],
    ['east', 'B' as const],
  ]);
  const positions = {
    north: { x: 1, y: 2 },
    south: { x: 3, y: 4 },
    east: { x: 5, y: 6 },
    west: { x: 7, y: 8 },
  };

  it('places every actor at its fixed position, sized by centrality and classed by camp', () => {
    const picture = windowPicture(dataset, report, camps, positions, {
      edgeMode: 'ties',
      sizeBy: 'negativeDegree',
      selection: { kind: 'actor', id: 'east' },
    });
    expect(picture.nodes.map((n) => [n.id, n.x, n.y, n.size, n.classes])).toEqual([
      ['north', 1, 2, 70, ['actor', 'camp-A']],
      ['south', 3, 4, 30, ['actor', 'camp-A']],
      ['east', 5, 6, 70, ['actor', 'camp-B', 'is-selected']],
      ['west', 7, 8, 30, ['actor', 'camp-unaligned']],
    ]);
  });

  it('keeps the same edges for the same ties and choices, so the graph has nothing to redraw', () => {
    const options = { edgeMode: 'ties' as const, sizeBy: 'strength' as const, selection: null };
    const first = windowPicture(dataset, report, camps, positions, options);
    // The same ties with other measures (the worker's answer): the same edges, new nodes.
    const again = windowPicture(dataset, { ...report, pValue: 0.5 }, camps, positions, options);
    expect(again.edges).toBe(first.edges);
    expect(edgeDefinitions(toElements(again).edges)).toBe(edgeDefinitions(toElements(first).edges));
    // Another selection, or other ties: edges drawn anew.
    const selected = windowPicture(dataset, report, camps, positions, {
      ...options,
      selection: { kind: 'tie', a: 'east', b: 'north' },
    });
    expect(selected.edges).not.toBe(first.edges);
    expect(selected.edges.find((e) => e.id === 'east~north')?.classes).toContain('is-selected');
    const other = windowPicture(
      dataset,
      { ...report, dyads: [...report.dyads] },
      camps,
      positions,
      options,
    );
    expect(other.edges).not.toBe(first.edges);
    expect(other.edges).toEqual(first.edges);
  });

  it('draws one edge per relation on demand, classed by type, kind and sign', () => {
    const picture = windowPicture(dataset, report, camps, positions, {
      edgeMode: 'relations',
      sizeBy: 'pagerank',
      selection: null,
    });
    expect(picture.edges.map((e) => [e.id, e.tie, e.classes])).toEqual([
      [
        'rel:east-north-1960-rivalry',
        'east~north',
        ['relation', 'rel-rivalry', 'rel-state', 'rel-negative'],
      ],
      [
        'rel:north-south-1955-pact',
        'north~south',
        ['relation', 'rel-alliance', 'rel-state', 'rel-positive'],
      ],
    ]);
    expect(relationEdges([], null)).toEqual([]);
  });

  it("shares a relation line's class list with every line of its type, sign and mark", () => {
    const options = { edgeMode: 'relations' as const, sizeBy: 'pagerank' as const };
    const first = windowPicture(dataset, report, camps, positions, { ...options, selection: null });
    const [rivalry, pact] = first.edges;
    expect(Object.isFrozen(rivalry?.classes)).toBe(true);
    expect(rivalry?.classes).not.toBe(pact?.classes);
    // The same relations drawn again (another array of ties): the same lists, not new ones.
    const again = windowPicture(
      dataset,
      { ...report, dyads: [...report.dyads] },
      camps,
      positions,
      {
        ...options,
        selection: null,
      },
    );
    expect(again.edges).not.toBe(first.edges);
    again.edges.forEach((e, i) => expect(e.classes).toBe(first.edges[i]?.classes));
    // A selection's mark makes lists of their own.
    const selected = windowPicture(dataset, report, camps, positions, {
      ...options,
      selection: { kind: 'actor', id: 'east' },
    });
    expect(selected.edges[0]?.classes).toEqual([...(rivalry?.classes ?? []), 'is-related']);
  });

  it('becomes Cytoscape elements with the data the stylesheet reads, and the same classes', () => {
    const picture = windowPicture(dataset, report, camps, positions, {
      edgeMode: 'ties',
      sizeBy: 'pagerank',
      selection: null,
    });
    const elements = toElements(picture);
    expect(elements.nodes[0]).toMatchObject({
      data: { id: 'north', label: 'Northland' },
      position: { x: 1, y: 2 },
      classes: 'actor camp-A',
    });
    // The layer draws the picture's own edges; Cytoscape, where it draws them, their definitions.
    expect(elements.edges).toBe(picture.edges);
    expect(edgeDefinitions(elements.edges)[0]).toEqual({
      group: 'edges',
      data: {
        id: 'east~north',
        tie: 'east~north',
        source: 'east',
        target: 'north',
        width: picture.edges[0]?.width,
      },
      classes: 'tie tie-negative',
    });
    // A tie's scores stay with its tie (the report's), not copied onto each edge of a window.
    expect(picture.edges[0]?.data).toBeUndefined();
  });
});

describe('diffEdges', () => {
  it('classes each tie by how it changed between two windows', () => {
    const dataset = loadFixture('minimal');
    const early = analyzeWindow(dataset, yearWindow(1960, 1960));
    const late = analyzeWindow(dataset, yearWindow(1980, 1980));
    // 1960: north–south alliance +8.5, east–north rivalry −6. 1980: only the rivalry.
    expect(diffEdges(compareReports(early, late), null).map((e) => [e.id, e.classes[1]])).toEqual([
      ['east~north', 'diff-unchanged'],
      ['north~south', 'diff-ended'],
    ]);
  });
});

describe('style rules', () => {
  it('give camps a colour and a shape, and signs a colour and a dash', () => {
    expect(nodeLook(['actor', 'camp-B'])).toMatchObject({ fill: palette.campB, shape: 'diamond' });
    expect(nodeLook(['actor', 'camp-A', 'is-faded'])).toMatchObject({
      fill: palette.campA,
      opacity: 0.15,
    });
    expect(edgeLook(['tie', 'tie-negative'])).toMatchObject({
      color: palette.negative,
      curve: 'straight',
    });
    expect(edgeLook(['tie', 'tie-negative']).dash.length).toBeGreaterThan(0);
    expect(edgeLook(['tie', 'tie-positive']).dash).toEqual([]);
    expect(edgeLook(['diff', 'diff-flipped', 'tie-negative'])).toMatchObject({
      color: palette.flipped,
    });
  });
});

describe('legendEntries', () => {
  it('lists exactly the kinds of marks that are drawn', () => {
    const picture = {
      nodes: [{ id: 'A', label: 'Aland', x: 0, y: 0, size: 30, classes: ['actor', 'camp-A'] }],
      edges: tieEdges(ties([['A', 'B', -3]]), null),
    };
    const entries = legendEntries([picture], { campMembers: { A: ['Aland'], B: [] } });
    expect(entries.map((e) => [e.key, e.label])).toEqual([
      ['camp-A', 'Camp A: Aland'],
      ['tie-negative', 'Conflict: the relations add up below 0'],
    ]);
  });
});

describe('sizes in visible steps', () => {
  it('gives edge widths in half pixels, from 1.5 to 10, growing with the score', () => {
    const widths = Array.from({ length: 101 }, (_, i) => edgeWidth(i, 100));
    expect(widths[0]).toBe(1.5);
    expect(widths[100]).toBe(10);
    for (const [i, w] of widths.entries()) {
      expect(w * 2).toBe(Math.round(w * 2));
      if (i) expect(w).toBeGreaterThanOrEqual(widths[i - 1] ?? 0);
    }
    expect(new Set(widths).size).toBeGreaterThan(10);
  });

  it('gives node sizes in steps of 4 between the smallest and the largest', () => {
    expect(nodeSize(0, 1)).toBe(NODE_MIN);
    expect(nodeSize(1, 1)).toBe(NODE_MAX);
    expect(nodeSize(0.5, 0)).toBe(NODE_MIN);
    const sizes = Array.from({ length: 50 }, (_, i) => nodeSize(i, 49));
    for (const size of sizes) expect((size - NODE_MIN) % 4).toBe(0);
    expect(new Set(sizes).size).toBe((NODE_MAX - NODE_MIN) / 4 + 1);
  });

  it('gives a large graph node sizes in coarser steps of 10: five sizes, from 30 to 70', () => {
    const sizes = Array.from({ length: 50 }, (_, i) => nodeSize(i, 49, nodeStep(true)));
    for (const size of sizes) expect((size - NODE_MIN) % 10).toBe(0);
    expect([...new Set(sizes)]).toEqual([30, 40, 50, 60, 70]);
    expect(nodeStep(false)).toBe(4);
  });

  it('calls a graph large by its edges or its actors', () => {
    expect(isLargeGraph({ nodes: 6, edges: 291 })).toBe(false);
    expect(isLargeGraph({ nodes: 6, edges: 5000 })).toBe(true);
    expect(isLargeGraph({ nodes: 200, edges: 100 })).toBe(true);
  });
});

describe('nameList', () => {
  it('names everyone in a short list, and counts the rest of a long one', () => {
    expect(nameList(['A', 'B', 'C'])).toBe('A, B, C');
    const many = Array.from({ length: 30 }, (_, i) => `N${i}`);
    expect(nameList(many)).toBe('N0, N1, N2, N3, N4, N5, N6, N7 and 22 more');
    // One over the limit is named rather than counted ("and 1 more" saves nothing).
    expect(nameList(many.slice(0, 9))).toBe(many.slice(0, 9).join(', '));
    expect(nameList(many, 20)).toMatch(/N19 and 10 more$/);
  });
});
