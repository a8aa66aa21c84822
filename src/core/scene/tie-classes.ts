// A tie's class list (core/scene/picture.ts): its sign, ambivalent or not, and the selection's
// mark. Every list a tie can have is made once and shared (frozen): a window of a large data set
// has thousands of ties and these 24 lists, so a timeline step makes no list a tie, and readers
// (the Cytoscape definitions' class text, the legend) can tell lists apart by identity.
import type { Relation, RelationType } from '../data/schema';
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
type Sign = 'positive' | 'negative' | 'neutral';

export function signClass(score: number): Sign {
  return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
}

const SIGN_PLACE: Readonly<Record<Sign, number>> = { positive: 0, negative: 1, neutral: 2 };
const FOCUS_PLACE = { none: 0, 'is-selected': 1, 'is-related': 2, 'is-faded': 3 } as const;

/** A tie's class list's place in TIE_CLASSES: by sign, ambivalence and the selection's mark. */
function tieClassKey(sign: Sign, ambivalent: boolean, mark: FocusMark): number {
  return SIGN_PLACE[sign] * 8 + (ambivalent ? 4 : 0) + FOCUS_PLACE[mark ?? 'none'];
}

const TIE_CLASSES: (readonly string[])[] = [];
for (const sign of Object.keys(SIGN_PLACE) as Sign[])
  for (const ambivalent of [false, true])
    for (const mark of [null, 'is-selected', 'is-related', 'is-faded'] as const) {
      const list = ['tie', `tie-${sign}`];
      if (ambivalent) list.push('tie-ambivalent');
      if (mark) list.push(mark);
      TIE_CLASSES[tieClassKey(sign, ambivalent, mark)] = Object.freeze(list);
    }

/** The shared class list of a tie of this score, ambivalence and selection's mark. */
export function tieClasses(score: number, ambivalent: boolean, mark: FocusMark): readonly string[] {
  return TIE_CLASSES[tieClassKey(signClass(score), ambivalent, mark)] ?? [];
}

/**
 * The shared class list of a relation's line ("each relation": 11,000 lines a window of the scale
 * set): its type, the type's kind, the sign of its contribution and the selection's mark, made
 * once a type and kept with it.
 */
const RELATION_CLASSES = new WeakMap<RelationType, (readonly string[])[]>();
export function relationClasses(
  type: RelationType,
  contribution: number,
  mark: FocusMark,
): readonly string[] {
  let lists = RELATION_CLASSES.get(type);
  if (!lists) RELATION_CLASSES.set(type, (lists = []));
  const sign = signClass(contribution);
  const key = SIGN_PLACE[sign] * 4 + FOCUS_PLACE[mark ?? 'none'];
  let list = lists[key];
  if (!list) {
    const made = ['relation', `rel-${type.id}`, `rel-${type.kind}`, `rel-${sign}`];
    if (mark) made.push(mark);
    lists[key] = list = Object.freeze(made);
  }
  return list;
}

/**
 * Tie ids ("PAK~RUS") made once a pair and kept with `owner` (a data set): a new window of a large
 * data set names thousands of ties, and the page keeps the pictures of the windows it drew — one
 * string a pair, not one a pair a window. The same ids tieId gives.
 */
const TIE_IDS = new WeakMap<object, Map<string, Map<string, string>>>();
export function tieIds(owner: object): (a: string, b: string) => string {
  let known = TIE_IDS.get(owner);
  if (!known) {
    known = new Map();
    TIE_IDS.set(owner, known);
  }
  const byFirst = known;
  return (a, b) => {
    const first = a < b ? a : b;
    const second = a < b ? b : a;
    let bySecond = byFirst.get(first);
    if (!bySecond) {
      bySecond = new Map();
      byFirst.set(first, bySecond);
    }
    let id = bySecond.get(second);
    if (id === undefined) {
      id = tieId(first, second);
      bySecond.set(second, id);
    }
    return id;
  };
}

/** A relation's line's id and the pair it belongs to, made once a relation and kept with it. */
const RELATION_IDS = new WeakMap<Relation, { readonly id: string; readonly tie: string }>();
export function relationIds(relation: Relation): { readonly id: string; readonly tie: string } {
  let ids = RELATION_IDS.get(relation);
  if (!ids) {
    ids = { id: `rel:${relation.id}`, tie: tieId(relation.source, relation.target) };
    RELATION_IDS.set(relation, ids);
  }
  return ids;
}
