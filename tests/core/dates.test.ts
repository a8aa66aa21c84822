import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoted } from '../../src/core/data/characters';
import {
  civilFromDay,
  DATE_PATTERN,
  daysInMonth,
  dayNumber,
  firstDay,
  formatDate,
  isoDay,
  lastDay,
  parseDate,
  yearOf,
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

/** parseDate as it was written first, by DATE_PATTERN: the reading by code units must agree. */
function byPattern(text: string): ReturnType<typeof parseDate> {
  const match = DATE_PATTERN.exec(text);
  if (!match) return `${quoted(text)} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `${text} has no month ${match[2]}`;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return `${text} is not a calendar day`;
  return { year, month, day, precision: 'day' };
}

describe('parseDate, read by code units', () => {
  // Texts near the pattern: digits, hyphens and a few others, of every length around 4, 7 and 10.
  const nearDates = fc.oneof(
    fc.string({
      unit: fc.constantFrom(...'0123456789-', '١', '٣', ' ', '\n', 'T', '/'),
      maxLength: 12,
    }),
    fc
      .tuple(fc.nat({ max: 9999 }), fc.nat({ max: 99 }), fc.nat({ max: 99 }), fc.nat({ max: 2 }))
      .map(([y, m, d, parts]) =>
        [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0')]
          .slice(0, parts + 1)
          .join('-'),
      ),
    fc.string(),
  );

  it('says what DATE_PATTERN and the calendar say, on any text', () => {
    fc.assert(
      fc.property(nearDates, (text) => {
        expect(parseDate(text)).toEqual(byPattern(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives first and last days and years that agree with the parsed date', () => {
    fc.assert(
      fc.property(nearDates, (text) => {
        const parsed = byPattern(text);
        if (typeof parsed === 'string') {
          expect(() => firstDay(text)).toThrow(`Expected a valid date, got ${parsed}`);
          expect(() => lastDay(text)).toThrow(`Expected a valid date, got ${parsed}`);
          return;
        }
        const month = parsed.month ?? 12;
        expect(firstDay(text)).toBe(dayNumber(parsed.year, parsed.month ?? 1, parsed.day ?? 1));
        expect(lastDay(text)).toBe(
          dayNumber(parsed.year, month, parsed.day ?? daysInMonth(parsed.year, month)),
        );
        expect(yearOf(text)).toBe(parsed.year);
      }),
      { numRuns: 5000 },
    );
  });
});
