// The edge layer's painter where the browser can hand a canvas to a worker (edge-layer.ts): the
// page sends the batches and the actors' marks when they change and the viewport at each redraw, and the strokes are
// rasterised here, off the page's main thread (8–11 ms a step for 4,400 ties on a machine without
// a GPU). What is drawn is the page's to know: hit testing stays there. The first drawing is
// told to the page (the graph is then whole on screen).
import type { Batch } from './edge-batches';
import { drawLayer, type LayerView } from './edge-draw';
import type { NodeMark } from './node-marks';

export type EdgePainterMessage =
  | { readonly canvas: OffscreenCanvas }
  | {
      readonly batches?: readonly Batch[];
      readonly nodes?: readonly NodeMark[];
      readonly view: LayerView;
    };

let context: OffscreenCanvasRenderingContext2D | null = null;
let batches: readonly Batch[] = [];
let nodes: readonly NodeMark[] = [];
/** Whether the page has been told of the first picture drawn. */
let told = false;

self.onmessage = (event: MessageEvent<EdgePainterMessage>) => {
  const message = event.data;
  if ('canvas' in message) {
    context = message.canvas.getContext('2d');
    return;
  }
  if (message.batches) batches = message.batches;
  if (message.nodes) nodes = message.nodes;
  if (!context) return;
  const { canvas } = context;
  if (canvas.width !== message.view.width) canvas.width = message.view.width;
  if (canvas.height !== message.view.height) canvas.height = message.view.height;
  drawLayer(context, batches, nodes, message.view);
  if (!told) {
    told = true;
    self.postMessage('painted');
  }
};
