// Text in an exported figure: the font sizes of every part, and the estimate of how wide a text
// runs, by which titles, legend entries and notes are wrapped. Figures are vector and their fonts
// are the reader's, so widths are estimated (generously: a line drawn shorter than estimated only
// wastes a little room, one drawn longer would cross the margin).

/** Font sizes in px (pt in a PDF), the same in every shape; frames are sized to keep them readable. */
export const TYPE = {
  title: 30,
  subtitle: 19,
  caption: 19,
  legend: 16,
  note: 14,
  footer: 13,
  /** Actor names, whatever the scale of the graph. */
  label: 16,
  /** The values under the circles of the size key. */
  value: 13,
} as const;

/** Line height as a multiple of the font size. */
export const LINE = 1.3;
/** Average glyph width as a share of the font size (wide sans-serifs such as DejaVu); bold runs wider. */
export const CHAR = 0.58;
const BOLD_CHAR = 0.64;

export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? BOLD_CHAR : CHAR);
}

/**
 * Splits text into lines of at most `width` px at the given font size (estimated); a word longer
 * than a line (a URL) is cut.
 */
export function wrap(text: string, width: number, fontSize: number, bold = false): string[] {
  const max = Math.max(8, Math.floor(width / (fontSize * (bold ? BOLD_CHAR : CHAR))));
  const lines: string[] = [];
  let line = '';
  for (const whole of text.split(/\s+/).filter(Boolean)) {
    let word = whole;
    while (word.length > max) {
      if (line) lines.push(line);
      lines.push(word.slice(0, max));
      line = '';
      word = word.slice(max);
    }
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines of text from a top-left corner. */
export interface TextBlock {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly bold: boolean;
  readonly lines: readonly string[];
}

export const blockHeight = (b: Pick<TextBlock, 'size' | 'lines'>): number =>
  b.lines.length * b.size * LINE;
