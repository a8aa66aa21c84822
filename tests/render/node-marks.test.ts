// The actors as the batched layer draws them (node-marks.ts): their looks from the shared style
// rules, what Cytoscape is still told of, and when two lists would be drawn alike.
import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { palette } from '../../src/core/scene/palette';
import { nodeLook } from '../../src/core/scene/style';
import { graphClasses, nodeMarks, sameNodes } from '../../src/render/node-marks';

const actor = (id: string, classes: string, size = 20, x = 0): ElementDefinition => ({
  group: 'nodes',
  data: { id, label: id, size },
  position: { x, y: 5 },
  classes,
});

describe('node marks', () => {
  it('keeps for Cytoscape only the selection and the fading, in their order', () => {
    expect(graphClasses('actor camp-A is-faded is-hedging is-selected')).toBe(
      'is-faded is-selected',
    );
    expect(graphClasses('actor camp-B is-moved')).toBe('');
    expect(graphClasses('')).toBe('');
  });

  it("gives each actor its place, half its size and the style rules' look", () => {
    const [a] = nodeMarks([actor('a', 'actor camp-B is-hedging', 30, 7)]);
    expect(a).toEqual({
      id: 'a',
      x: 7,
      y: 5,
      r: 15,
      look: nodeLook(['actor', 'camp-B', 'is-hedging']),
      selected: false,
    });
    expect(a?.look.fill).toBe(palette.campB);
    expect(nodeMarks([{ group: 'nodes', data: { id: 'x', size: 4 } }])).toEqual([]);
  });

  it('tells lists drawn alike from lists that differ in place, size or classes', () => {
    const list = [actor('a', 'actor camp-A'), actor('b', 'actor camp-B', 20, 9)];
    expect(
      sameNodes(
        list,
        list.map((d) => ({ ...d })),
      ),
    ).toBe(true);
    expect(sameNodes(list, [list[0] as ElementDefinition, actor('b', 'actor camp-A', 20, 9)])).toBe(
      false,
    );
    expect(sameNodes(list, [list[0] as ElementDefinition, actor('b', 'actor camp-B', 30, 9)])).toBe(
      false,
    );
    expect(sameNodes(list, [list[0] as ElementDefinition, actor('b', 'actor camp-B', 20, 8)])).toBe(
      false,
    );
    expect(sameNodes(list, list.slice(1))).toBe(false);
  });
});
