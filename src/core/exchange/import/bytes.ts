// The first checks on an imported file, before any parsing: its size and its encoding. UTF-8 is
// decoded as the bytes come (Utf8Stream), so that a file is never held whole as bytes and as text.

/**
 * Files of this size or more are refused at once. CSV and GEXF are read as streams, so their
 * size is bounded by the records they hold, not by their bytes; this only stops a file that no
 * graph of relations is (a disk image picked by mistake) before seconds of reading.
 */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

/**
 * JSON is parsed whole (JSON.parse, see docs/decisions.md), so its text must fit in one string:
 * V8's longest is 2^29 - 24 characters. At this size a file cannot exceed it.
 */
export const MAX_JSON_BYTES = 512 * 1024 * 1024;

export interface ImportFile {
  /** The name the user's file has ("mydata.json", or "graph-data/relations/a.json" from a folder). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** Why a file of this size and name is not read, or undefined when it is. */
export function sizeMessage(bytes: number, name = ''): string | undefined {
  if (/\.json$/i.test(name) && bytes >= MAX_JSON_BYTES)
    return `is ${megabytes(bytes)} MB; JSON files of 512 MB or more are not read (split the relations into several files, or save them as CSV or GEXF, which are read as they come)`;
  if (bytes < MAX_FILE_BYTES) return undefined;
  return `is ${megabytes(bytes)} MB; files of 1 GB or more are not read (split the relations into several files)`;
}

/** How many bytes a UTF-8 sequence has from its lead byte, or -1 for a byte that cannot lead one. */
function sequenceLength(c: number): number {
  return c < 0x80
    ? 1
    : c >= 0xc2 && c < 0xe0
      ? 2
      : c >= 0xe0 && c < 0xf0
        ? 3
        : c >= 0xf0 && c <= 0xf4
          ? 4
          : -1;
}

/** Where the first byte that cannot start or continue a UTF-8 sequence is (a locator, not a validator). */
function firstBadByte(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const length = sequenceLength(b[i] ?? 0);
    if (length < 0) return i;
    for (let k = 1; k < length; k++)
      if (i + k >= b.length || ((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return 0;
}

function notUtf8(bytes: Uint8Array, at: number, offset: number): string {
  const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return `is not UTF-8 text (byte 0x${hex} at offset ${offset + at}); save it as UTF-8`;
}

/** The text of a UTF-8 file (a byte-order mark is dropped), or a message saying where it is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { error: string } {
  const stream = new Utf8Stream();
  const text = stream.decode(bytes);
  const rest = typeof text === 'string' ? stream.end() : text;
  return typeof rest === 'string' ? { text: (text as string) + rest } : rest;
}

/**
 * UTF-8 decoded chunk by chunk: a character split between two chunks comes whole with the
 * second. A byte that is not UTF-8 is an error naming its offset in the file.
 */
export class Utf8Stream {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  /** The bytes read before this chunk. */
  private offset = 0;
  /** The end of the previous chunk, where a character it split began (at most 3 bytes). */
  private tail = new Uint8Array(0);

  /** The text of a chunk, or the error of the file. */
  decode(chunk: Uint8Array): string | { error: string } {
    try {
      const text = this.decoder.decode(chunk, { stream: true });
      this.keepTail(chunk);
      this.offset += chunk.length;
      return text;
    } catch {
      // The bad byte is in the split character or in this chunk: look in both.
      const both = new Uint8Array(this.tail.length + chunk.length);
      both.set(this.tail);
      both.set(chunk, this.tail.length);
      return { error: notUtf8(both, firstBadByte(both), this.offset - this.tail.length) };
    }
  }

  /** The text held back at the end (none, for a file that ends on a whole character), or the error. */
  end(): string | { error: string } {
    try {
      return this.decoder.decode();
    } catch {
      return { error: notUtf8(this.tail, 0, this.offset - this.tail.length) };
    }
  }

  /** Keeps the start of a character the bytes so far end inside of (its lead byte and what followed). */
  private keepTail(chunk: Uint8Array): void {
    const last = chunk.subarray(Math.max(0, chunk.length - 3));
    const recent = new Uint8Array(this.tail.length + last.length);
    recent.set(this.tail);
    recent.set(last, this.tail.length);
    this.tail = new Uint8Array(0);
    for (let back = 1; back <= recent.length; back++) {
      const length = sequenceLength(recent[recent.length - back] ?? 0);
      if (length === -1) continue; // a continuation byte: the lead is further back
      if (length > back) this.tail = recent.slice(recent.length - back);
      return;
    }
  }
}
