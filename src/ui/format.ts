// Small text formatters shared by the panels.
import { formatDate } from '../core/time/dates';

export { signed } from '../core/scene/scene-words';

/** "6 Apr 1965", "Mar 1971 – Jan 1985", or "since 1960" for a state still in force. */
export function dateRange(start: string, end: string | undefined, ongoing = false): string {
  if (end === undefined) return ongoing ? `since ${formatDate(start)}` : formatDate(start);
  return end === start ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;
}
