// The keys the explorer's caches go by: what each answer depends on, as one string.
import type { ScoreOptions } from '../core/analysis/scoring';
import type { Window } from '../core/time/time';

const sortedList = (ids: readonly string[]): string => [...ids].sort().join(',');

interface Filters {
  readonly hiddenTypes: readonly string[];
  readonly hiddenActors: readonly string[];
}

/** The year strip's series depends on the filters and the reading. */
export function stripKey(filters: Filters, scoring: ScoreOptions): string {
  return [
    sortedList(filters.hiddenTypes),
    sortedList(filters.hiddenActors),
    scoring.mode,
    scoring.layers.join(','),
    scoring.confidence,
  ].join('|');
}

/** A window's core depends on the filters, the reading and the window. */
export function coreKey(filters: Filters, scoring: ScoreOptions, window: Window): string {
  return `${stripKey(filters, scoring)}|${window.start}|${window.end}`;
}

/** A window's metrics depend on what its core does, and on whether betweenness is asked for. */
export function metricsKey(
  filters: Filters,
  scoring: ScoreOptions,
  window: Window,
  betweenness: boolean,
): string {
  return `${coreKey(filters, scoring, window)}|${betweenness}`;
}
