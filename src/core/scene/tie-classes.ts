// A tie's class list (core/scene/picture.ts): its sign, ambivalent or not, and the selection's
// mark. Every list a tie can have is made once and shared (frozen): a window of a large data set
// has thousands of ties and these 24 lists, so a timeline step makes no list a tie, and readers
// (the Cytoscape definitions' class text, the legend) can tell lists apart by identity.
import type { Selection } from './selection';
import { tieId } from '../analysis/ties';

/** The selection's mark on a line between a and b: none, selected, related or faded. */
export function focus(selection: Selection, a: string, b: string): FocusMark {
  if (!selection) return null;
  if (selection.kind === 'tie' && tieId(selection.a, selection.b) === tieId(a, b))
    return 'is-selected';
  const touches = selection.kind === 'actor' ? selection.id === a || selection.id === b : false;
  return touches ? 'is-related' : 'is-faded';
}

export type FocusMark = 'is-selected' | 'is-related' | 'is-faded' | null;
const FOCUS_MARKS = [null, 'is-selected', 'is-related', 'is-faded'] as const;
const SIGNS = ['positive', 'negative', 'neutral'] as const;

/** A tie's class list's place in TIE_CLASSES: by sign, ambivalence and the selection's mark. */
function tieClassKey(score: number, ambivalent: boolean, mark: FocusMark): number {
  const sign = score > 0 ? 0 : score < 0 ? 1 : 2;
  const focused = mark === null ? 0 : mark === 'is-selected' ? 1 : mark === 'is-related' ? 2 : 3;
  return sign * 8 + (ambivalent ? 4 : 0) + focused;
}

const TIE_SIGN_CLASS = {
  positive: 'tie-positive',
  negative: 'tie-negative',
  neutral: 'tie-neutral',
} as const;

const TIE_CLASSES: (readonly string[])[] = [];
for (const sign of SIGNS)
  for (const ambivalent of [false, true])
    for (const mark of FOCUS_MARKS) {
      const list = ['tie', TIE_SIGN_CLASS[sign]];
      if (ambivalent) list.push('tie-ambivalent');
      if (mark) list.push(mark);
      const score = sign === 'positive' ? 1 : sign === 'negative' ? -1 : 0;
      TIE_CLASSES[tieClassKey(score, ambivalent, mark)] = Object.freeze(list);
    }

/** The shared class list of a tie of this score, ambivalence and selection's mark. */
export function tieClasses(score: number, ambivalent: boolean, mark: FocusMark): readonly string[] {
  return TIE_CLASSES[tieClassKey(score, ambivalent, mark)] ?? [];
}
