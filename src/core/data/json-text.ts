// Parses JSON text with errors that point at a line and column. JSON.parse does the work
// (own properties only, so "__proto__" is plain data); jsonc-parser only locates a failure.
import { parse as locateParse, printParseErrorCode, type ParseError } from 'jsonc-parser';

export type JsonResult =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly message: string;
      readonly line: number;
      readonly column: number;
    };

// Keyed by jsonc-parser's error names (its codes are a const enum, which isolated modules cannot read).
const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'invalid number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string (control characters must be escaped)',
};

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The offset of the last non-blank character before `offset`, or -1. */
function previousNonBlank(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text.charAt(i))) i--;
  return i;
}

function locate(text: string): { message: string; offset: number } {
  const errors: ParseError[] = [];
  locateParse(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (!first) return { message: 'invalid JSON', offset: 0 };
  const at = text.charAt(first.offset);
  const before = previousNonBlank(text, first.offset);
  if ((at === '}' || at === ']') && before >= 0 && text.charAt(before) === ',') {
    return { message: `trailing comma before "${at}"`, offset: before };
  }
  const name = printParseErrorCode(first.error);
  if (name === 'ValueExpected' && first.offset >= text.length) {
    return { message: 'unexpected end of file', offset: first.offset };
  }
  return { message: MESSAGES[name] ?? 'invalid JSON', offset: first.offset };
}

/** Deeper than this is not a data file; and parsers that recurse would run out of stack. */
export const MAX_DEPTH = 256;

/** The offset where nesting first goes deeper than `max` (outside strings), or -1. */
export function tooDeepAt(text: string, max = MAX_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: jump to its closing quote (indexOf is far faster than a loop over its
      // characters, and most of a data file is strings), past quotes that are escaped.
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && escaped(text, end)) end = text.indexOf('"', end + 1);
      if (end < 0) return -1; // unterminated: JSON.parse says so
      i = end;
    } else if (c === 123 || c === 91) {
      if (++depth > max) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

/** Is the quote at `at` escaped, that is preceded by an odd number of backslashes? */
function escaped(text: string, at: number): boolean {
  let n = 0;
  while (text.charCodeAt(at - 1 - n) === 92) n++;
  return n % 2 === 1;
}

export function parseJson(raw: string): JsonResult {
  // A UTF-8 byte-order mark is harmless; editors on some systems write one.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    return {
      ok: false,
      message: `nested more than ${MAX_DEPTH} levels deep; graph-data files are not`,
      ...lineColumn(text, deep),
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    if (text.trim() === '') return { ok: false, message: 'the file is empty', line: 1, column: 1 };
    const { message, offset } = locate(text);
    return { ok: false, message, ...lineColumn(text, offset) };
  }
}
