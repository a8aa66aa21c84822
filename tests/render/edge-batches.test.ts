// The ties of a large graph in batches: one per look (colour, opacity, dash) and width, looks from
// the same rules as the stylesheet, widths on the large graph's scale, selected ties last; and
// which tie a point is on.
import { describe, expect, it } from 'vitest';
import { palette, dashes } from '../../src/core/scene/palette';
import { edgeLook } from '../../src/core/scene/style';
import {
  batchEdges,
  hitEdge,
  largeEdgeWidth,
  sameEdges,
  type EdgeBatches,
  type LayerEdge,
} from '../../src/render/edge-batches';
import { dashOnScreen, MIN_DASH_PERIOD_PX } from '../../src/render/edge-layer';
import { stylesheet } from '../../src/render/stylesheet';
import { tieEdge } from './tie-edge';

const edge = (a: string, b: string, classes: string, width = 1.5): LayerEdge =>
  tieEdge(a, b, classes, width);
const at = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 100, y: 0 }],
  ['c', { x: 100, y: 100 }],
  ['d', { x: 0, y: 100 }],
]);

describe('batchEdges', () => {
  it('puts ties of one look and width in one batch, whatever their order', () => {
    const edges = [
      edge('a', 'b', 'tie tie-positive', 10),
      edge('b', 'c', 'tie tie-negative', 10),
      edge('c', 'd', 'tie tie-positive', 10),
      edge('a', 'c', 'tie tie-positive', 1.5),
    ];
    const drawn = batchEdges(edges, at, { dashes: true });
    expect(drawn.batches).toHaveLength(3);
    const blue = drawn.batches.filter((b) => b.color === palette.positive);
    expect(blue.map((b) => [b.width, b.segments.length / 4]).sort()).toEqual([
      [1, 1],
      [6, 2],
    ]);
    const wide = blue.find((b) => b.width === 6);
    expect([...(wide?.segments ?? [])]).toEqual([0, 0, 100, 0, 100, 100, 0, 100]);
    const red = drawn.batches.find((b) => b.color === palette.negative);
    expect(red?.dash).toEqual(dashes.negative);
    expect(drawn.ids).toEqual(['a~b', 'b~c', 'c~d', 'a~c']);
  });

  it('takes each look from the same rules as the stylesheet', () => {
    for (const classes of [
      'tie tie-neutral',
      'tie tie-positive is-faded',
      'tie tie-negative tie-ambivalent',
      'diff diff-unchanged',
      'diff diff-ended',
    ]) {
      const [batch] = batchEdges([edge('a', 'b', classes)], at, { dashes: true }).batches;
      const look = edgeLook(classes.split(' '));
      expect({ color: batch?.color, opacity: batch?.opacity, dash: batch?.dash }).toEqual({
        color: look.color,
        opacity: look.opacity,
        dash: look.dash,
      });
    }
  });

  it('draws solid lines when dashes are off', () => {
    const [batch] = batchEdges([edge('a', 'b', 'tie tie-negative')], at, { dashes: false }).batches;
    expect(batch?.dash).toEqual([]);
  });

  it('maps widths as the large graph stylesheet does', () => {
    const rule = JSON.stringify(stylesheet({ large: true }));
    expect(rule).toContain('mapData(width, 1.5, 10, 1, 6)');
    expect([1.5, 5.75, 10, 0.5, 20].map(largeEdgeWidth)).toEqual([1, 3.5, 6, 1, 6]);
  });

  it('draws faint ties first and selected ones last', () => {
    const drawn = batchEdges(
      [
        edge('a', 'b', 'tie tie-positive is-selected'),
        edge('b', 'c', 'tie tie-positive'),
        edge('c', 'd', 'tie tie-positive is-faded'),
      ],
      at,
      { dashes: true },
    );
    expect(drawn.batches.map((b) => [b.opacity, b.selected])).toEqual([
      [0.15, false],
      [0.9, false],
      [0.9, true],
    ]);
  });

  it('leaves out a tie whose actor has no position', () => {
    const drawn = batchEdges([edge('a', 'x', 'tie'), edge('a', 'b', 'tie')], at, { dashes: true });
    expect(drawn.ids).toEqual(['a~b']);
    expect(drawn.segments).toHaveLength(4);
  });
});

describe('hitEdge', () => {
  const drawn: EdgeBatches = batchEdges(
    [edge('a', 'b', 'tie', 10), edge('a', 'c', 'tie', 1.5)],
    at,
    { dashes: true },
  );

  it('finds the tie within its half width plus the slack', () => {
    // a~b is 6 wide (half 3); a~c, the diagonal, 1 wide.
    expect(hitEdge(drawn, { x: 50, y: 4 }, 2)).toBe(0);
    expect(hitEdge(drawn, { x: 50, y: 5.5 }, 2)).toBe(-1);
    expect(hitEdge(drawn, { x: 50, y: 51 }, 2)).toBe(1);
  });

  it('measures to the segment, not the endless line', () => {
    expect(hitEdge(drawn, { x: 104, y: 0 }, 2)).toBe(0);
    expect(hitEdge(drawn, { x: 110, y: 0 }, 2)).toBe(-1);
  });

  it('takes the nearest of two ties in reach', () => {
    // Near a, both lines are in reach; just below a~b it is a~b, on the diagonal a~c.
    expect(hitEdge(drawn, { x: 6, y: 1 }, 4)).toBe(0);
    expect(hitEdge(drawn, { x: 6, y: 6 }, 4)).toBe(1);
  });
});

describe('sameEdges', () => {
  it('tells a change of id, width or classes from the same ties anew', () => {
    const one = [edge('a', 'b', 'tie'), edge('b', 'c', 'tie')];
    expect(sameEdges(one, [edge('a', 'b', 'tie'), edge('b', 'c', 'tie')])).toBe(true);
    expect(sameEdges(one, [edge('a', 'b', 'tie'), edge('b', 'c', 'tie', 2)])).toBe(false);
    expect(sameEdges(one, [edge('a', 'b', 'tie'), edge('b', 'c', 'tie is-faded')])).toBe(false);
    expect(sameEdges(one, [edge('a', 'b', 'tie'), edge('b', 'd', 'tie')])).toBe(false);
    expect(sameEdges(one, one.slice(0, 1))).toBe(false);
  });
});

describe('dashOnScreen', () => {
  it('draws a dash only where one period is long enough on screen to be seen', () => {
    // [10, 6]: a period of 16 model units, 8 px at half zoom.
    expect(dashOnScreen([10, 6], 1)).toEqual([10, 6]);
    expect(dashOnScreen([10, 6], MIN_DASH_PERIOD_PX / 16)).toEqual([10, 6]);
    expect(dashOnScreen([10, 6], 0.15)).toEqual([]);
    expect(dashOnScreen([], 4)).toEqual([]);
  });
});
