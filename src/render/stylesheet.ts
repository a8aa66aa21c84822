// The one Cytoscape stylesheet, generated from the style rules of core/scene/style.ts (which the SVG
// writer uses too), plus what only the screen has: the selection glow, the keyboard focus ring and
// fading in and out.
import type { StylesheetJson } from 'cytoscape';
import { SELECTED_ACTOR_GLOW } from './node-marks';
import { palette } from '../core/scene/palette';
import {
  EDGE_BASE,
  EDGE_RULES,
  FOCUS_RING,
  LABEL,
  NODE_BASE,
  NODE_RULES,
  type EdgeLook,
  type NodeLook,
} from '../core/scene/style';

const DURATION = 350;

function nodeCss(look: Partial<NodeLook>): Record<string, unknown> {
  const css: Record<string, unknown> = {};
  if (look.fill !== undefined) css['background-color'] = look.fill;
  if (look.shape !== undefined) css.shape = look.shape;
  if (look.borderColor !== undefined) css['border-color'] = look.borderColor;
  if (look.borderWidth !== undefined) css['border-width'] = look.borderWidth;
  if (look.borderStyle !== undefined) css['border-style'] = look.borderStyle;
  if (look.opacity !== undefined) css.opacity = look.opacity;
  return css;
}

function edgeCss(look: Partial<EdgeLook>): Record<string, unknown> {
  const css: Record<string, unknown> = {};
  if (look.color !== undefined) css['line-color'] = look.color;
  if (look.dash !== undefined) {
    css['line-style'] = look.dash.length ? 'dashed' : 'solid';
    if (look.dash.length) css['line-dash-pattern'] = [...look.dash];
  }
  if (look.opacity !== undefined) css.opacity = look.opacity;
  if (look.curve !== undefined) css['curve-style'] = look.curve;
  return css;
}

export interface StylesheetOptions {
  /** Fade and ease changes (small graphs, unless the user prefers reduced motion). */
  readonly animate?: boolean;
  /** Level of detail for large graphs: thin straight lines, labels only when zoomed in. */
  readonly large?: boolean;
  /**
   * Whether Cytoscape draws the actors' bodies (fill, shape, border, the selection's glow). False
   * where the batched layer draws them (node-marks.ts): a body is see-through, only a faded
   * actor's opacity applies (to its name), and the focus ring is its outline alone, as a halo
   * over the layer's body would tint it.
   */
  readonly bodies?: boolean;
}

/** What a large graph draws differently; last, so that it wins over the shared rules. */
function largeRules(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: { 'min-zoomed-font-size': 9, 'text-background-opacity': 0 },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'line-style': 'solid',
        width: 'mapData(width, 1.5, 10, 1, 6)',
      },
    },
  ] as StylesheetJson;
}

export function stylesheet({
  animate = true,
  large = false,
  bodies = true,
}: StylesheetOptions = {}): StylesheetJson {
  const bodyCss = (look: Partial<NodeLook>): Record<string, unknown> =>
    bodies ? nodeCss(look) : look.opacity === undefined ? {} : { opacity: look.opacity };
  const transition = (properties: string) =>
    animate ? { 'transition-property': properties, 'transition-duration': DURATION } : {};
  return [
    {
      selector: 'node',
      style: {
        ...(bodies ? nodeCss(NODE_BASE) : { 'background-opacity': 0, 'border-width': 0 }),
        label: 'data(label)',
        width: 'data(size)',
        height: 'data(size)',
        color: palette.text,
        'font-size': LABEL.fontSize,
        'font-family': LABEL.fontFamily,
        'text-valign': 'bottom',
        'text-margin-y': LABEL.gap,
        'text-background-color': palette.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        ...transition('background-color, width, height, border-width, opacity'),
      },
    },
    ...NODE_RULES.map((rule) => ({
      selector: `node.${rule.classes.join('.')}`,
      style: bodyCss(rule.look),
    })),
    {
      selector: 'edge',
      style: {
        ...edgeCss(EDGE_BASE),
        width: 'data(width)',
        ...transition('width, line-color, opacity'),
      },
    },
    ...EDGE_RULES.map((rule) => ({
      selector: `edge.${rule.classes.join('.')}`,
      style: edgeCss(rule.look),
    })),
    ...(bodies
      ? [
          {
            selector: 'node.is-selected',
            style: {
              'underlay-color': palette.selected,
              'underlay-opacity': SELECTED_ACTOR_GLOW.opacity,
              'underlay-padding': SELECTED_ACTOR_GLOW.padding,
            },
          },
        ]
      : []),
    {
      selector: 'edge.is-selected',
      style: {
        'underlay-color': palette.selected,
        'underlay-opacity': 0.2,
        'underlay-padding': 6,
        'z-index': 10,
      },
    },
    {
      selector: 'node.is-focused',
      style: {
        'outline-color': FOCUS_RING.color,
        'outline-width': FOCUS_RING.width,
        'outline-offset': FOCUS_RING.offset,
        'outline-style': 'solid',
        'outline-opacity': 1,
        ...(bodies
          ? {
              'underlay-color': FOCUS_RING.color,
              'underlay-opacity': FOCUS_RING.haloOpacity,
              'underlay-padding': FOCUS_RING.halo,
              'underlay-shape': 'ellipse',
            }
          : {}),
      },
    },
    { selector: '.is-entering, .is-leaving', style: { opacity: 0 } },
    ...(large ? largeRules() : []),
  ] as StylesheetJson;
}

export const TRANSITION_MS = DURATION;
