// A tie's class list: its sign, ambivalence and mark, in that order — one frozen list for each
// combination, shared by every tie that has it.
import { describe, expect, it } from 'vitest';
import { tieClasses, type TieMark } from '../../src/core/scene/tie-classes';

const signs = ['positive', 'negative', 'neutral'] as const;
const marks: (TieMark | undefined)[] = [undefined, 'is-selected', 'is-related', 'is-faded'];

describe('tieClasses', () => {
  it('lists the sign, then ambivalence, then the mark', () => {
    for (const sign of signs)
      for (const ambivalent of [false, true])
        for (const mark of marks)
          expect(tieClasses(sign, ambivalent, mark)).toEqual([
            'tie',
            `tie-${sign}`,
            ...(ambivalent ? ['tie-ambivalent'] : []),
            ...(mark ? [mark] : []),
          ]);
  });

  it('gives every tie of one combination the same frozen list, and other combinations others', () => {
    const lists = new Set<readonly string[]>();
    for (const sign of signs)
      for (const ambivalent of [false, true])
        for (const mark of marks) {
          const list = tieClasses(sign, ambivalent, mark);
          expect(tieClasses(sign, ambivalent, mark)).toBe(list);
          expect(Object.isFrozen(list)).toBe(true);
          lists.add(list);
        }
    expect(lists.size).toBe(signs.length * 2 * marks.length);
  });
});
