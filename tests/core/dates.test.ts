import { describe, expect, it } from 'vitest';
import {
  civilFromDay,
  dayNumber,
  firstDay,
  formatDate,
  isoDay,
  lastDay,
  parseDate,
} from '../../src/core/time/dates';

describe('parseDate', () => {
  it.each([
    ['1965', { year: 1965, precision: 'year' }],
    ['1965-04', { year: 1965, month: 4, precision: 'month' }],
    ['1965-04-06', { year: 1965, month: 4, day: 6, precision: 'day' }],
    ['2000-02-29', { year: 2000, month: 2, day: 29, precision: 'day' }],
  ])('reads %s at its own precision', (text, expected) => {
    expect(parseDate(text)).toEqual(expected);
  });

  it.each([
    ['2022-02-30', '2022-02-30 is not a calendar day'],
    ['1900-02-29', '1900-02-29 is not a calendar day'],
    ['2021-13', '2021-13 has no month 13'],
    ['2021-00-10', '2021-00-10 has no month 00'],
    ['22-02-2022', '"22-02-2022" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2022-2-3', '"2022-2-3" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
    ['', '"" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
  ])('rejects %s', (text, message) => {
    expect(parseDate(text)).toBe(message);
  });
});

describe('firstDay and lastDay', () => {
  it.each([
    ['1971', '1971-01-01', '1971-12-31'],
    ['1971-12', '1971-12-01', '1971-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['1971-12-03', '1971-12-03', '1971-12-03'],
  ])('expands %s to [%s, %s]', (text, first, last) => {
    expect(isoDay(firstDay(text))).toBe(first);
    expect(isoDay(lastDay(text))).toBe(last);
  });

  it('throws on a date that is not valid rather than guessing', () => {
    expect(() => firstDay('2022-02-30')).toThrow('Expected a valid date');
  });
});

describe('dayNumber', () => {
  it('agrees with the platform calendar on every day from 1900 to 2030', () => {
    const start = Date.UTC(1900, 0, 1);
    for (let t = start; t < Date.UTC(2031, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      const n = dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
      expect(n).toBe(Math.round(t / 86_400_000));
      expect(civilFromDay(n)).toEqual({
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
      });
    }
  });

  it('handles years before 100 without the platform shifting them to the 1900s', () => {
    expect(isoDay(firstDay('0050-03-01'))).toBe('0050-03-01');
  });
});

describe('formatDate', () => {
  it.each([
    ['1965', '1965'],
    ['1965-04', 'Apr 1965'],
    ['1965-04-06', '6 Apr 1965'],
  ])('shows %s as %s', (text, shown) => {
    expect(formatDate(text)).toBe(shown);
  });
});
