// Time windows over relations, per the contract: closed intervals, partial dates expanded,
// a state without `end` still in force, an event without `end` lasting its start period.
import { firstDay, lastDay, type Day } from './dates';
import type { Relation, RelationType, View } from '../data/schema';

/** A closed window of days [start, end]. */
export interface Window {
  readonly start: Day;
  readonly end: Day;
}

export function viewWindow(view: Pick<View, 'start' | 'end'>): Window {
  return { start: firstDay(view.start), end: lastDay(view.end) };
}

/** The window of whole years [from, to] (1 Jan `from` to 31 Dec `to`). */
export function yearWindow(from: number, to: number): Window {
  return {
    start: firstDay(String(from).padStart(4, '0')),
    end: lastDay(String(to).padStart(4, '0')),
  };
}

/** The first day of a relation. */
export function relationStart(relation: Relation): Day {
  return firstDay(relation.start);
}

/** The last day a relation holds: Infinity for a state still in force. */
export function relationEnd(relation: Relation, kind: RelationType['kind']): Day {
  if (relation.end !== undefined) return lastDay(relation.end);
  return kind === 'state' ? Number.POSITIVE_INFINITY : lastDay(relation.start);
}

/** Active in [a, b] when it starts on or before b and ends on or after a. */
export function isActive(relation: Relation, kind: RelationType['kind'], window: Window): boolean {
  return relationStart(relation) <= window.end && relationEnd(relation, kind) >= window.start;
}

/** The window of one day: what holds at that instant. */
export function instantWindow(day: Day): Window {
  return { start: day, end: day };
}
