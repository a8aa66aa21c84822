import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardFormula, unguardFormula } from '../../src/core/exchange/csv-formula';

describe('guardFormula and unguardFormula', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=x", "''=x"],
    ["'x", "'x"],
    ['x=1', 'x=1'],
    ['', ''],
  ])('writes %j as %j', (text, written) => {
    expect(guardFormula(text)).toBe(written);
    expect(unguardFormula(written)).toBe(text);
  });

  it('gives back any text it guarded', () => {
    const unit = fc.oneof(fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r'), fc.string());
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 8 }), (text) => {
        expect(unguardFormula(guardFormula(text))).toBe(text);
        // And what it writes never starts a formula.
        expect(guardFormula(text)).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 2000, seed: 5 },
    );
  });
});
