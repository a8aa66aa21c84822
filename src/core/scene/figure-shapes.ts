// The shapes a figure can take, with their words: the choice the Export menu offers before any
// figure is laid out (figure-layout.ts does the laying out, loaded only when exporting).

export const FIGURE_SHAPES = ['16:9', '4:5', '1:1', 'auto'] as const;
export type FigureShape = (typeof FIGURE_SHAPES)[number];
export const SHAPE_LABELS: Readonly<Record<FigureShape, string>> = {
  '16:9': '16:9 landscape (slides, screens)',
  '4:5': '4:5 portrait (a page, social posts)',
  '1:1': '1:1 square',
  auto: 'Fitted to its content',
};
/** Every mode starts landscape: one era with the legend beside it, two eras side by side. */
export const DEFAULT_SHAPE: FigureShape = '16:9';

/**
 * A phone held upright (the explorer's narrow layout, taller than wide), where a figure shown to
 * fit the screen is best tall: a large data set's first picture is 4:5 there, 16:9 elsewhere.
 */
export const UPRIGHT_PHONE_MEDIA = '(max-width: 759px) and (orientation: portrait)';
export const UPRIGHT_PHONE_SHAPE: FigureShape = '4:5';
