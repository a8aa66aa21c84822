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
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// A date read code unit by code unit, as DATE_PATTERN says (tests/core/dates.test.ts holds the two
// together): dates are read hundreds of thousands of times in a large load, and neither a match
// nor an object is made for each. The reading is one number, year·10⁴ + month·10² + day (0 for a
// part not given), or what is wrong: not of the pattern's form, no such month, no such day.
const NOT_A_DATE = -1;
const NO_MONTH = -2;
const NO_DAY = -3;

function dateCode(text: string): number {
  const length = text.length;
  if (!((length === 4 || length === 7 || length === 10) && digitsAt(text, 0, 4))) return NOT_A_DATE;
  const year = numberAt(text, 0, 4);
  if (length === 4) return year * 10000;
  if (text.charCodeAt(4) !== 45 || !digitsAt(text, 5, 2)) return NOT_A_DATE;
  if (length === 10 && (text.charCodeAt(7) !== 45 || !digitsAt(text, 8, 2))) return NOT_A_DATE;
  const month = numberAt(text, 5, 2);
  if (month < 1 || month > 12) return NO_MONTH;
  if (length === 7) return year * 10000 + month * 100;
  const day = numberAt(text, 8, 2);
  if (day < 1 || day > daysInMonth(year, month)) return NO_DAY;
  return year * 10000 + month * 100 + day;
}

/** Are the `count` code units from `at` ASCII digits (what `\d` matches)? */
function digitsAt(text: string, at: number, count: number): boolean {
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The number written by `count` ASCII digits from `at`. */
function numberAt(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/**
 * Parses a contract date. Returns the parsed date, or a sentence saying what is wrong
 * (worded to follow the field name: "end 2022-02-30 is not a calendar day").
 */
export function parseDate(text: string): PartialDate | string {
  const code = dateCode(text);
  if (code === NOT_A_DATE)
    return `${quoted(text)} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  if (code === NO_MONTH) return `${text} has no month ${text.slice(5, 7)}`;
  if (code === NO_DAY) return `${text} is not a calendar day`;
  const year = Math.floor(code / 10000);
  const month = Math.floor(code / 100) % 100;
  const day = code % 100;
  if (month === 0) return { year, precision: 'year' };
  if (day === 0) return { year, month, precision: 'month' };
  return { year, month, day, precision: 'day' };
}

export function isValidDate(text: string): boolean {
  return dateCode(text) >= 0;
}

/** The reading of a date that must be valid (the data were validated), or an error. */
function mustRead(text: string): number {
  const code = dateCode(text);
  if (code < 0) throw new Error(`Expected a valid date, got ${String(parseDate(text))}`);
  return code;
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
  const code = mustRead(text);
  return dayNumber(Math.floor(code / 10000), Math.floor(code / 100) % 100 || 1, code % 100 || 1);
}

/** The last day a date can mean: an `end` lasts to the end of its period. */
export function lastDay(text: string): Day {
  const code = mustRead(text);
  const year = Math.floor(code / 10000);
  const month = Math.floor(code / 100) % 100 || 12;
  return dayNumber(year, month, code % 100 || daysInMonth(year, month));
}

/** The year of a date, which must be valid. */
export function yearOf(text: string): number {
  return Math.floor(mustRead(text) / 10000);
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
