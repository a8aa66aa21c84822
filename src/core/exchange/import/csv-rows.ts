// The rows of a CSV file as its text comes, by papaparse's streaming mode, each with the line it
// starts on (the header is line 1). Papa reads a Node-style stream of text; the one here is fed
// chunk by chunk by the import (csv.ts), and keeps only the text not yet past, not the file.
import Papa, { type LocalFile, type Parser, type ParseStepResult } from 'papaparse';
import type { DataError } from '../../data/errors';

/** The few members of a Node readable stream that papaparse's ReadableStreamStreamer uses. */
class TextFeed {
  readonly readable = true;
  private readonly handlers = new Map<string, (value?: string) => void>();
  read(): void {}
  pause(): void {}
  resume(): void {}
  on(event: string, handler: (value?: string) => void): void {
    this.handlers.set(event, handler);
  }
  removeListener(event: string): void {
    this.handlers.delete(event);
  }
  /** Papa parses what it is given before this returns, calling its step for each whole row. */
  push(text: string): void {
    this.handlers.get('data')?.(text);
  }
  end(): void {
    this.handlers.get('end')?.();
  }
}

/**
 * The line of an offset of the text, for offsets that only grow, over a window of the text:
 * what lies before the last row read is let go.
 */
class Lines {
  private text = '';
  /** The offset of the first character of `text` in the file. */
  private base = 0;
  private at = 0;
  private line = 1;

  append(text: string): void {
    this.text += text;
  }

  /** The line a row starts on: past the blank (or only-comma) lines Papa skipped before it. */
  rowAfter(previous: number): number {
    let i = Math.max(previous, this.base);
    while (i - this.base < this.text.length && /[\s,]/.test(this.text[i - this.base] ?? '')) i++;
    for (; this.at < i && this.at - this.base < this.text.length; this.at++)
      if (this.text.charCodeAt(this.at - this.base) === 10) this.line++;
    return this.line;
  }

  /** Lets go of the text before `offset`, which no row still to come starts in. */
  forget(offset: number): void {
    const drop = Math.min(offset, this.at) - this.base;
    if (drop <= 0) return;
    this.text = this.text.slice(drop);
    this.base += drop;
  }
}

export interface CsvRow {
  readonly cells: Record<string, string>;
  /** The line of the file the row starts on, counting the header as line 1. */
  readonly line: number;
}

/** Rows of a CSV text given in pieces: `write` each in order, then `end`. */
export class CsvRows {
  /** The header's names as written (trimmed), then as Papa names them (a repeated one gets a suffix). */
  header: string[] = [];
  readonly errors: DataError[] = [];
  count = 0;
  private readonly lines = new Lines();
  /** The end of the header, then of the latest row: where the next row's search for its line starts. */
  private previous = 0;
  /** The header alone: its names and its end (a step's cursor is where its row ends). */
  private readonly headerFeed = new TextFeed();
  private headerDone = false;
  private readonly rowFeed = new TextFeed();

  constructor(
    private readonly file: string,
    private readonly onRow: (row: CsvRow) => void,
  ) {
    Papa.parse<string[]>(this.headerFeed as unknown as LocalFile, {
      skipEmptyLines: 'greedy',
      step: (result: ParseStepResult<string[]>, parser: Parser) => {
        this.header = result.data.map((h) => h.trim());
        this.previous = result.meta.cursor;
        this.headerDone = true;
        parser.abort();
      },
    });
    Papa.parse<Record<string, string>>(this.rowFeed as unknown as LocalFile, {
      skipEmptyLines: 'greedy',
      transformHeader: (h) => h.trim(),
      header: true,
      step: (result: ParseStepResult<Record<string, string>>) => this.step(result),
    });
  }

  private step(result: ParseStepResult<Record<string, string>>): void {
    const line = this.lines.rowAfter(this.previous);
    this.previous = result.meta.cursor;
    this.header = result.meta.fields ?? this.header;
    this.count++;
    this.onRow({ cells: result.data, line });
    for (const e of result.errors)
      this.errors.push({ file: this.file, message: `CSV: ${e.message}`, line, column: 1 });
  }

  write(text: string): void {
    this.lines.append(text);
    // The header's parser is given text only until it has the header (an aborted parser queues
    // whatever it is given).
    if (!this.headerDone) this.headerFeed.push(text);
    this.rowFeed.push(text);
    this.lines.forget(this.previous);
  }

  end(): void {
    if (!this.headerDone) this.headerFeed.end();
    this.rowFeed.end();
  }
}
