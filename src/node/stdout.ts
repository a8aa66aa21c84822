// What the command line prints. Text that comes from data can hold control characters: an ANSI
// escape in an id can colour a line green or move the cursor and fake one, so every line is
// printed with its control characters (C0, DEL, C1) written out as \u001b escapes. Commands hand
// their output over a line at a time, so a newline inside a line came from data, and is escaped.
// And output ends quietly when the reader goes away (`npm run analyze | head`).

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** The text with every control character written as a visible `\uXXXX` escape. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Prints one line of a command's output to stdout, control characters escaped. */
export function printLine(line: string): void {
  console.log(terminalSafe(line));
}

/**
 * A printer that writes what `printLine` would, byte for byte, but hands stdout about 64 kB at a
 * time: at 10,000 lines a write per line costs more than making the lines. `flush` writes the rest
 * (call it before anything else is printed, and before the process ends).
 */
export function bufferedPrinter(
  write: (text: string) => void = (text) => process.stdout.write(text),
): {
  print: (line: string) => void;
  flush: () => void;
} {
  let parts: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (parts.length === 0) return;
    const text = parts.join('');
    parts = [];
    size = 0;
    write(text);
  };
  const print = (line: string): void => {
    const text = `${terminalSafe(line)}\n`;
    parts.push(text);
    size += text.length;
    if (size >= 65_536) flush();
  };
  return { print, flush };
}

/**
 * Hands several lines of our own making (a usage text, pretty-printed JSON) to `out` one at a
 * time, so that the printer escapes only newlines that came from data. JSON.stringify already
 * escapes those inside strings.
 */
export function outLines(text: string, out: (line: string) => void): void {
  for (const line of text.split('\n')) out(line);
}

/** Prints an unexpected error (its stack) to stderr, line by line, control characters escaped. */
export function printError(error: unknown): void {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  for (const line of text.split('\n')) console.error(terminalSafe(line));
}

export function quietOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
