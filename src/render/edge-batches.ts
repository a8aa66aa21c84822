// The ties of a large graph as a few batches, for the edge layer (edge-layer.ts): one batch per
// colour, width, dash and opacity, each a list of straight segments from centre to centre, drawn
// as one path — a few dozen strokes instead of thousands. How each tie looks comes from the same
// rules as the stylesheet (core/scene/style.ts), and its width from the same mapping as the large
// graph's stylesheet (LARGE_EDGE_WIDTH). Pure: no canvas, so tests run it in Node; hit testing
// (which tie is under the pointer) is here too.
import type { Point } from '../core/scene/layout';
import type { PictureEdge } from '../core/scene/picture';
import { edgeLook, type EdgeLook } from '../core/scene/style';
import { classText } from './elements';

/** What the layer reads of a picture's edge. */
export type LayerEdge = Pick<PictureEdge, 'id' | 'tie' | 'source' | 'target' | 'width' | 'classes'>;

/**
 * A large graph's line width (model units) for a picture's width: the picture's 1.5–10 mapped to
 * 1–6, as thin lines keep thousands of ties apart. The stylesheet's mapData says the same.
 */
export const LARGE_EDGE_WIDTH = { from: [1.5, 10], to: [1, 6] } as const;

export function largeEdgeWidth(width: number): number {
  const [lo, hi] = LARGE_EDGE_WIDTH.from;
  const [min, max] = LARGE_EDGE_WIDTH.to;
  const share = (Math.min(hi, Math.max(lo, width)) - lo) / (hi - lo);
  return min + (max - min) * share;
}

/** The glow under a selected tie, as the stylesheet's underlay: colour, opacity, padding. */
export const SELECTED_GLOW = { opacity: 0.2, padding: 6 } as const;

export interface Batch {
  readonly color: string;
  readonly opacity: number;
  /** Line width in model units. */
  readonly width: number;
  /** Dash pattern in model units; empty for solid. */
  readonly dash: readonly number[];
  /** Selected ties are drawn last, over a glow. */
  readonly selected: boolean;
  /** Segments as x1, y1, x2, y2 in model units, four numbers a tie. */
  readonly segments: Float64Array;
}

export interface EdgeBatches {
  readonly batches: readonly Batch[];
  /** Every tie's segment (x1, y1, x2, y2), in the order of `ids`. */
  readonly segments: Float64Array;
  /** Each tie's half width in model units, for hit testing. */
  readonly halfWidths: Float64Array;
  readonly ids: readonly string[];
  /** The pair each line draws ("a~b"), as the picture names it. */
  readonly ties: readonly string[];
  /** The classes each line has (for tests and readers of the layer). */
  readonly classes: readonly string[];
}

interface Style {
  readonly look: EdgeLook;
  readonly selected: boolean;
}

/** Looks by class text: a few distinct lists among thousands of ties, each looked up once. */
const styles = new Map<string, Style>();
function styleOf(classes: string, list: readonly string[]): Style {
  let style = styles.get(classes);
  if (!style) {
    style = { look: edgeLook(list), selected: list.includes('is-selected') };
    if (styles.size > 1000) styles.clear();
    styles.set(classes, style);
  }
  return style;
}

/** Whether two lists are alike, pair by pair in order (`alike` says of a pair). */
export function sameInOrder<T>(
  a: readonly T[],
  b: readonly T[],
  alike: (x: T, y: T) => boolean,
): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y || !alike(x, y)) return false;
  }
  return true;
}

/** Whether two lists of edges would be drawn alike (same ids, widths and classes, in order). */
export function sameEdges(a: readonly LayerEdge[], b: readonly LayerEdge[]): boolean {
  return sameInOrder(
    a,
    b,
    (x, y) =>
      x.id === y.id &&
      x.width === y.width &&
      x.source === y.source &&
      x.target === y.target &&
      (x.classes === y.classes || classText(x.classes) === classText(y.classes)),
  );
}

/**
 * Groups the edges into batches. Edges whose ends have no position are left out. `dashes`
 * false draws every line solid (as the WebGL renderer would).
 */
