// Where each part of an exported figure goes for a shape (16:9, 4:5, 1:1, or fitted to its
// content): title and subtitle on top, the panels, the legend beside or below them, the footer at
// the bottom, and the one scale that fits the graphs. Pure arithmetic over estimated text widths
// (figure-text.ts); svg.ts draws what it says.
import {
  drawnSize,
  extentAt,
  graphFits,
  largestScale,
  MAX_SCALE,
  nodeExtents,
  type NodeExtent,
} from './figure-fit';
import { legendColumns, placeLegend, type LegendLayout } from './figure-legend';
import { blockHeight, LINE, TYPE, wrap, type TextBlock } from './figure-text';
import type { LegendEntry } from './legend';
import type { Picture } from './picture';

export { DEFAULT_SHAPE, FIGURE_SHAPES, SHAPE_LABELS, type FigureShape } from './figure-shapes';
import type { FigureShape } from './figure-shapes';

export const MARGIN = 36;
const GAP = 24;
/** Room between the body and the footer's rule, and between the rule and the footer. */
const FOOT_GAP = 16;
const RULE_GAP = 10;

/** A fixed shape's first frame; it grows by GROWTH (same shape) until its content fits. */
const FRAMES: Readonly<Record<Exclude<FigureShape, 'auto'>, { width: number; ratio: number }>> = {
  '16:9': { width: 1600, ratio: 16 / 9 },
  '4:5': { width: 1200, ratio: 4 / 5 },
  '1:1': { width: 1200, ratio: 1 },
};
const GROWTH = 1.1;
const MAX_GROWTH_STEPS = 8;
/**
 * A graph fits when its longer side is drawn at least this share of the frame's shorter side
 * (divided by √2 for two panels, which share the frame).
 */
const MIN_GRAPH_SHARE = 0.38;
/** The fitted-to-content figure: each panel's box, as the figures were before shapes. */
const AUTO_PANEL = { width: 760, height: 600 } as const;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PanelLayout {
  readonly caption: TextBlock | null;
  /** The box the graph is centred in. */
  readonly box: Rect;
  /** Where the model's origin goes: a node at (x, y) is drawn at (tx + x·scale, ty + y·scale). */
  readonly tx: number;
  readonly ty: number;
}

export interface Arrangement {
  readonly legend: 'beside' | 'below' | 'none';
  readonly panels: 'row' | 'column';
}

export interface FigureLayout {
  readonly width: number;
  readonly height: number;
  /** Model units to px, the same for every panel so that sizes compare. */
  readonly scale: number;
  readonly arrangement: Arrangement;
  readonly title: TextBlock | null;
  readonly subtitle: TextBlock | null;
  readonly panels: readonly PanelLayout[];
  readonly legend: Omit<LegendLayout, 'height'> | null;
  readonly footer: { readonly ruleY: number; readonly text: TextBlock } | null;
  /** False when the text did not fit the shape at any size and the figure was made taller. */
  readonly fitted: boolean;
}

export interface LayoutInput {
  readonly shape: FigureShape;
  /** Empty for none (switched off or cleared). */
  readonly title: string;
  readonly subtitle: string;
  /** One per panel, or null when captions are switched off. */
  readonly captions: readonly string[] | null;
  readonly pictures: readonly Picture[];
  /** Empty when the legend is switched off. */
  readonly legend: readonly LegendEntry[];
  readonly note: string;
  readonly footer: string;
}

function arrangements(input: LayoutInput): Arrangement[] {
  const legend: Arrangement['legend'][] =
    input.legend.length || input.note ? ['beside', 'below'] : ['none'];
  const panels: Arrangement['panels'][] = input.pictures.length > 1 ? ['row', 'column'] : ['row'];
  return panels.flatMap((p) => legend.map((l) => ({ legend: l, panels: p })));
}

const besideWidth = (inner: number) => Math.min(400, Math.max(300, inner * 0.26));

/** Title and subtitle across the top; `bottom` is where the body starts. */
function header(input: LayoutInput, width: number) {
  let y = MARGIN;
  const block = (text: string, size: number, bold: boolean): TextBlock | null => {
    if (!text.trim()) return null;
    const b = { x: MARGIN, y, size, bold, lines: wrap(text, width - 2 * MARGIN, size, bold) };
    y += blockHeight(b) + 6;
    return b;
  };
  const title = block(input.title, TYPE.title, true);
  const subtitle = block(input.subtitle, TYPE.subtitle, false);
  return { title, subtitle, bottom: title || subtitle ? y + 10 : MARGIN };
}

/** The footer's lines across the bottom, and the height it takes with its rule. */
function footerOf(input: LayoutInput, width: number) {
  const lines = input.footer ? wrap(input.footer, width - 2 * MARGIN, TYPE.footer) : [];
  const height = lines.length ? FOOT_GAP + RULE_GAP + blockHeight({ size: TYPE.footer, lines }) : 0;
  return { lines, height };
}

/** The geometry of one arrangement in a frame: columns and rows of panels, the legend's place. */
function grid(input: LayoutInput, a: Arrangement, width: number) {
  const inner = width - 2 * MARGIN;
  const count = Math.max(1, input.pictures.length);
  const legendW = a.legend === 'beside' ? besideWidth(inner) : inner;
  const panelsW = a.legend === 'beside' ? inner - legendW - GAP : inner;
  const cols = a.panels === 'row' ? count : 1;
  const rows = a.panels === 'row' ? 1 : count;
  const panelW = (panelsW - (cols - 1) * GAP) / cols;
  const captionLines = (c: string) => wrap(c, panelW, TYPE.caption, true);
  const captionH = input.captions
    ? input.captions.reduce(
        (h, c) => Math.max(h, captionLines(c).length * TYPE.caption * LINE),
        0,
      ) + 6
    : 0;
  return { inner, count, legendW, panelsW, cols, rows, panelW, captionLines, captionH };
}

