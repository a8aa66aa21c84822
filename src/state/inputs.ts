// What the user has chosen — the explorer's only inputs. Everything on screen derives from these.

export type WindowSpec =
  | { readonly kind: 'view'; readonly id: string }
  | { readonly kind: 'years'; readonly from: number; readonly to: number };

import type { Selection } from '../core/scene/selection';

export type { Selection };

export {
  MODES,
  EDGE_MODES,
  SIZE_MEASURES,
  SIZE_LABELS,
  SIZE_SENTENCES,
  LAYOUTS,
  type Mode,
  type EdgeMode,
  type LayoutChoice,
} from '../core/scene/choices';
import type { EdgeMode, LayoutChoice, Mode, SizeMeasure } from '../core/scene/choices';
/** What sizes an actor: a size measure (core/scene/choices.ts). */
export type SizeBy = SizeMeasure;

export { LAYERS, type Layer } from '../core/data/vocabulary';
export { SCORE_MODES, type ScoreMode } from '../core/analysis/scoring';
import type { Layer } from '../core/data/vocabulary';
import type { ScoreMode } from '../core/analysis/scoring';

export const TABS = ['graph', 'table'] as const;
export type Tab = (typeof TABS)[number];

export interface ExplorerInputs {
  readonly window: WindowSpec;
  readonly hiddenTypes: readonly string[];
  readonly hiddenActors: readonly string[];
  readonly selection: Selection;
  readonly mode: Mode;
  /** The view the current window is compared with in compare and diff modes. */
  readonly reference: string;
  readonly edgeMode: EdgeMode;
  /** Where actors sit: the stable ring, or by their standing between the camps. */
  readonly layout: LayoutChoice;
  readonly sizeBy: SizeBy;
  readonly tab: Tab;
  /** The reading of the scores (core/analysis/scoring.ts). */
  readonly scoreMode: ScoreMode;
  readonly layers: readonly Layer[];
  readonly confidence: boolean;
}
