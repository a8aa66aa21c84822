// Drawing the edge layer's batches (edge-draw.ts, on the page or in its worker), on a context that
// records what it is told: the viewport's transform, one path a batch, the glow under selected
// ties before their line, and dashes only where they can be seen.
import { describe, expect, it } from 'vitest';
import { palette } from '../../src/core/scene/palette';
import type { Batch } from '../../src/render/edge-batches';
import { SELECTED_GLOW } from '../../src/render/edge-batches';
import { drawBatches } from '../../src/render/edge-draw';

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
