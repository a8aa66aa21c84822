// What the user has chosen — the explorer's only inputs. Everything on screen derives from these.

export type WindowSpec =
  | { readonly kind: 'view'; readonly id: string }
  | { readonly kind: 'years'; readonly from: number; readonly to: number };

import type { Selection } from '../core/scene/selection';

export type { Selection };

export const MODES = ['single', 'compare', 'diff'] as const;
export type Mode = (typeof MODES)[number];

export const EDGE_MODES = ['ties', 'relations'] as const;
export type EdgeMode = (typeof EDGE_MODES)[number];

export const SIZE_MEASURES = [
  'strength',
  'relations',
  'positiveDegree',
  'negativeDegree',
  'pn',
  'pagerank',
  'betweenness',
] as const;
export type SizeBy = (typeof SIZE_MEASURES)[number];

export const SIZE_LABELS: Record<SizeBy, string> = {
  strength: 'Tie strength',
  relations: 'Relations',
  positiveDegree: 'Friendly ties',
  negativeDegree: 'Hostile ties',
  pn: 'PN centrality',
  pagerank: 'PageRank',
  betweenness: 'Betweenness',
};

/** One plain sentence for each size measure, shown beside the choice and in the legend. */
export const SIZE_SENTENCES: Record<SizeBy, string> = {
  strength:
    'How much is going on around an actor: the sum of its ties’ scores, friendly or hostile.',
  relations: 'How many recorded relations an actor has in this window.',
  positiveDegree: 'The sum of an actor’s friendly (positive) ties.',
  negativeDegree: 'The sum of an actor’s hostile (negative) ties.',
  pn: 'Large for an actor with strong friends who have friends, small for one surrounded by enemies (Everett & Borgatti’s PN centrality).',
  pagerank:
    'How well connected an actor is through friendly ties to well-connected actors; hostile ties are ignored.',
  betweenness:
    'How often an actor lies on the strongest friendly path between two others; hostile ties are ignored.',
};

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
  readonly sizeBy: SizeBy;
  readonly tab: Tab;
  /** The reading of the scores (core/analysis/scoring.ts). */
  readonly scoreMode: ScoreMode;
  readonly layers: readonly Layer[];
  readonly confidence: boolean;
}
