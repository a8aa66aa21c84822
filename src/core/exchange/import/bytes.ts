// The first checks on an imported file, before any parsing: its size and its encoding.

/** Files of this size or more are refused at once: no graph-data file is that large. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ImportFile {
  /** The name the user's file has ("mydata.json", or "graph-data/relations/a.json" from a folder). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export function sizeMessage(bytes: number): string | undefined {
  if (bytes < MAX_FILE_BYTES) return undefined;
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return `is ${mb} MB; files of 50 MB or more are not read (split the relations into several files)`;
}

/** Where the first byte that cannot start or continue a UTF-8 sequence is (a locator, not a validator). */
function firstBadByte(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i] ?? 0;
    const extra =
      c < 0x80
        ? 0
        : c >= 0xc2 && c < 0xe0
          ? 1
          : c >= 0xe0 && c < 0xf0
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++)
      if (i + k >= b.length || ((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return 0;
}

/** The text of a UTF-8 file (a byte-order mark is dropped), or a message saying where it is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { error: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstBadByte(bytes);
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return { error: `is not UTF-8 text (byte 0x${hex} at offset ${at}); save it as UTF-8` };
  }
}