export function batchEdges(
  edges: readonly LayerEdge[],
  positions: ReadonlyMap<string, Point>,
  options: { readonly dashes: boolean },
): EdgeBatches {
  // Batches by look, then by width: no key to build for each of thousands of ties. A first pass
  // counts each batch's ties, a second writes every batch's segments into one buffer, each batch
  // a view of its part: no list grown tie by tie, no buffer a batch (a new window of the scale
  // set had made forty buffers and 0.9 MB of growing lists; docs/performance.md).
  const groups = new Map<Style, Map<number, number>>();
  const counts: number[] = [];
  const groupOf = new Int32Array(edges.length);
  const segments = new Float64Array(edges.length * 4);
  const halfWidths = new Float64Array(edges.length);
  const ids: string[] = [];
  const ties: string[] = [];
  const classList: string[] = [];
  for (const edge of edges) {
    const a = positions.get(edge.source);
    const b = positions.get(edge.target);
    if (!a || !b) continue;
    const classes = classText(edge.classes);
    const style = styleOf(classes, edge.classes);
    const width = largeEdgeWidth(edge.width);
    let byWidth = groups.get(style);
    if (!byWidth) groups.set(style, (byWidth = new Map()));
    let group = byWidth.get(width);
    if (group === undefined) {
      group = counts.length;
      byWidth.set(width, group);
      counts.push(0);
    }
    counts[group] = (counts[group] ?? 0) + 1;
    const k = ids.length;
    groupOf[k] = group;
    segments[4 * k] = a.x;
    segments[4 * k + 1] = a.y;
    segments[4 * k + 2] = b.x;
    segments[4 * k + 3] = b.y;
    halfWidths[k] = width / 2;
    ids.push(edge.id);
    ties.push(edge.tie);
    classList.push(classes);
  }
  const starts: number[] = [];
  let start = 0;
  for (const count of counts) {
    starts.push(start);
    start += 4 * count;
  }
  const grouped = new Float64Array(start);
  const next = starts.slice();
  for (let k = 0; k < ids.length; k++) {
    const group = groupOf[k] ?? 0;
    const at = next[group] ?? 0;
    next[group] = at + 4;
    grouped[at] = segments[4 * k] ?? 0;
    grouped[at + 1] = segments[4 * k + 1] ?? 0;
    grouped[at + 2] = segments[4 * k + 2] ?? 0;
    grouped[at + 3] = segments[4 * k + 3] ?? 0;
  }
  const batches: Batch[] = [];
  for (const [{ look, selected }, byWidth] of groups) {
    const dash = options.dashes ? look.dash : [];
    for (const [width, group] of byWidth) {
      const from = starts[group] ?? 0;
      batches.push({
        color: look.color,
        opacity: look.opacity,
        width,
        dash,
        selected,
        segments: grouped.subarray(from, from + 4 * (counts[group] ?? 0)),
      });
    }
  }
  // Faint lines first, selected ones last: what matters is drawn over what does not.
  batches.sort((x, y) => Number(x.selected) - Number(y.selected) || x.opacity - y.opacity);
  return {
    batches,
    segments: segments.subarray(0, ids.length * 4),
    halfWidths: halfWidths.subarray(0, ids.length),
    ids,
    ties,
    classes: classList,
  };
}

/** The squared distance from (px, py) to the segment (x1, y1)–(x2, y2). */
function distanceSquared(
  px: number,
  py: number,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = dx * dx + dy * dy;
  const t = length > 0 ? Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length)) : 0;
  const ex = px - (x1 + t * dx);
  const ey = py - (y1 + t * dy);
  return ex * ex + ey * ey;
}

/**
 * The index of the tie nearest to a point (model units) within its half width plus `slack`, or
 * -1. A plain scan: 9,000 segments take well under a millisecond (bench: "tie hit test"), less
 * than keeping a spatial index up to date at every step would.
 */
export function hitEdge(edges: EdgeBatches, point: Point, slack: number): number {
  const s = edges.segments;
  let best = -1;
  let bestGap = Infinity;
  for (let i = 0, k = 0; i < edges.ids.length; i++, k += 4) {
    const reach = (edges.halfWidths[i] ?? 0) + slack;
    const d = distanceSquared(
      point.x,
      point.y,
      s[k] ?? 0,
      s[k + 1] ?? 0,
      s[k + 2] ?? 0,
      s[k + 3] ?? 0,
    );
    if (d > reach * reach) continue;
    // Nearest wins; on a tie, the one drawn later (on top).
    const gap = Math.sqrt(d) - reach;
    if (gap <= bestGap) {
      bestGap = gap;
      best = i;
    }
  }
  return best;
}
