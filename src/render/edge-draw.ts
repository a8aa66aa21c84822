// Drawing the edge layer's batches (edge-batches.ts) on a 2D context at a viewport: the same code
// on the page and in the layer's worker (edge-layer.worker.ts), which draws where the browser can
// hand a canvas to a worker. No DOM: a context and numbers.
import { palette } from '../core/scene/palette';
import { SELECTED_GLOW, type Batch } from './edge-batches';

/**
 * Dashes shorter than this on screen (one period, in px) are drawn solid: they cannot be told
 * from a solid line that thin, and a dashed path of thousands of ties cost the 2D canvas 30–40 ms
 * a frame where a solid one costs 5–10 ms. Zoomed in, they are drawn.
 */
export const MIN_DASH_PERIOD_PX = 8;

/** The dash to draw at this zoom: the batch's, or none where it would be too fine to see. */
export function dashOnScreen(dash: readonly number[], zoom: number): readonly number[] {
  let period = 0;
  for (const d of dash) period += d;
  return period * zoom >= MIN_DASH_PERIOD_PX ? dash : [];
}

/** Where the layer is drawn: its size in pixels, and Cytoscape's zoom and pan. */
export interface LayerView {
  readonly width: number;
  readonly height: number;
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export function drawBatches(context: Context2D, batches: readonly Batch[], view: LayerView): void {
  const { zoom, pan } = view;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, view.width, view.height);
  context.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
  context.lineCap = 'butt';
  for (const batch of batches) {
    const s = batch.segments;
    context.beginPath();
    for (let k = 0; k < s.length; k += 4) {
      context.moveTo(s[k] ?? 0, s[k + 1] ?? 0);
      context.lineTo(s[k + 2] ?? 0, s[k + 3] ?? 0);
    }
    if (batch.selected) {
      context.setLineDash([]);
      context.globalAlpha = SELECTED_GLOW.opacity;
      context.strokeStyle = palette.selected;
      context.lineWidth = batch.width + 2 * SELECTED_GLOW.padding;
      context.stroke();
    }
    context.setLineDash([...dashOnScreen(batch.dash, zoom)]);
    context.globalAlpha = batch.opacity;
    context.strokeStyle = batch.color;
    context.lineWidth = batch.width;
    context.stroke();
  }
  context.globalAlpha = 1;
}
