// Drawing the edge layer's batches (edge-draw.ts, on the page or in its worker), on a context that
// records what it is told: the viewport's transform, one path a batch, the glow under selected
// ties before their line, and dashes only where they can be seen.
import { describe, expect, it } from 'vitest';
import { palette } from '../../src/core/scene/palette';
import type { Batch } from '../../src/render/edge-batches';
import { SELECTED_GLOW } from '../../src/render/edge-batches';
import { drawBatches, drawLayer } from '../../src/render/edge-draw';
import { nodeMarks, SELECTED_ACTOR_GLOW } from '../../src/render/node-marks';

function recorder() {
  const calls: string[] = [];
  const state: Record<string, unknown> = {};
  const context = new Proxy(state, {
    get(target, key: string) {
      if (key in target) return target[key];
      return (...args: unknown[]) => {
        calls.push(`${key}(${args.map((a) => JSON.stringify(a)).join(',')})`);
        if (key === 'stroke')
          calls.push(
            `  with ${String(target.strokeStyle)} ${String(target.lineWidth)} ${String(target.globalAlpha)}`,
          );
        if (key === 'fill')
          calls.push(`  fill ${String(target.fillStyle)} ${String(target.globalAlpha)}`);
      };
    },
    set(target, key: string, value: unknown) {
      target[key] = value;
      return true;
    },
  });
  return { calls, context: context as unknown as CanvasRenderingContext2D };
}

const batch = (over: Partial<Batch>): Batch => ({
  color: '#123456',
  opacity: 0.8,
  width: 2,
  dash: [],
  selected: false,
  segments: new Float64Array([0, 0, 10, 0, 5, 5, 5, 15]),
  ...over,
});

describe('drawBatches', () => {
  it('clears the canvas, then draws every batch at the viewport, one path each', () => {
    const { calls, context } = recorder();
    drawBatches(context, [batch({}), batch({ color: '#abcdef', width: 4 })], {
      width: 300,
      height: 200,
      zoom: 2,
      pan: { x: 7, y: -3 },
    });
    expect(calls.slice(0, 3)).toEqual([
      'setTransform(1,0,0,1,0,0)',
      'clearRect(0,0,300,200)',
      'setTransform(2,0,0,2,7,-3)',
    ]);
    expect(calls.filter((c) => c.startsWith('beginPath'))).toHaveLength(2);
    expect(calls.filter((c) => c.startsWith('moveTo'))).toEqual([
      'moveTo(0,0)',
      'moveTo(5,5)',
      'moveTo(0,0)',
      'moveTo(5,5)',
    ]);
    expect(calls.filter((c) => c.startsWith('  with'))).toEqual([
      '  with #123456 2 0.8',
      '  with #abcdef 4 0.8',
    ]);
  });

  it("strokes a selected batch's glow first, then its line over it", () => {
    const { calls, context } = recorder();
    drawBatches(context, [batch({ selected: true })], {
      width: 10,
      height: 10,
      zoom: 1,
      pan: { x: 0, y: 0 },
    });
    expect(calls.filter((c) => c.startsWith('  with'))).toEqual([
      `  with ${palette.selected} ${2 + 2 * SELECTED_GLOW.padding} ${SELECTED_GLOW.opacity}`,
      '  with #123456 2 0.8',
    ]);
  });

  it('draws dashes zoomed in, and solid where a period would be too fine to see', () => {
    const dashed = [batch({ dash: [6, 3] })];
    const near = recorder();
    drawBatches(near.context, dashed, { width: 10, height: 10, zoom: 2, pan: { x: 0, y: 0 } });
    expect(near.calls).toContain('setLineDash([6,3])');
    const far = recorder();
    drawBatches(far.context, dashed, { width: 10, height: 10, zoom: 0.3, pan: { x: 0, y: 0 } });
    expect(far.calls).toContain('setLineDash([])');
    expect(far.calls).not.toContain('setLineDash([6,3])');
  });
});

describe('drawLayer: the actors over the ties', () => {
  const actor = (id: string, classes: string, x = 0) => ({
    group: 'nodes' as const,
    data: { id, label: id, size: 20 },
    position: { x, y: 0 },
    classes,
  });
  const view = { width: 100, height: 100, zoom: 1, pan: { x: 0, y: 0 } };

  it('draws each body after every tie: fill and border in its camp, a diamond for camp B', () => {
    const { calls, context } = recorder();
    drawLayer(
      context,
      [batch({})],
      nodeMarks([actor('a', 'actor camp-A'), actor('b', 'actor camp-B', 50)]),
      view,
    );
    const tieStroke = calls.indexOf('  with #123456 2 0.8');
    const firstArc = calls.findIndex((c) => c.startsWith('arc('));
    expect(tieStroke).toBeGreaterThan(-1);
    expect(firstArc).toBeGreaterThan(tieStroke);
    expect(calls).toContain('arc(0,0,10,0,6.283185307179586)');
    // The diamond: four corners round (50, 0), half its size away.
    expect(calls).toEqual(
      expect.arrayContaining(['moveTo(50,-10)', 'lineTo(60,0)', 'lineTo(50,10)', 'lineTo(40,0)']),
    );
    expect(calls.filter((c) => c.startsWith('  fill'))).toEqual([
      `  fill ${palette.campA} 1`,
      `  fill ${palette.campB} 1`,
    ]);
    expect(calls.filter((c) => c === `  with ${palette.nodeBorder} 2 1`)).toHaveLength(2);
  });

  it("draws a selected actor's glow under it, a faded one faint, dashes and a double ring", () => {
    const { calls, context } = recorder();
    drawLayer(
      context,
      [],
      nodeMarks([
        actor('s', 'actor camp-A is-selected'),
        actor('f', 'actor camp-B is-faded'),
        actor('h', 'actor camp-unaligned is-hedging'),
        actor('m', 'actor camp-A is-moved'),
      ]),
      view,
    );
    const fills = calls.filter((c) => c.startsWith('  fill'));
    // The faded one first, under the rest; the glow right before the selected body.
    expect(fills[0]).toBe(`  fill ${palette.campB} 0.15`);
    expect(fills[1]).toBe(`  fill ${palette.selected} ${SELECTED_ACTOR_GLOW.opacity}`);
    expect(calls).toContain(`arc(0,0,${10 + SELECTED_ACTOR_GLOW.padding},0,6.283185307179586)`);
    expect(calls).toContain('setLineDash([4,3])');
    expect(calls).toContain(`  with ${palette.hedging} 5 1`);
    // The double ring: the wide border, then a line of the fill a third as wide down its middle.
    const wide = calls.indexOf(`  with ${palette.flipped} 9 1`);
    expect(wide).toBeGreaterThan(-1);
    expect(calls.slice(wide + 1)).toContain(`  with ${palette.campA} 3 1`);
  });
});
