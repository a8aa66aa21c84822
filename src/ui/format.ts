// Small text formatters shared by the panels.
import { excerpt } from '../core/data/characters';
import { formatDate } from '../core/time/dates';

export { signed } from '../core/scene/scene-words';

/** "6 Apr 1965", "Mar 1971 – Jan 1985", or "since 1960" for a state still in force. */
export function dateRange(start: string, end: string | undefined, ongoing = false): string {
  if (end === undefined) return ongoing ? `since ${formatDate(start)}` : formatDate(start);
  return end === start ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;
}

/**
 * An error in one short line, for a message on the page: its first line, quoted by its start
 * (a message of any length, or an error that cannot even be turned into text, reads safely).
 */
export function errorLine(error: unknown, max = 160): string {
  let text: string;
  try {
    text = error instanceof Error ? error.message : String(error);
  } catch {
    text = 'an error that cannot be shown as text';
  }
  return excerpt(text.split('\n', 1)[0] ?? '', max);
}
