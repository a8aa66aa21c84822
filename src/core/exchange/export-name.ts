// File names that say what they hold: entente-cold-war-1947-1991.png, entente-2022.svg,
// entente-1979-1989.csv, entente-cold-war-1947-1991-vs-2022.svg.
import { civilFromDay, firstDay, lastDay } from '../time/dates';

export interface NamedWindow {
  /** The view id, if the window is a view. */
  readonly viewId?: string;
  readonly start: string;
  readonly end: string;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'view'
  );
}

export function windowSlug(w: NamedWindow): string {
  const from = civilFromDay(firstDay(w.start)).year;
  const to = civilFromDay(lastDay(w.end)).year;
  const years = from === to ? String(from) : `${from}-${to}`;
  if (!w.viewId) return years;
  const id = slug(w.viewId);
  return id === years ? id : `${id}-${years}`;
}

export function exportFileName(
  ext: string,
  current: NamedWindow,
  reference?: NamedWindow,
  mode: 'single' | 'compare' | 'diff' = 'single',
): string {
  const now = windowSlug(current);
  if (mode === 'compare' && reference) return `entente-${windowSlug(reference)}-vs-${now}.${ext}`;
  if (mode === 'diff' && reference)
    return `entente-changes-${windowSlug(reference)}-to-${now}.${ext}`;
  return `entente-${now}.${ext}`;
}

/** The whole data set (GEXF, GraphML). */
export const DATASET_FILE = (ext: string): string => `entente-dataset.${ext}`;
