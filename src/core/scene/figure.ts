// What an exported figure holds — a title and a subtitle, one or two panels (each a caption and a
// Picture), the legend with its note and a footer with the attribution and the number of sources
// — taken from the one scene (scene.ts), so a figure shows what the screen shows. The title and
// subtitle default to the scene's title and headline; the user may write their own.
import { forbiddenCharacter } from '../data/characters';
import type { LegendEntry } from './legend';
import type { Picture } from './picture';
import type { Scene } from './scene';

export interface FigurePanel {
  readonly caption: string;
  readonly picture: Picture;
}

export interface FigureSpec {
  readonly title: string;
  /** Who sided with whom (the scene's headline), unless the user wrote something else. */
  readonly subtitle: string;
  readonly panels: readonly FigurePanel[];
  readonly legend: readonly LegendEntry[];
  readonly legendNote: string;
  readonly footer: string;
}

export interface FigureParts {
  readonly title: boolean;
  readonly subtitle: boolean;
  readonly caption: boolean;
  readonly legend: boolean;
  readonly footer: boolean;
}

export const ALL_PARTS: FigureParts = {
  title: true,
  subtitle: true,
  caption: true,
  legend: true,
  footer: true,
};

/** The user's own words for the figure; what is left out stays the scene's. */
export interface FigureTexts {
  readonly title?: string;
  readonly subtitle?: string;
}

/**
 * Why the user's words cannot go into a figure ("subtitle contains a control character U+0001 at
 * position 4; …"), or undefined. A valid data set holds only what XML can; typed or pasted text
 * is checked here.
 */
export function figureTextProblem(texts: FigureTexts): string | undefined {
  for (const field of ['title', 'subtitle'] as const) {
    const text = texts[field];
    const problem = text === undefined ? undefined : forbiddenCharacter(text);
    if (problem) return `${field} ${problem}`;
  }
  return undefined;
}

export function figureOf(scene: Scene, texts: FigureTexts = {}): FigureSpec {
  const problem = figureTextProblem(texts);
  if (problem) throw new Error(`The figure's ${problem}`);
  return {
    title: texts.title ?? scene.title,
    subtitle: texts.subtitle ?? scene.headline,
    panels: scene.panels.map(({ caption, picture }) => ({ caption, picture })),
    legend: scene.legend,
    legendNote: scene.legendNote,
    footer: scene.footer,
  };
}
