// What the user chose for an exported figure: its shape, PNG scale, background, the parts shown,
// and their own title and subtitle. Kept by the Export menu while its popover opens and closes.
import { ALL_PARTS, type FigureParts, type FigureTexts } from '../../core/scene/figure';
import { DEFAULT_SHAPE, type FigureShape } from '../../core/scene/figure-shapes';

export class FigureChoices {
  shape = $state<FigureShape>(DEFAULT_SHAPE);
  scale = $state(2);
  background = $state<'white' | 'transparent'>('white');
  parts = $state<FigureParts>({ ...ALL_PARTS });
  /** null follows the scene (its title, its headline) as it changes; a string is the user's own. */
  ownTitle = $state<string | null>(null);
  ownSubtitle = $state<string | null>(null);

  get edited(): boolean {
    return this.ownTitle !== null || this.ownSubtitle !== null;
  }

  /** The words to draw: the user's where they wrote their own, else the scene's. */
  texts(scene: { readonly title: string; readonly headline: string }): Required<FigureTexts> {
    return { title: this.ownTitle ?? scene.title, subtitle: this.ownSubtitle ?? scene.headline };
  }

  useSceneTexts(): void {
    this.ownTitle = null;
    this.ownSubtitle = null;
  }
}
