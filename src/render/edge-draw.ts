// Drawing the edge layer's batches (edge-batches.ts), and the actors over them where the layer draws
// them too (node-marks.ts), on a 2D context at a viewport: the same code
// on the page and in the layer's worker (edge-layer.worker.ts), which draws where the browser can
// hand a canvas to a worker. No DOM: a context and numbers.
import { palette } from '../core/scene/palette';
import { SELECTED_GLOW, type Batch } from './edge-batches';
import { BORDER_DASH, SELECTED_ACTOR_GLOW, type NodeMark } from './node-marks';

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

/** The outline of an actor's body, as a path on the context (not yet filled or stroked). */
function bodyPath(context: Context2D, mark: NodeMark, r: number): void {
  const { x, y } = mark;
  context.beginPath();
  if (mark.look.shape === 'diamond') {
    context.moveTo(x, y - r);
    context.lineTo(x + r, y);
    context.lineTo(x, y + r);
    context.lineTo(x - r, y);
    context.closePath();
  } else context.arc(x, y, r, 0, 2 * Math.PI);
}

/**
 * The actors' bodies, in the viewport's transform (drawBatches sets it): a selected actor's glow,
 * then its fill and border — dashed, or double (a thin line of the fill down the border's middle),
 * as the SVG writer draws them.
 */
export function drawNodes(context: Context2D, marks: readonly NodeMark[]): void {
  for (const mark of marks) {
    const { look } = mark;
    if (mark.selected) {
      context.globalAlpha = look.opacity * SELECTED_ACTOR_GLOW.opacity;
      context.fillStyle = palette.selected;
      bodyPath(context, mark, mark.r + SELECTED_ACTOR_GLOW.padding);
      context.fill();
    }
    context.globalAlpha = look.opacity;
    bodyPath(context, mark, mark.r);
    context.fillStyle = look.fill;
    context.fill();
    if (look.borderWidth <= 0) continue;
    context.setLineDash(look.borderStyle === 'dashed' ? [...BORDER_DASH] : []);
    context.lineWidth = look.borderWidth;
    context.strokeStyle = look.borderColor;
    context.stroke();
    if (look.borderStyle !== 'double') continue;
    context.setLineDash([]);
    context.lineWidth = look.borderWidth / 3;
    context.strokeStyle = look.fill;
    context.stroke();
  }
  context.globalAlpha = 1;
}

/** What the layer draws: the ties' batches, then the actors (none where Cytoscape draws them). */
export function drawLayer(
  context: Context2D,
  batches: readonly Batch[],
  nodes: readonly NodeMark[],
  view: LayerView,
): void {
  drawBatches(context, batches, view);
  drawNodes(context, nodes);
}
