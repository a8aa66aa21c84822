// The one palette, shared by the Cytoscape stylesheet, the legend and the exporters.
// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.

export const palette = {
  positive: '#0072B2', // blue: cooperation
  negative: '#D55E00', // vermillion: conflict
  neutral: '#8C8C8C',
  node: '#F0E442',
  nodeBorder: '#333333',
  text: '#1A1A1A',
  background: '#FFFFFF',
} as const;
