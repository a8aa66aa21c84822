// What a source's address may be: an http or https URL a reader can open, parsed by the URL
// standard rather than matched by a regular expression (one over a long address backtracked for
// seconds), with a length cap so that no single field takes long to check or to show.
import { forbiddenCharacter, quoted } from './characters';

/** The longest source URL accepted: browsers and servers handle this length everywhere. */
export const MAX_URL_LENGTH = 2048;

const grouped = (n: number): string => n.toString().replace(/\B(?=(\d{3})+$)/g, ',');

export function urlTooLong(url: string): string {
  return `is ${grouped(url.length)} characters long; a source URL has at most ${grouped(MAX_URL_LENGTH)} (${quoted(url)})`;
}

/** Why a text is not a source URL, worded to follow the field name, or undefined when it is one. */
export function urlProblem(url: string): string | undefined {
  if (url.length > MAX_URL_LENGTH) return urlTooLong(url);
  const character = forbiddenCharacter(url);
  if (character !== undefined) return character;
  const expected = `must be an http or https URL, got ${quoted(url)}`;
  // The URL parser drops tabs and newlines and trims spaces; the text is kept as written, and the
  // exports list a relation's URLs separated by spaces, so no white space at all.
  if (/\s/.test(url)) return `${expected}: it contains white space`;
  if (plainWebAddress(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return expected;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return expected;
  if (parsed.username !== '' || parsed.password !== '')
    return 'must not carry a user name or password (write the address without "name:password@")';
  // Two names at least, joined by a dot (example.org): not "localhost", not just dots.
  if (!/[^.]\.[^.]/.test(parsed.hostname))
    return `must name a host with a dot (example.org), got ${quoted(url)}`;
  return undefined;
}

const isLower = (c: number): boolean => c >= 97 && c <= 122;
/** a-z, 0-9 and the hyphen. */
const isHostCharacter = (c: number): boolean => isLower(c) || (c >= 48 && c <= 57) || c === 45;

/**
 * Does the address plainly pass the checks above, without a URL parser? `http://` or `https://`,
 * then a host of two or more lower-case ASCII labels (a-z, 0-9, -) joined by single dots, the last
 * starting with a letter (so no IPv4 reading applies) and none an IDN label (`xn--`), then
 * nothing or a path, query or fragment, which no URL parse can fail on. Most source URLs are
 * this plain, and a parse each cost 50 ms of a 100,000-relation load; any other address goes to
 * the parser. To be called after the length, character and white-space checks.
 */
export function plainWebAddress(url: string): boolean {
  const from = url.startsWith('https://') ? 8 : url.startsWith('http://') ? 7 : -1;
  if (from < 0) return false;
  let labels = 1;
  let labelStart = from;
  let i = from;
  for (; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35) break; // / ? #: the host ends
    if (c === 46) {
      if (i === labelStart || url.startsWith('xn--', labelStart)) return false;
      labels++;
      labelStart = i + 1;
    } else if (!isHostCharacter(c)) return false;
  }
  if (i === labelStart || url.startsWith('xn--', labelStart)) return false;
  return labels >= 2 && isLower(url.charCodeAt(labelStart));
}
