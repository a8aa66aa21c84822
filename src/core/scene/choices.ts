// The explorer's closed choices, one `as const` table each, with the words for each: what a view
// shows (mode), how ties are drawn (edge mode) and what sizes an actor (size measure). The URL,
// the controls, the scene and the command line all read these; the layers and the score modes
// are the contract's and the scoring's (data/vocabulary.ts, analysis/scoring.ts).
import type { Centrality } from '../analysis/strength';

export const MODES = ['single', 'compare', 'diff'] as const;
export type Mode = (typeof MODES)[number];
export const MODE_LABELS: Readonly<Record<Mode, string>> = {
  single: 'One era',
  compare: 'Compare',
  diff: 'Diff',
};

/** Where actors sit: the stable ring (by compass bearing), or by their standing between the camps. */
export const LAYOUTS = ['ring', 'sides'] as const;
export type LayoutChoice = (typeof LAYOUTS)[number];
/** What each layout does, in a sentence (beside the choice). */
export const LAYOUT_SENTENCES: Readonly<Record<LayoutChoice, string>> = {
  ring: 'Actors on a ring by geography, in the same place in every era: what changes is the lines.',
  sides:
    'Actors left or right by where they stand between the camps (hedgers near the middle): between eras you see who crosses.',
};
export const LAYOUT_LABELS: Readonly<Record<LayoutChoice, string>> = {
  ring: 'Ring',
  sides: 'Sides',
};

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
] as const satisfies readonly (keyof Centrality)[];
export type SizeMeasure = (typeof SIZE_MEASURES)[number];
// Every measure of Centrality is a choice (a new measure cannot be forgotten here).
type Missing = Exclude<keyof Centrality, SizeMeasure>;
const everyMeasure: [Missing] extends [never] ? true : Missing = true;
void everyMeasure;

/** The measures read straight off the ties: exact at once, before the engine answers. */
export const MEASURES_FROM_TIES: ReadonlySet<SizeMeasure> = new Set([
  'strength',
  'relations',
  'positiveDegree',
  'negativeDegree',
]);

export const SIZE_LABELS: Readonly<Record<SizeMeasure, string>> = {
  strength: 'Tie strength',
  relations: 'Relations',
  positiveDegree: 'Friendly ties',
  negativeDegree: 'Hostile ties',
  pn: 'PN centrality',
  pagerank: 'PageRank',
  betweenness: 'Betweenness',
};

/** One plain sentence for each size measure, shown beside the choice and in the legend. */
export const SIZE_SENTENCES: Readonly<Record<SizeMeasure, string>> = {
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
