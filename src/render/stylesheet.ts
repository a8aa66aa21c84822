// The one Cytoscape stylesheet. Colours, dashes and shapes come from the shared palette; sign is
// carried by line style as well as colour, camp by shape as well as colour.
import type { StylesheetJson } from 'cytoscape';
import { campShapes, dashes, palette } from '../core/palette';

const DURATION = 350;

export function stylesheet(animate = true): StylesheetJson {
  const transition = (properties: string) =>
    animate ? { 'transition-property': properties, 'transition-duration': DURATION } : {};
  return [
    {
      selector: 'node.actor',
      style: {
        label: 'data(label)',
        width: 'data(size)',
        height: 'data(size)',
        'background-color': palette.unaligned,
        'border-color': palette.nodeBorder,
        'border-width': 2,
        color: palette.text,
        'font-size': 15,
        'font-family': 'system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 6,
        'text-background-color': palette.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        ...transition('background-color, width, height, border-width, opacity'),
      },
    },
    { selector: 'node.camp-A', style: { 'background-color': palette.campA, shape: campShapes.A } },
    { selector: 'node.camp-B', style: { 'background-color': palette.campB, shape: campShapes.B } },
    { selector: 'node.camp-unaligned', style: { 'border-style': 'dashed' } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'bezier',
        opacity: 0.9,
        ...transition('width, line-color, opacity'),
      },
    },
    { selector: 'edge.tie, edge.diff', style: { 'curve-style': 'straight' } },
    { selector: 'edge.tie-positive, edge.rel-positive', style: { 'line-color': palette.positive } },
    {
      selector: 'edge.tie-negative',
      style: {
        'line-color': palette.negative,
        'line-style': 'dashed',
        'line-dash-pattern': [...dashes.negative],
      },
    },
    { selector: 'edge.rel-negative', style: { 'line-color': palette.negative } },
    {
      selector: 'edge.tie-neutral, edge.rel-neutral',
      style: {
        'line-color': palette.neutral,
        'line-style': 'dashed',
        'line-dash-pattern': [...dashes.neutral],
      },
    },
    {
      selector: 'edge.rel-event',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [...dashes.event] },
    },
    { selector: 'edge.diff-unchanged', style: { 'line-color': palette.unchanged, opacity: 0.8 } },
    { selector: 'edge.diff-flipped', style: { 'line-color': palette.flipped } },
    { selector: 'edge.diff-appeared', style: { 'line-color': palette.appeared } },
    {
      selector: 'edge.diff-ended',
      style: {
        'line-color': palette.ended,
        'line-style': 'dashed',
        'line-dash-pattern': [...dashes.ended],
      },
    },
    {
      selector: 'node.is-moved',
      style: { 'border-width': 5, 'border-style': 'double', 'border-color': palette.flipped },
    },
    { selector: '.is-faded', style: { opacity: 0.15 } },
    {
      selector: 'node.is-selected',
      style: {
        'border-width': 5,
        'border-color': palette.selected,
        'underlay-color': palette.selected,
        'underlay-opacity': 0.12,
        'underlay-padding': 8,
      },
    },
    { selector: 'node.is-related', style: { 'border-width': 4 } },
    {
      selector: 'edge.is-selected',
      style: {
        'underlay-color': palette.selected,
        'underlay-opacity': 0.2,
        'underlay-padding': 6,
        'z-index': 10,
      },
    },
    { selector: '.is-entering, .is-leaving', style: { opacity: 0 } },
  ];
}

export const TRANSITION_MS = DURATION;
