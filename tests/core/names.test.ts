import { describe, expect, it } from 'vitest';
import { firstDay } from '../../src/core/time/dates';
import { allNames, nameOn } from '../../src/core/data/names';
import type { Actor } from '../../src/core/data/schema';

const rus: Actor = {
  id: 'RUS',
  name: 'Russia',
  kind: 'state',
  names: [
    { name: 'Soviet Union', from: '1922-12-30', until: '1991-12-26' },
    { name: 'Russia', from: '1991-12-27' },
  ],
};

describe('nameOn', () => {
  it.each([
    ['1971-08-09', 'Soviet Union'],
    ['1991-12-26', 'Soviet Union'],
    ['1991-12-27', 'Russia'],
    ['2022-02-24', 'Russia'],
    ['1900', 'Russia'],
  ])('calls RUS by its name on %s', (day, name) => {
    expect(nameOn(rus, firstDay(day))).toBe(name);
  });
});

describe('allNames', () => {
  it('lists every name once, the current one first', () => {
    expect(allNames(rus)).toEqual(['Russia', 'Soviet Union']);
  });
});
