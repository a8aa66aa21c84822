// Updates of a large graph wait for the next paint and merge; a small graph's apply at once.
import { describe, expect, it, vi } from 'vitest';
import { deferredUpdate, type Frames } from '../../src/render/deferred-update';
import type { GraphElements } from '../../src/render/elements';

/** Frames driven by the test: `paint()` runs what waits for the next paint. */
function manualFrames() {
  let waiting: (() => void)[] = [];
  const frames: Frames = {
    afterPaint(run) {
      waiting.push(run);
      return () => {
        waiting = waiting.filter((r) => r !== run);
      };
    },
  };
  const paint = () => {
    const now = waiting;
    waiting = [];
    for (const run of now) run();
  };
  return { frames, paint, pending: () => waiting.length };
}

const elements = (tag: string) => ({ nodes: [], edges: [], tag }) as unknown as GraphElements;

describe('deferredUpdate', () => {
  it('applies at once when not deferred, without a drawing note', () => {
    const apply = vi.fn();
    const onDrawing = vi.fn();
    const { frames, pending } = manualFrames();
    const u = deferredUpdate(apply, { deferred: false, onDrawing, frames });
    u.push(elements('a'));
    expect(apply).toHaveBeenCalledWith(elements('a'));
    expect(onDrawing).not.toHaveBeenCalled();
    expect(pending()).toBe(0);
  });

  it('shows the note, waits for the paint, and applies only the latest of a burst', () => {
    const apply = vi.fn();
    const drawing: boolean[] = [];
    const { frames, paint, pending } = manualFrames();
    const u = deferredUpdate(apply, { deferred: true, onDrawing: (d) => drawing.push(d), frames });
    u.push(elements('a'));
    u.push(elements('b'));
    u.push(elements('c'));
    expect(apply).not.toHaveBeenCalled();
    expect(drawing).toEqual([true]);
    expect(pending()).toBe(1);
    paint();
    expect(apply).toHaveBeenCalledTimes(1);
    expect(apply).toHaveBeenCalledWith(elements('c'));
    expect(drawing).toEqual([true, false]);
    // The next update waits for its own paint.
    u.push(elements('d'));
    expect(drawing).toEqual([true, false, true]);
    paint();
    expect(apply).toHaveBeenLastCalledWith(elements('d'));
  });

  it('drops a waiting update when cancelled (the view is going away)', () => {
    const apply = vi.fn();
    const { frames, paint, pending } = manualFrames();
    const u = deferredUpdate(apply, { deferred: true, onDrawing: () => {}, frames });
    u.push(elements('a'));
    u.cancel();
    expect(pending()).toBe(0);
    paint();
    expect(apply).not.toHaveBeenCalled();
  });
});
