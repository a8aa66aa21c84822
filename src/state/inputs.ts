// What the user has chosen — the explorer's only inputs. Everything on screen derives from these.

export type WindowSpec =
  | { readonly kind: 'view'; readonly id: string }
  | { readonly kind: 'years'; readonly from: number; readonly to: number };

import type { Selection } from '../core/selection';

export type { Selection };

export const MODES = ['single', 'compare', 'diff'] as const;
export type Mode = (typeof MODES)[number];

export const EDGE_MODES = ['ties', 'relations'] as const;
export type EdgeMode = (typeof EDGE_MODES)[number];

export const SIZE_MEASURES = [
  'pagerank',
  'betweenness',
  'positiveDegree',
  'negativeDegree',
] as const;
export type SizeBy = (typeof SIZE_MEASURES)[number];

export const SIZE_LABELS: Record<SizeBy, string> = {
  pagerank: 'PageRank',
  betweenness: 'Betweenness',
  positiveDegree: 'Positive ties',
  negativeDegree: 'Negative ties',
};

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
}
