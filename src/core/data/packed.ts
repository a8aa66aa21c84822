// The data files of a build (or the dev server) as one text the page fetches and hands to the
// engine worker as bytes: a first line naming the format, a second listing each file's path and
// length, then the files' texts one after another, as they are. The worker decodes the bytes and
// cuts the texts out (no parse of the whole, no copy of each text), and the page never turns the
// 45 MB of a large data set into strings: as a JSON list of texts, parsing it on the page and
// cloning it to the worker cost the first frame a quarter of a second.
import type { DataFile } from './load';

/** The first line of a packed data text. */
export const PACKED_MAGIC = 'entente-data 1';

/** The files as one packed text. Lengths count UTF-16 code units, as JavaScript strings do. */
export function packDataFiles(files: readonly DataFile[]): string {
  const index = files.map((file) => [file.path, file.text.length]);
  return `${PACKED_MAGIC}\n${JSON.stringify(index)}\n${files.map((file) => file.text).join('')}`;
}

export type Unpacked =
  | { readonly ok: true; readonly files: readonly DataFile[] }
  | { readonly ok: false; readonly message: string };

const damaged = (why: string): Unpacked => ({
  ok: false,
  message: `the data file is damaged or not Entente's (${why})`,
});

/** The files of a packed text, or why it is not one. */
export function unpackDataFiles(text: string): Unpacked {
  const first = text.indexOf('\n');
  if (first < 0 || text.slice(0, first) !== PACKED_MAGIC)
    return damaged(`it does not start with "${PACKED_MAGIC}"`);
  const second = text.indexOf('\n', first + 1);
  if (second < 0) return damaged('it has no list of files');
  let index: unknown;
  try {
    index = JSON.parse(text.slice(first + 1, second));
  } catch {
    return damaged('its list of files is not JSON');
  }
  if (!Array.isArray(index)) return damaged('its list of files is not a list');
  const files: DataFile[] = [];
  let at = second + 1;
  for (const entry of index) {
    if (
      !Array.isArray(entry) ||
      entry.length !== 2 ||
      typeof entry[0] !== 'string' ||
      !Number.isSafeInteger(entry[1]) ||
      (entry[1] as number) < 0
    )
      return damaged(`entry ${files.length + 1} of its list is not a path and a length`);
    const [path, length] = entry as [string, number];
    if (at + length > text.length) return damaged(`${path} is cut short`);
    files.push({ path, text: text.slice(at, at + length) });
    at += length;
  }
  if (at !== text.length) return damaged(`${text.length - at} characters follow the last file`);
  return { ok: true, files };
}

/** The files of packed bytes (UTF-8), as the page fetched them. */
export function unpackDataBytes(bytes: ArrayBuffer): Unpacked {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return damaged('it is not UTF-8');
  }
  return unpackDataFiles(text);
}
