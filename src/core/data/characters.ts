// Which characters data may hold, and how messages quote user text. Every text field must be
// writable as XML (the SVG, GEXF and GraphML exports), and no message echoes more than a short
// excerpt of what a user brought, however long it is.

/** The most characters of user text a message quotes (then an ellipsis). */
export const EXCERPT_LENGTH = 80;

/**
 * What XML 1.0 cannot hold (its `Char` production): the C0 controls but tab, newline and
 * carriage return; the noncharacters U+FFFE and U+FFFF; and a surrogate without its other half.
 * One linear pass (no nested quantifiers), searched code unit by code unit.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const codePoint = (unit: number): string => `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;

/** The 1-based position of the character at a code-unit offset, counting a surrogate pair once. */
function position(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Why a text cannot go into an XML export, worded to follow the field name ("contains a control
 * character U+0001 at position 12"), or undefined when every character can.
 */
export function forbiddenCharacter(text: string): string | undefined {
  const match = NOT_XML.exec(text);
  if (!match) return undefined;
  const unit = text.charCodeAt(match.index);
  const what =
    unit >= 0xd800 && unit <= 0xdfff
      ? 'a lone surrogate'
      : unit >= 0xfffe
        ? 'the noncharacter'
        : 'a control character';
  return `contains ${what} ${codePoint(unit)} at position ${position(text, match.index)}; the exports (SVG, GEXF, GraphML) cannot hold it`;
}

/** At most `max` characters of a text, with an ellipsis when cut (never half a surrogate pair). */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A text as a message quotes it: an excerpt, in double quotes. */
export function quoted(text: string): string {
  return `"${excerpt(text)}"`;
}
