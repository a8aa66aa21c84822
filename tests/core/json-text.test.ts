import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumn, parseJson, tooDeepAt } from '../../src/core/data/json-text';

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

  describe('refuses a text nested more than 256 levels deep', () => {
    const deepError = (line: number, column: number) => ({
      ok: false,
      message: 'nested more than 256 levels deep; graph-data files are not',
      line,
      column,
    });
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

    it('at its 257th opening, whether it parses or not', () => {
      expect(parseJson(deep(256)).ok).toBe(true);
      expect(parseJson(deep(257))).toEqual(deepError(1, 257));
      expect(parseJson(`{"a":\n${deep(300).slice(0, 400)}`)).toEqual(deepError(2, 256));
    });

    it('under a key that a repeat of it replaces, though the value parsed is shallow', () => {
      const text = `{"a": ${deep(300)}, "a": 1}`;
      expect(JSON.parse(text)).toEqual({ a: 1 });
      expect(parseJson(text)).toEqual(deepError(1, 262));
    });

    it('but not for brackets in strings, however many', () => {
      const text = JSON.stringify({ a: '['.repeat(1000), b: [['{'.repeat(300)]] });
      expect(parseJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
    });

    it('exactly where the scan of the text says, for any text', () => {
      // Values nested at random, keys repeated, brackets in strings, and some cut short.
      const nested = fc
        .tuple(fc.nat({ max: 300 }), fc.json(), fc.boolean())
        .map(([n, inner, object]) =>
          object
            ? `${'{"k":'.repeat(n)}${inner}${'}'.repeat(n)}`
            : deep(n).replace('][', `${inner}`),
        );
      const text = fc
        .tuple(nested, nested, fc.string({ unit: fc.constantFrom('[', '{', ']', '"', 'a') }))
        .chain(([a, b, s]) =>
          fc.constantFrom(
            `{"a": ${a}, "a": ${b}}`,
            `[${a}, ${JSON.stringify(s)}, ${b}]`,
            `{"s": ${JSON.stringify(s)}, "a": ${a}}`,
            `${a}`.slice(0, Math.max(0, `${a}`.length - 3)),
          ),
        );
      fc.assert(
        fc.property(text, (t) => {
          const at = tooDeepAt(t);
          const result = parseJson(t);
          if (at < 0) expect(result.ok || !result.message.startsWith('nested')).toBe(true);
          else expect(result).toEqual(deepError(lineColumn(t, at).line, lineColumn(t, at).column));
        }),
        { numRuns: 300, seed: 16 },
      );
    });
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
