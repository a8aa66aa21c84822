// The legend of an exported figure: its entries in columns (one beside the graphs, up to three
// below them), each a mark and its words, the size key's circles drawn at the graph's scale so
// that they measure the nodes, and the note under them.
import type { LegendEntry, SizeStep } from './legend';
import { blockHeight, LINE, textWidth, TYPE, wrap, type TextBlock } from './figure-text';

/** The legend's mark column: the mark, then its words. */
export const MARK_W = 36;
export const MARK_GAP = 8;
const ENTRY_GAP = 8;
const COLUMN_GAP = 24;
const SIZE_KEY_GAP = 14;

export interface LegendItemLayout {
  readonly entry: LegendEntry;
  /** The item's top-left corner and width. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly lines: readonly string[];
}

export interface LegendLayout {
  readonly items: readonly LegendItemLayout[];
  readonly note: TextBlock | null;
  readonly height: number;
}

export interface SizeKeyCircle {
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  readonly label: string;
  /** Top of the value under the circle. */
  readonly labelY: number;
}

const largestStep = (steps: readonly SizeStep[]): number =>
  steps.reduce((max, s) => Math.max(max, s.size), 0);

/**
 * The circles of a size key whose words end at `top`, at the given scale (the graph's, so that
 * they measure the nodes), side by side on one baseline with the value under each.
 */
export function sizeKeyCircles(
  steps: readonly SizeStep[],
  x: number,
  top: number,
  scale: number,
): SizeKeyCircle[] {
  const largest = largestStep(steps) * scale;
  const base = top + 6 + largest;
  let left = x + 2;
  return steps.map((step) => {
    const d = step.size * scale;
    const room = Math.max(d, textWidth(step.label, TYPE.value));
    const circle = { cx: left + room / 2, cy: base - d / 2, r: d / 2, label: step.label };
    left += room + SIZE_KEY_GAP;
    return { ...circle, labelY: base + 4 };
  });
}

/** The size key's words span the column; every other entry's follow its mark. */
function entryLines(entry: LegendEntry, width: number): string[] {
  return wrap(
    entry.label,
    entry.mark.kind === 'size' ? width : width - MARK_W - MARK_GAP,
    TYPE.legend,
  );
}

function entryHeight(entry: LegendEntry, lines: readonly string[], scale: number): number {
  const words = lines.length * TYPE.legend * LINE;
  if (entry.mark.kind !== 'size') return Math.max(words, 18) + ENTRY_GAP;
  const largest = largestStep(entry.mark.steps) * scale;
  return words + 6 + largest + 4 + TYPE.value * LINE + ENTRY_GAP;
}

/** How many columns a legend below the graphs gets: as many of 320 px as fit, at most three. */
export function legendColumns(width: number): number {
  return Math.max(1, Math.min(3, Math.floor((width + COLUMN_GAP) / (320 + COLUMN_GAP))));
}

/**
 * The entries in `columns` columns across `width` from (x, y), row by row, and the note under
 * them; the size key's circles at `scale`.
 */
export function placeLegend(
  legend: { readonly entries: readonly LegendEntry[]; readonly note: string },
  at: { readonly x: number; readonly y: number; readonly width: number; readonly columns: number },
  scale: number,
): LegendLayout {
  const { x, y, width, columns } = at;
  const colW = (width - (columns - 1) * COLUMN_GAP) / columns;
  const items: LegendItemLayout[] = [];
  let top = y;
  for (let i = 0; i < legend.entries.length; i += columns) {
    let rowHeight = 0;
    legend.entries.slice(i, i + columns).forEach((entry, j) => {
      const lines = entryLines(entry, colW);
      items.push({ entry, x: x + j * (colW + COLUMN_GAP), y: top, width: colW, lines });
      rowHeight = Math.max(rowHeight, entryHeight(entry, lines, scale));
    });
    top += rowHeight;
  }
  const noteLines = legend.note ? wrap(legend.note, width, TYPE.note) : [];
  const note = noteLines.length
    ? { x, y: top + 2, size: TYPE.note, bold: false, lines: noteLines }
    : null;
  if (note) top += 2 + blockHeight(note);
  return { items, note, height: top - y };
}
