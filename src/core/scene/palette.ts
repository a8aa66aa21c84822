// The one palette, shared by the Cytoscape stylesheet, the legend and the exporters.
// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; every colour
// that carries meaning is doubled by a line style or a shape, so the picture reads in grey too.

export const palette = {
  positive: '#0072B2', // blue: cooperation
  negative: '#D55E00', // vermillion: conflict
  neutral: '#8C8C8C',
  campA: '#F0E442', // yellow circle
  campB: '#CC79A7', // reddish-purple diamond
  unaligned: '#FFFFFF',
  nodeBorder: '#333333',
  selected: '#000000',
  flipped: '#000000',
  appeared: '#009E73', // bluish green
  ended: '#8C8C8C',
  unchanged: '#C8C8C8',
  stronger: '#4D4D4D', // dark grey: the same sign, half again as strong or more
  weaker: '#56B4E9', // sky blue: the same sign, a third weaker or more
  hedging: '#E69F00', // orange: an actor torn between the camps
  text: '#1A1A1A',
  background: '#FFFFFF',
} as const;

/** Line dash patterns, in pixels (on, off): shared by the stylesheet, the legend and SVG export. */
export const dashes = {
  negative: [10, 6],
  neutral: [2, 5],
  event: [3, 4],
  ended: [2, 5],
  /** Dash-dot: a tie with large parts of both cooperation and conflict. */
  ambivalent: [12, 4, 2, 4],
} as const;

/** Node shapes per camp, so the camps differ in shape as well as colour. */
export const campShapes = { A: 'ellipse', B: 'diamond', unaligned: 'ellipse' } as const;

/**
 * Categorical colours for one line per actor in the year charts: Paul Tol's "muted" scheme, made
 * to stay apart under the common colour-vision deficiencies, without its indigo and rose so that
 * no line borrows the meaning of cooperation (blue) or conflict (vermillion) above. Dark and
 * mid tones first: the pale sand and cyan come last, for data sets with more actors.
 */
export const series = [
  '#44AA99', // teal
  '#AA4499', // purple
  '#999933', // olive
  '#117733', // green
  '#882255', // wine
  '#DDCC77', // sand
  '#88CCEE', // cyan
] as const;
