// How each kind of mark looks, as rules over the classes of a Picture. The Cytoscape stylesheet
// (render/stylesheet.ts) and the SVG writer (svg.ts) are both generated from these rules, so the
// canvas and an exported figure match. Later rules win, as in CSS.
import { campShapes, dashes, palette } from './palette';

export interface NodeLook {
  readonly fill: string;
  readonly shape: 'ellipse' | 'diamond';
  readonly borderColor: string;
  readonly borderWidth: number;
  readonly borderStyle: 'solid' | 'dashed' | 'double';
  readonly opacity: number;
}

export interface EdgeLook {
  readonly color: string;
  /** Dash pattern in model units; empty for a solid line. */
  readonly dash: readonly number[];
  readonly opacity: number;
  readonly curve: 'straight' | 'bezier';
}

export interface Rule<L> {
  /** The rule applies when a mark has every one of these classes. */
  readonly classes: readonly string[];
  readonly look: Partial<L>;
}

export const NODE_BASE: NodeLook = {
  fill: palette.unaligned,
  shape: 'ellipse',
  borderColor: palette.nodeBorder,
  borderWidth: 2,
  borderStyle: 'solid',
  opacity: 1,
};

export const NODE_RULES: readonly Rule<NodeLook>[] = [
  { classes: ['camp-A'], look: { fill: palette.campA, shape: campShapes.A } },
  { classes: ['camp-B'], look: { fill: palette.campB, shape: campShapes.B } },
  { classes: ['camp-unaligned'], look: { borderStyle: 'dashed' } },
  {
    classes: ['is-hedging'],
    look: { borderWidth: 5, borderStyle: 'dashed', borderColor: palette.hedging },
  },
  {
    // Changed camp: a thick black double ring, the strongest mark a node gets.
    classes: ['is-moved'],
    look: { borderWidth: 9, borderStyle: 'double', borderColor: palette.flipped },
  },
  { classes: ['is-faded'], look: { opacity: 0.15 } },
  { classes: ['is-related'], look: { borderWidth: 4 } },
  { classes: ['is-selected'], look: { borderWidth: 5, borderColor: palette.selected } },
];

export const EDGE_BASE: EdgeLook = {
  color: palette.neutral,
  dash: [],
  opacity: 0.9,
  curve: 'bezier',
};

export const EDGE_RULES: readonly Rule<EdgeLook>[] = [
  { classes: ['tie'], look: { curve: 'straight' } },
  { classes: ['diff'], look: { curve: 'straight' } },
  { classes: ['tie-positive'], look: { color: palette.positive } },
  { classes: ['rel-positive'], look: { color: palette.positive } },
  { classes: ['tie-negative'], look: { color: palette.negative, dash: dashes.negative } },
  { classes: ['rel-negative'], look: { color: palette.negative } },
  { classes: ['tie-neutral'], look: { color: palette.neutral, dash: dashes.neutral } },
  { classes: ['rel-neutral'], look: { color: palette.neutral, dash: dashes.neutral } },
  { classes: ['tie-ambivalent'], look: { dash: dashes.ambivalent } },
  { classes: ['rel-event'], look: { dash: dashes.event } },
  { classes: ['diff-unchanged'], look: { color: palette.unchanged, opacity: 0.8 } },
  { classes: ['diff-flipped'], look: { color: palette.flipped } },
  { classes: ['diff-stronger'], look: { color: palette.stronger } },
  { classes: ['diff-weaker'], look: { color: palette.weaker } },
  { classes: ['diff-appeared'], look: { color: palette.appeared } },
  { classes: ['diff-ended'], look: { color: palette.ended, dash: dashes.ended } },
  { classes: ['is-faded'], look: { opacity: 0.15 } },
];

function apply<L>(base: L, rules: readonly Rule<L>[], classes: readonly string[]): L {
  const has = new Set(classes);
  let look = base;
  for (const rule of rules)
    if (rule.classes.every((c) => has.has(c))) look = { ...look, ...rule.look };
  return look;
}

export const nodeLook = (classes: readonly string[]): NodeLook =>
  apply(NODE_BASE, NODE_RULES, classes);
export const edgeLook = (classes: readonly string[]): EdgeLook =>
  apply(EDGE_BASE, EDGE_RULES, classes);

/**
 * The keyboard focus ring round an actor, on screen only (a figure has no focus): a ring drawn
 * outside the border, so that it hides no camp, hedging or selection mark, on a pale halo that
 * still shows when the graph is drawn small; in the blue of the page's focus outline
 * (App.svelte). Widths in model units.
 */
export const FOCUS_RING = {
  color: '#0072B2',
  width: 6,
  offset: 5,
  halo: 20,
  haloOpacity: 0.3,
} as const;

/** Node labels: size and gap below the node, in model units. */
export const LABEL = {
  fontSize: 15,
  gap: 6,
  fontFamily: 'system-ui, "Segoe UI", Helvetica, Arial, sans-serif',
} as const;
