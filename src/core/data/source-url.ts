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
