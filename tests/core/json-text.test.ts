import { describe, expect, it } from 'vitest';
import { lineColumn, parseJson } from '../../src/core/data/json-text';

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    ['{\n  "a": [1, 2,]\n}', 'trailing comma before "]"', 2, 13],
    ['{\n  "a": 1,\n}', 'trailing comma before "}"', 2, 9],
    ['{\n  "a": 1\n  "b": 2\n}', 'expected "," between items', 3, 3],
    ['{"a": tru}', 'unexpected character', 1, 7],
    ['{"a": "x', 'unterminated string', 1, 7],
    ['{"a": 1} [2]', 'unexpected text after the end of the JSON value', 1, 10],
    ['{"a": 1} extra', 'unexpected character', 1, 10],
    ['{"a": 1 // note\n}', 'comments are not allowed in JSON', 1, 9],
    ['   ', 'the file is empty', 1, 1],
  ])('locates the error in %j', (text, message, line, column) => {
    expect(parseJson(text)).toEqual({ ok: false, message, line, column });
  });

  it('keeps "__proto__" as plain data, not a prototype', () => {
    const result = parseJson('{"__proto__": {"polluted": true}}');
    expect(result.ok).toBe(true);
    const value = (result as { value: Record<string, unknown> }).value;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
