// The ties of a large graph drawn by our own canvas under Cytoscape's nodes, where Cytoscape would
// draw on the 2D canvas: Cytoscape strokes each edge on its own and restyles, measures and
// projects every edge a step changes (190–260 ms a step for 4,400 ties), where this layer strokes
// one path per batch (edge-batches.ts). It follows Cytoscape's pan and zoom, redraws once a frame
// at most, and answers which tie is under a point for hover and tap. Cytoscape keeps the nodes,
// their labels, selection and focus.
import type { Core, Position } from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import type { Point } from '../core/scene/layout';
import { palette } from '../core/scene/palette';
import { batchEdges, hitEdge, sameEdges, SELECTED_GLOW, type EdgeBatches } from './edge-batches';

/** Pointer slack round a line, in screen pixels: thin lines are hard to hit otherwise. */
const SLACK_PX = 4;

export interface EdgeHit {
  readonly id: string;
  readonly tie: string;
}

export interface EdgeLayer {
  /** Shows these ties between these actors (model positions). */
  set(edges: readonly ElementDefinition[], positions: ReadonlyMap<string, Point>): void;
  /** The tie under a point of the container (rendered pixels), if any. */
  hit(at: Position): EdgeHit | null;
  /** What is drawn, for tests and the benchmark. */
  readonly drawn: EdgeBatches;
  destroy(): void;
}

/** For tests, which cannot reach the view: the layer on its container, as Cytoscape's `_cyreg`. */
export interface WithEdgeLayer {
  _ententeEdges?: EdgeLayer;
}

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

function draw(
  context: CanvasRenderingContext2D,
  edges: EdgeBatches,
  cy: Core,
  size: { width: number; height: number },
): void {
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, size.width, size.height);
  const zoom = cy.zoom();
  const pan = cy.pan();
  context.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
  context.lineCap = 'butt';
  for (const batch of edges.batches) {
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

function samePositions(a: ReadonlyMap<string, Point>, b: ReadonlyMap<string, Point>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, p] of a) {
    const q = b.get(id);
    if (!q || q.x !== p.x || q.y !== p.y) return false;
  }
  return true;
}

/**
 * Puts the layer in `container` under Cytoscape's canvases. `headless` keeps what would be drawn
 * (for hit testing and tests) without a canvas, as jsdom has none.
 */
export function createEdgeLayer(
  cy: Core,
  container: HTMLElement,
  options: { readonly dashes: boolean; readonly headless?: boolean },
): EdgeLayer {
  let edges = batchEdges([], new Map(), options);
  let shown: readonly ElementDefinition[] = [];
  let shownAt: ReadonlyMap<string, Point> = new Map();
  const canvas = options.headless ? null : document.createElement('canvas');
  const context = canvas?.getContext('2d') ?? null;
  if (canvas) {
    canvas.setAttribute('aria-hidden', 'true');
    canvas.dataset.layer = 'ties';
    // Cytoscape's own canvases come after, in a positioned box, and so are drawn over this one.
    Object.assign(canvas.style, {
      position: 'absolute',
      left: '0',
      top: '0',
      pointerEvents: 'none',
    });
    container.prepend(canvas);
  }
  const size = { width: 0, height: 0 };
  let frame = 0;
  const redraw = (): void => {
    frame = 0;
    if (!canvas || !context || cy.destroyed()) return;
    // Pixel ratio 1, as Cytoscape draws a large graph.
    const width = container.clientWidth;
    const height = container.clientHeight;
    if (width !== size.width || height !== size.height) {
      size.width = canvas.width = width;
      size.height = canvas.height = height;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    draw(context, edges, cy, size);
  };
  const schedule = (): void => {
    if (!frame && canvas) frame = requestAnimationFrame(redraw);
  };
  /**
   * New ties are drawn a frame after Cytoscape draws the actors they go with, not in the same
   * frame: each takes 5–12 ms on the scale set, and apart neither frame runs late. (A pan or
   * zoom redraws at once, so that lines and actors move together.)
   */
  const scheduleNext = (): void => {
    if (frame || !canvas) return;
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(redraw);
    });
  };
  cy.on('viewport resize', schedule);

  const layer: EdgeLayer = {
    set(next, positions) {
      // The same ties again (the worker's answer for the window redraws nothing that changed).
      if (sameEdges(shown, next) && samePositions(shownAt, positions)) return;
      shown = next;
      shownAt = positions;
      edges = batchEdges(next, positions, options);
      scheduleNext();
    },
    hit(at) {
      const zoom = cy.zoom();
      const pan = cy.pan();
      const point = { x: (at.x - pan.x) / zoom, y: (at.y - pan.y) / zoom };
      const i = hitEdge(edges, point, SLACK_PX / zoom);
      return i < 0 ? null : { id: edges.ids[i] ?? '', tie: edges.ties[i] ?? '' };
    },
    get drawn() {
      return edges;
    },
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      cy.off('viewport resize', schedule);
      canvas?.remove();
      delete (container as WithEdgeLayer)._ententeEdges;
    },
  };
  (container as WithEdgeLayer)._ententeEdges = layer;
  return layer;
}
