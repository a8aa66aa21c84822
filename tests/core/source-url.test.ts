import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/core/data/errors';
import { loadDataset } from '../../src/core/data/load';
import { sourceSchema } from '../../src/core/data/schema';
import { MAX_URL_LENGTH, urlProblem } from '../../src/core/data/source-url';
import { folder, relation } from '../builders';

/** The message of the first issue of a source with this URL, or undefined when it validates. */
function urlIssue(url: string): string | undefined {
  const result = sourceSchema.safeParse({ title: 'T', url }, { reportInput: true });
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('source URLs', () => {
  it.each([
    'https://example.org',
    'http://example.org/a/b?c=d#e',
    'HTTPS://EXAMPLE.ORG/Upper',
    'https://www.un.org/en/ga/search/view_doc.asp?symbol=A/RES/ES-11/1',
    'https://xn--bcher-kva.example/',
    'https://例え.jp/パス',
    'https://192.0.2.1/report',
    `https://example.org/${'a'.repeat(MAX_URL_LENGTH - 20)}`,
  ])('accepts %s', (url) => {
    expect(urlIssue(url)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', 'must be an http or https URL, got "javascript:alert(1)"'],
    ['ftp://example.org/file', 'must be an http or https URL, got "ftp://example.org/file"'],
    ['data:text/html,<b>x</b>', 'must be an http or https URL, got "data:text/html,<b>x</b>"'],
    ['example.org', 'must be an http or https URL, got "example.org"'],
    ['https://', 'must be an http or https URL, got "https://"'],
    [
      'https://example.org/a b',
      'must be an http or https URL, got "https://example.org/a b": it contains white space',
    ],
    [
      ' https://example.org',
      'must be an http or https URL, got " https://example.org": it contains white space',
    ],
    [
      'https://user:secret@example.org/',
      'must not carry a user name or password (write the address without "name:password@")',
    ],
    [
      'https://user@example.org/',
      'must not carry a user name or password (write the address without "name:password@")',
    ],
    [
      'http://localhost:8080/',
      'must name a host with a dot (example.org), got "http://localhost:8080/"',
    ],
    ['https://[::1]/', 'must name a host with a dot (example.org), got "https://[::1]/"'],
    ['https://.../', 'must name a host with a dot (example.org), got "https://.../"'],
  ])('refuses %s', (url, message) => {
    expect(urlIssue(url)).toBe(message);
    expect(urlProblem(url)).toBe(message);
  });

  it(`refuses more than ${MAX_URL_LENGTH} characters, quoting 80 of them`, () => {
    const url = `https://example.org/${'a'.repeat(MAX_URL_LENGTH)}`;
    expect(urlIssue(url)).toBe(
      `is 2,068 characters long; a source URL has at most 2,048 ("${url.slice(0, 80)}…")`,
    );
  });

  it.each([
    ['300 KB of path', `https://example.org/${'a'.repeat(300_000)}`],
    // What made the old pattern backtrack: many dots in the host, then a space.
    ['300 KB of dotted host and a space', `https://${'a.'.repeat(150_000)} `],
    ['the same at the length cap', `https://${'a.'.repeat((MAX_URL_LENGTH - 10) / 2)} `],
    ['dots alone at the cap', `http://${'.'.repeat(MAX_URL_LENGTH - 7)}`],
  ])('answers %s within a second, in a short message', (_, url) => {
    const started = performance.now();
    const message = urlIssue(url);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(message).toBeDefined();
    expect(message?.length).toBeLessThan(250);
  });

  it('names file, record and field in the loader', () => {
    const result = loadDataset(
      folder({ relations: [relation({ sources: [{ title: 'T', url: 'http://intranet' }] })] }),
    );
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([
      'relations/all.json#north-south-1955-pact: sources[0].url must name a host with a dot (example.org), got "http://intranet"',
    ]);
  });
});
