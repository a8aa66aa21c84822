// Updates of a large graph, a frame later: the caller paints a "Drawing…" note first (it fades
// in by a compositor animation after 300 ms, so it shows while Cytoscape holds the main thread
// and never flickers for quick updates). Updates asked for meanwhile are merged into the latest.
import type { GraphElements } from './elements';

export interface DeferredUpdate {
  /** Asks for the view to show these elements (now, or with the next frame for a large graph). */
  push(elements: GraphElements): void;
  /** Drops an update still waiting (the view is going away). */
  cancel(): void;
}

export interface Frames {
  /** Runs after the next frame has been painted. */
  afterPaint(run: () => void): () => void;
}

/** The browser's frames: a task queued from requestAnimationFrame runs after that frame's paint. */
export const browserFrames: Frames = {
  afterPaint(run) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(run, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  },
};

/**
 * Passes updates to `apply` at once, or — when `deferred` — after the next paint, merged, with
 * `onDrawing(true)` before and `onDrawing(false)` after.
 */
export function deferredUpdate(
  apply: (elements: GraphElements) => void,
  options: {
    readonly deferred: boolean;
    readonly onDrawing: (drawing: boolean) => void;
    readonly frames?: Frames;
  },
): DeferredUpdate {
  const frames = options.frames ?? browserFrames;
  let queued: GraphElements | undefined;
  let cancelFrame: (() => void) | undefined;
  return {
    push(elements) {
      if (!options.deferred) {
        apply(elements);
        return;
      }
      queued = elements;
      if (cancelFrame) return;
      options.onDrawing(true);
      cancelFrame = frames.afterPaint(() => {
        cancelFrame = undefined;
        const latest = queued;
        queued = undefined;
        if (latest) apply(latest);
        options.onDrawing(false);
      });
    },
    cancel() {
      cancelFrame?.();
      cancelFrame = undefined;
      queued = undefined;
    },
  };
}
