// What an exported figure holds — a title, one or two panels (each a caption and a Picture), the
// legend with its note and a footer with the attribution and the number of sources — taken from
// the one scene (scene.ts), so a figure shows what the screen shows.
import type { LegendEntry } from './legend';
import type { Picture } from './picture';
import type { Scene } from './scene';

export interface FigurePanel {
  readonly caption: string;
  readonly picture: Picture;
}

export interface FigureSpec {
  readonly title: string;
  readonly panels: readonly FigurePanel[];
  readonly legend: readonly LegendEntry[];
  readonly legendNote: string;
  readonly footer: string;
}

export interface FigureParts {
  readonly title: boolean;
  readonly caption: boolean;
  readonly legend: boolean;
  readonly footer: boolean;
}

export const ALL_PARTS: FigureParts = { title: true, caption: true, legend: true, footer: true };

export function figureOf(scene: Scene): FigureSpec {
  return {
    title: scene.title,
    panels: scene.panels.map(({ caption, picture }) => ({ caption, picture })),
    legend: scene.legend,
    legendNote: scene.legendNote,
    footer: scene.footer,
  };
}