/** One arrangement in a frame of the given width, and height (null: as tall as the content). */
function arrange(
  input: LayoutInput,
  a: Arrangement,
  width: number,
  height: number | null,
): { layout: FigureLayout; fits: boolean } {
  const nodes: NodeExtent[] = nodeExtents(input.pictures);
  const g = grid(input, a, width);
  const head = header(input, width);
  const foot = footerOf(input, width);
  const legendAt = (x: number, y: number, s: number): LegendLayout =>
    a.legend === 'none'
      ? { items: [], note: null, height: 0 }
      : placeLegend(
          { entries: input.legend, note: input.note },
          { x, y, width: g.legendW, columns: a.legend === 'below' ? legendColumns(g.inner) : 1 },
          s,
        );
  const body = (h: number) => h - MARGIN - foot.height - head.bottom;
  /** Each panel's graph box height, for a frame height and the scale of the size key. */
  const boxHeight = (s: number) =>
    height === null
      ? AUTO_PANEL.height
      : (body(height) -
          (a.legend === 'below' ? legendAt(0, 0, s).height + GAP : 0) -
          (g.rows - 1) * GAP) /
          g.rows -
        g.captionH;
  // The largest scale at which both the graphs and the size key (drawn at that scale) fit.
  const scale = largestScale(
    (s) =>
      graphFits(nodes, s, g.panelW, boxHeight(s)) &&
      (height === null || a.legend !== 'beside' || legendAt(0, 0, s).height <= body(height)),
  );
  const boxH = Math.max(0, boxHeight(scale));
  const panelsBottom = head.bottom + g.rows * (g.captionH + boxH) + (g.rows - 1) * GAP;
  const legend =
    a.legend === 'beside'
      ? legendAt(MARGIN + g.panelsW + GAP, head.bottom + g.captionH, scale)
      : legendAt(MARGIN, panelsBottom + GAP, scale);
  const legendBottom =
    a.legend === 'none'
      ? 0
      : a.legend === 'beside'
        ? head.bottom + g.captionH + legend.height
        : panelsBottom + GAP + legend.height;
  const frameH = height ?? Math.ceil(Math.max(panelsBottom, legendBottom) + foot.height + MARGIN);
  const extent = extentAt(nodes, scale);
  const panels = input.pictures.map((_, i): PanelLayout => {
    const x = MARGIN + (a.panels === 'row' ? i : 0) * (g.panelW + GAP);
    const top = head.bottom + (a.panels === 'row' ? 0 : i) * (g.captionH + boxH + GAP);
    const box = { x, y: top + g.captionH, width: g.panelW, height: boxH };
    const caption = input.captions?.[i] ?? '';
    return {
      caption: input.captions
        ? { x, y: top, size: TYPE.caption, bold: true, lines: g.captionLines(caption) }
        : null,
      box,
      tx: box.x + (box.width - (extent.maxX - extent.minX)) / 2 - extent.minX,
      ty: box.y + (box.height - (extent.maxY - extent.minY)) / 2 - extent.minY,
    };
  });
  const ruleY = frameH - MARGIN - foot.height + FOOT_GAP;
  const share = MIN_GRAPH_SHARE / Math.sqrt(g.count);
  const fits =
    scale > 0 &&
    boxH > 0 &&
    legendBottom <= frameH - MARGIN - foot.height + 0.5 &&
    (height === null ||
      scale === MAX_SCALE ||
      drawnSize(nodes, scale) >= share * Math.min(width, height));
  return {
    layout: {
      width: Math.ceil(width),
      height: Math.ceil(frameH),
      scale,
      arrangement: a,
      title: head.title,
      subtitle: head.subtitle,
      panels,
      legend: a.legend === 'none' ? null : { items: legend.items, note: legend.note },
      footer: foot.lines.length
        ? {
            ruleY,
            text: {
              x: MARGIN,
              y: ruleY + RULE_GAP,
              size: TYPE.footer,
              bold: false,
              lines: foot.lines,
            },
          }
        : null,
      fitted: true,
    },
    fits,
  };
}

/**
 * The layout of a figure: for a fixed shape, the arrangement (legend beside or below, panels
 * side by side or stacked) that draws the graphs largest, in the smallest frame of that shape
 * where everything fits; for `auto`, panels of a fixed size and the height the content needs.
 */
export function figureLayout(input: LayoutInput): FigureLayout {
  const below: Arrangement = {
    legend: input.legend.length || input.note ? 'below' : 'none',
    panels: 'row',
  };
  if (input.shape === 'auto') {
    const count = Math.max(1, input.pictures.length);
    const width = 2 * MARGIN + count * AUTO_PANEL.width + (count - 1) * GAP;
    return arrange(input, below, width, null).layout;
  }
  const frame = FRAMES[input.shape];
  for (let step = 0; step <= MAX_GROWTH_STEPS; step++) {
    const width = Math.round(frame.width * GROWTH ** step);
    const height = Math.round(width / frame.ratio);
    const fitting = arrangements(input)
      .map((a) => arrange(input, a, width, height))
      .filter((t) => t.fits);
    // The first of the best: ties go to the legend beside, and to panels side by side.
    if (fitting.length)
      return fitting.reduce((x, y) => (y.layout.scale > x.layout.scale ? y : x)).layout;
  }
  // Nothing fits the shape (a very long subtitle): its first width, as tall as the content.
  return { ...arrange(input, below, frame.width, null).layout, fitted: false };
}
