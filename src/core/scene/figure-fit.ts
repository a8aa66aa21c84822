// How large the graphs of a figure can be drawn: nodes and lines scale with the graph, names stay
// at a readable size whatever the scale, so the drawn size grows with the scale and the largest
// scale that fits a box is found by bisection.
import type { Picture } from './picture';
import { LINE, textWidth, TYPE } from './figure-text';

/** Space between the name's top and the node's edge, px. */
export const LABEL_GAP = 4;
/** The white halo around names, px on each side. */
export const HALO = 2.5;
/** Graphs are never drawn larger than this (model units → px). */
export const MAX_SCALE = 1.6;
/** A node's border reaches this far out of its radius, in model units (the widest is 9). */
const BORDER = 5;

/** What the fit needs of a node: its place and radius in model units, its name's width in px. */
export interface NodeExtent {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly labelHalf: number;
}

export function nodeExtents(pictures: readonly Picture[]): NodeExtent[] {
  return pictures.flatMap((p) =>
    p.nodes.map((node) => ({
      x: node.x,
      y: node.y,
      r: node.size / 2 + BORDER,
      labelHalf: textWidth(node.label, TYPE.label) / 2 + HALO,
    })),
  );
}

export interface Extent {
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

/** The px box of the drawn graph at a scale, relative to the model origin. */
export function extentAt(nodes: readonly NodeExtent[], s: number): Extent {
  let e = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const node of nodes) {
    const half = Math.max(s * node.r, node.labelHalf);
    e = {
      minX: Math.min(e.minX, s * node.x - half),
      maxX: Math.max(e.maxX, s * node.x + half),
      minY: Math.min(e.minY, s * (node.y - node.r)),
      maxY: Math.max(e.maxY, s * (node.y + node.r) + LABEL_GAP + TYPE.label * LINE),
    };
  }
  return Number.isFinite(e.minX) ? e : { minX: 0, maxX: 0, minY: 0, maxY: 0 };
}

/** Whether the graph drawn at scale `s` fits a box of the given size. */
export function graphFits(
  nodes: readonly NodeExtent[],
  s: number,
  width: number,
  height: number,
): boolean {
  const e = extentAt(nodes, s);
  return e.maxX - e.minX <= width && e.maxY - e.minY <= height;
}

/**
 * The largest scale (at most MAX_SCALE) for which `fits` holds, 0 if it holds for none. `fits`
 * must hold below a scale and fail above it, as a drawn graph that grows with the scale does.
 */
export function largestScale(fits: (s: number) => boolean): number {
  if (!fits(0)) return 0;
  if (fits(MAX_SCALE)) return MAX_SCALE;
  let lo = 0;
  let hi = MAX_SCALE;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** The graph's longer side in px at a scale, names left out (what "the graph is large" means). */
export function drawnSize(nodes: readonly NodeExtent[], s: number): number {
  if (!nodes.length) return Infinity;
  let e = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const { x, y } of nodes)
    e = {
      minX: Math.min(e.minX, x),
      maxX: Math.max(e.maxX, x),
      minY: Math.min(e.minY, y),
      maxY: Math.max(e.maxY, y),
    };
  return s * Math.max(e.maxX - e.minX, e.maxY - e.minY);
}

/** Where a node's name goes: centred under the node, `y` the top of the text. */
export function labelPlace(
  node: { readonly x: number; readonly y: number; readonly size: number },
  origin: { readonly tx: number; readonly ty: number },
  scale: number,
): { readonly x: number; readonly y: number } {
  return {
    x: origin.tx + node.x * scale,
    y: origin.ty + (node.y + node.size / 2) * scale + LABEL_GAP,
  };
}
