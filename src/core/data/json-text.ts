// Parses JSON text with errors that point at a line and column. JSON.parse does the work
// (own properties only, so "__proto__" is plain data); jsonc-parser only locates a failure. A
// text nested deeper than MAX_DEPTH is refused, whether it parses or not.
import { parse as locateParse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { withoutBom } from './bom';

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

/**
 * How many containers (objects and arrays) a parsed value holds and how deep they nest (the value
 * itself at 1), or undefined once they nest deeper than `max` (so the recursion stays shallow).
 */
function nestingOf(value: unknown, max: number): { count: number; depth: number } | undefined {
  let count = 0;
  let deepest = 0;
  const visit = (container: object, depth: number): boolean => {
    if (depth > max) return false;
    count++;
    deepest = Math.max(deepest, depth);
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i++) {
        const inner: unknown = container[i];
        if (inner !== null && typeof inner === 'object' && !visit(inner, depth + 1)) return false;
      }
      return true;
    }
    for (const key in container) {
      const inner = (container as Record<string, unknown>)[key];
      if (inner === null || typeof inner !== 'object' || !Object.hasOwn(container, key)) continue;
      if (!visit(inner, depth + 1)) return false;
    }
    return true;
  };
  if (value === null || typeof value !== 'object') return { count: 0, depth: 0 };
  return visit(value, 1) ? { count, depth: deepest } : undefined;
}

/** How many `{` and `[` a text holds, in strings or not. */
function openers(text: string): number {
  let n = 0;
  for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i + 1)) n++;
  for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) n++;
  return n;
}

/**
 * Can the text nest deeper than MAX_DEPTH, given the value it parsed to? Every container of the
 * value opens with a `{` or `[` of the text; the others belong to strings or to values a repeated
 * key replaced, and a replaced value nests at most as deep as it has openers. So the text nests no
 * deeper than the value's depth plus the openers left over: when that is within the limit, the
 * scan of the text (a tenth of a load's validation at 100,000 relations) cannot find anything.
 */
function mayBeTooDeep(text: string, value: unknown): boolean {
  const nesting = nestingOf(value, MAX_DEPTH);
  return nesting === undefined || nesting.depth + openers(text) - nesting.count > MAX_DEPTH;
}

function tooDeep(text: string, offset: number): JsonResult {
  return {
    ok: false,
    message: `nested more than ${MAX_DEPTH} levels deep; graph-data files are not`,
    ...lineColumn(text, offset),
  };
}

export function parseJson(raw: string): JsonResult {
  const text = withoutBom(raw);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    // Too deep is said first, as of a text that parses.
    const deep = tooDeepAt(text);
    if (deep >= 0) return tooDeep(text, deep);
    if (text.trim() === '') return { ok: false, message: 'the file is empty', line: 1, column: 1 };
    const { message, offset } = locate(text);
    return { ok: false, message, ...lineColumn(text, offset) };
  }
  if (mayBeTooDeep(text, value)) {
    const deep = tooDeepAt(text);
    if (deep >= 0) return tooDeep(text, deep);
  }
  return { ok: true, value };
}
