// The years a data set covers, for the timeline: from the first era (or relation) to the last
// year anything starts in; and a window read as years.
import type { Dataset } from '../data/dataset';
import { civilFromDay, yearOf, type Day } from './dates';
import type { Window } from './time';

/** The calendar year a day falls in. */
export function yearOfDay(day: Day): number {
  return civilFromDay(day).year;
}

/** A window as its first and last calendar years. */
export function windowYears(window: Window): { readonly from: number; readonly to: number } {
  return { from: yearOfDay(window.start), to: yearOfDay(window.end) };
}

/**
 * The data's last year: the last year a relation starts in (an end can lie beyond what the data
 * cover — a treaty's term), or a view ends in.
 */
export function lastYearInData(dataset: Dataset): number {
  let last = -Infinity;
  // A date's first and last days fall in its own year: read the year, not the day (100,000
  // relations at every load).
  for (const r of dataset.relations) last = Math.max(last, yearOf(r.start));
  for (const v of dataset.views) last = Math.max(last, yearOf(v.end));
  return Number.isFinite(last) ? last : new Date(0).getUTCFullYear();
}

/** Where the timeline starts when the data give no year at all. */
const FALLBACK_YEAR = 1947;

/**
 * The timeline's years: the eras of views.json when there are any (a record that starts earlier,
 * such as a treaty still in force in 1947, is background, not coverage), else the relations; up
 * to the data's last year.
 */
export function timelineSpan(dataset: Dataset): { readonly min: number; readonly max: number } {
  let min = Infinity;
  const spans = dataset.views.length ? dataset.views : dataset.relations;
  for (const { start } of spans) min = Math.min(min, yearOf(start));
  if (!Number.isFinite(min)) min = FALLBACK_YEAR;
  let max = min;
  if (dataset.relations.length) max = Math.max(max, lastYearInData(dataset));
  for (const v of dataset.views) max = Math.max(max, Number(v.end.slice(0, 4)));
  return { min, max };
}
