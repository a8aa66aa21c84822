// The one Cytoscape stylesheet. Colours come from the shared palette; line styles carry the
// sign as well, so the picture reads without colour.
import type { StylesheetJson } from 'cytoscape';
import { palette } from '../core/palette';

export const stylesheet: StylesheetJson = [
  {
    selector: 'node.actor',
    style: {
      label: 'data(label)',
      'background-color': palette.node,
      'border-color': palette.nodeBorder,
      'border-width': 2,
      width: 44,
      height: 44,
      color: palette.text,
      'font-size': 15,
      'font-family': 'system-ui, sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 6,
      'text-background-color': palette.background,
      'text-background-opacity': 0.8,
      'text-background-padding': '2px',
    },
  },
  {
    selector: 'edge.tie',
    style: {
      width: 'data(width)',
      'curve-style': 'straight',
      opacity: 0.85,
    },
  },
  {
    selector: 'edge.tie-positive',
    style: { 'line-color': palette.positive, 'line-style': 'solid' },
  },
  {
    selector: 'edge.tie-negative',
    style: { 'line-color': palette.negative, 'line-style': 'dashed', 'line-dash-pattern': [10, 6] },
  },
  {
    selector: 'edge.tie-neutral',
    style: { 'line-color': palette.neutral, 'line-style': 'dotted' },
  },
];
