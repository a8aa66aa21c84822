// The class list of a tie's line in a picture: its sign, whether it is ambivalent, and how a
// selection marks it. A large data set's picture has thousands of ties at each timeline step, and
// the ties of one sign, ambivalence and mark share one list, made once (a list a tie was garbage
// at each step). The lists are frozen: never to be changed.
const SIGN_CLASS = {
  positive: 'tie-positive',
  negative: 'tie-negative',
  neutral: 'tie-neutral',
} as const;

type Sign = keyof typeof SIGN_CLASS;

/** How a selection marks a line: the selected tie, one that touches the selected actor, or neither. */
export type TieMark = 'is-selected' | 'is-related' | 'is-faded';

const SIGNS: readonly Sign[] = ['positive', 'negative', 'neutral'];
const MARKS: readonly (TieMark | undefined)[] = [
  undefined,
  'is-selected',
  'is-related',
  'is-faded',
];

function listOf(sign: Sign, ambivalent: boolean, mark: TieMark | undefined): readonly string[] {
  const classes = ['tie', SIGN_CLASS[sign]];
  if (ambivalent) classes.push('tie-ambivalent');
  if (mark !== undefined) classes.push(mark);
  return Object.freeze(classes);
}

/** Every list, by sign, then ambivalence, then mark. */
const LISTS = SIGNS.flatMap((sign) =>
  [false, true].flatMap((ambivalent) => MARKS.map((mark) => listOf(sign, ambivalent, mark))),
);

export function tieClasses(
  sign: Sign,
  ambivalent: boolean,
  mark: TieMark | undefined,
): readonly string[] {
  const index =
    (SIGNS.indexOf(sign) * 2 + (ambivalent ? 1 : 0)) * MARKS.length + MARKS.indexOf(mark);
  return LISTS[index] ?? listOf(sign, ambivalent, mark);
}
