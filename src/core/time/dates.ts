// Partial dates of the data contract (YYYY, YYYY-MM, YYYY-MM-DD, proleptic Gregorian):
// parsing, calendar checks, expansion to day numbers and display.
import { quoted } from '../data/characters';

/** A day as a whole number of days since 1970-01-01 (negative before). */
export type Day = number;

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: Precision;
}

export const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses a contract date. Returns the parsed date, or a sentence saying what is wrong
 * (worded to follow the field name: "end 2022-02-30 is not a calendar day").
 */
export function parseDate(text: string): PartialDate | string {
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

export function isValidDate(text: string): boolean {
  return typeof parseDate(text) !== 'string';
}

function mustParse(text: string): PartialDate {
  const parsed = parseDate(text);
  if (typeof parsed === 'string') throw new Error(`Expected a valid date, got ${parsed}`);
  return parsed;
}

/** Days since 1970-01-01 of a calendar day (Howard Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar day of a day number (Hinnant's civil_from_days). */
export function civilFromDay(dayNo: Day): { year: number; month: number; day: number } {
  const z = dayNo + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The first day a date can mean: a `start` covers its whole period from the beginning. */
export function firstDay(text: string): Day {
  const d = mustParse(text);
  return dayNumber(d.year, d.month ?? 1, d.day ?? 1);
}

/** The last day a date can mean: an `end` lasts to the end of its period. */
export function lastDay(text: string): Day {
  const d = mustParse(text);
  const month = d.month ?? 12;
  return dayNumber(d.year, month, d.day ?? daysInMonth(d.year, month));
}

/** The ISO day (YYYY-MM-DD) of a day number. */
export function isoDay(dayNo: Day): string {
  const { year, month, day } = civilFromDay(dayNo);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Shows a date at its own precision: "1965", "Apr 1965", "6 Apr 1965". */
export function formatDate(text: string): string {
  const d = mustParse(text);
  const month = d.month === undefined ? '' : MONTHS[d.month - 1];
  if (d.precision === 'year') return String(d.year);
  if (d.precision === 'month') return `${month} ${d.year}`;
  return `${d.day} ${month} ${d.year}`;
}
