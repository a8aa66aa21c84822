import { describe, expect, it } from 'vitest';
import { isoDay } from '../../src/core/time/dates';
import type { Relation } from '../../src/core/data/schema';
import {
  isActive,
  relationEnd,
  viewWindow,
  yearWindow,
  type Window,
} from '../../src/core/time/time';

function rel(start: string, end?: string): Relation {
  return {
    id: 'r',
    type: 't',
    source: 'a',
    target: 'b',
    start,
    ...(end === undefined ? {} : { end }),
    title: 't',
    summary: 's',
    sources: [{ title: 's', url: 'https://example.org' }],
  };
}

const w = (start: string, end: string): Window => viewWindow({ start, end });

describe('viewWindow', () => {
  it('runs from the first day of its start to the last day of its end', () => {
    const window = w('1947-03', '1991');
    expect(isoDay(window.start)).toBe('1947-03-01');
    expect(isoDay(window.end)).toBe('1991-12-31');
  });
});

describe('isActive', () => {
  it.each([
    // [what, relation start, end, window start, window end, expected]
    [
      'a day relation on the window start',
      '2022-01-01',
      undefined,
      '2022-01-01',
      '2022-12-31',
      true,
    ],
    [
      'a day relation on the day before',
      '2021-12-31',
      undefined,
      '2022-01-01',
      '2022-12-31',
      false,
    ],
    ['a day relation on the window end', '2022-12-31', undefined, '2022-01-01', '2022-12-31', true],
    ['a month event overlapping the start', '2021-12', undefined, '2021-12-31', '2022-12-31', true],
    [
      'a month event ending before the start',
      '2021-11',
      undefined,
      '2021-12-01',
      '2022-12-31',
      false,
    ],
    ['a year event inside the window', '1971', undefined, '1971-12-03', '1971-12-16', true],
    ['a year event after the window', '1972', undefined, '1971-01-01', '1971-12-31', false],
    ['an event with a month end', '1971-03-25', '1971-12', '1971-12-31', '1972-01-31', true],
    ['a state ending the day before', '1954', '1972-11-07', '1972-11-08', '1973-01-01', false],
    ['a state ending on the window start', '1954', '1972-11-08', '1972-11-08', '1973-01-01', true],
    [
      'a state with a year end, window late that year',
      '1954',
      '1972',
      '1972-12-31',
      '1973-01-01',
      true,
    ],
  ])('%s', (_what, start, end, ws, we, expected) => {
    const kind = end === undefined ? 'event' : 'state';
    expect(isActive(rel(start, end), kind, w(ws, we))).toBe(expected);
  });

  it('keeps a state relation that is still in force', () => {
    const ongoing = rel('1960-09-19');
    expect(relationEnd(ongoing, 'state')).toBe(Infinity);
    expect(isActive(ongoing, 'state', yearWindow(2022, 2022))).toBe(true);
    expect(isActive(ongoing, 'state', yearWindow(1950, 1959))).toBe(false);
  });

  it('ends an event without end with its start period', () => {
    const visit = rel('2022-02');
    expect(isoDay(relationEnd(visit, 'event'))).toBe('2022-02-28');
    expect(isActive(visit, 'event', w('2022-02-28', '2022-03-31'))).toBe(true);
    expect(isActive(visit, 'event', w('2022-03-01', '2022-03-31'))).toBe(false);
  });
});
