// The URL check's fast path (no URL parser for plain addresses) must never accept what the parser
// would refuse: held against the parser's own verdict on addresses made to hit its edges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainWebAddress, urlProblem } from '../../src/core/data/source-url';

/** What the parser says of an address (the checks urlProblem makes after parsing). */
function parserAccepts(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.username === '' &&
    parsed.password === '' &&
    /[^.]\.[^.]/.test(parsed.hostname)
  );
}

const piece = fc.constantFrom(
  ...['a', 'z', 'x', 'n', '0', '9', '1', '-', '.', '..', 'xn--', '0x', '@', ':', '/', '?', '#'],
  ...['\\', '%', '%zz', '[', ']', '_', 'A', 'é', '例', '255', '256', '4294967296', ':80', 'u:p@'],
);
const address = fc
  .tuple(
    fc.constantFrom('http://', 'https://', 'HTTP://', 'ftp://', 'https:/', 'https:'),
    fc.array(piece, { maxLength: 12 }),
    fc.constantFrom('', '/', '/path?q=1#f', '?x', '#y', '/a\\b'),
  )
  .map(([scheme, host, rest]) => scheme + host.join('') + rest);

describe('plainWebAddress', () => {
  it('vouches for the plain addresses most sources have', () => {
    for (const url of [
      'https://example.org/entente/synthetic/r000001',
      'http://www.un.org/en/ga/view_doc.asp?symbol=A/RES/1#top',
      'https://a-b.c9.example/',
    ])
      expect(plainWebAddress(url)).toBe(true);
  });

  it.each([
    'https://example.123/', // a last label that is a number makes the host an IPv4 address
    'https://example.0x1f/',
    'https://xn--bcher-kva.example/',
    'https://a..b/',
    'https://example.org./',
    'https://user@example.org/',
    'https://example.org:8080/',
    'https://EXAMPLE.org/',
    'https://localhost/',
  ])('leaves %s to the parser', (url) => {
    expect(plainWebAddress(url)).toBe(false);
  });

  it('never vouches for an address the URL parser refuses, and changes no verdict', () => {
    fc.assert(
      fc.property(address, (url) => {
        if (plainWebAddress(url)) expect(parserAccepts(url)).toBe(true);
        const screened = urlProblem(url);
        if (screened === undefined) expect(parserAccepts(url)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});
