// Files to import as the worker gets them (core/exchange/import/import-stream.ts ImportSource):
// a name and a body whose stream gives its bytes in pieces of a chosen size, so that a test can
// cut a file anywhere — inside a tag, a character, a quoted field.
import type { ImportSource } from '../../src/core/exchange/import/import-stream';

/** A stream of `bytes` in pieces: of `size` bytes each, or cut at the given offsets. */
function pieces(bytes: Uint8Array, cuts: number | readonly number[]): Uint8Array[] {
  const at =
    typeof cuts === 'number'
      ? Array.from({ length: Math.ceil(bytes.length / cuts) }, (_, i) => i * cuts).slice(1)
      : [...cuts];
  const ends = [0, ...at.filter((c) => c > 0 && c < bytes.length), bytes.length];
  return ends.slice(1).map((end, i) => bytes.slice(ends[i], end));
}

/**
 * A file to import whose stream gives its bytes in pieces of `cuts` bytes (or cut at those
 * offsets); `read` counts the pieces taken, so a test can tell that reading stopped.
 */
export function source(
  name: string,
  content: string | Uint8Array,
  cuts: number | readonly number[] = 64 * 1024,
): ImportSource & { readonly taken: () => number } {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  let taken = 0;
  return {
    name,
    taken: () => taken,
    body: {
      size: bytes.length,
      stream: () => {
        const queue = pieces(bytes, cuts);
        return new ReadableStream<Uint8Array>({
          pull(controller) {
            const next = queue.shift();
            if (next) {
              taken++;
              controller.enqueue(next);
            } else controller.close();
          },
        });
      },
    },
  };
}

/** Every offset at which a text's bytes may be cut in two, or `count` of them spread evenly. */
export function cutPoints(content: string, count?: number): number[] {
  const length = new TextEncoder().encode(content).length;
  const all = Array.from({ length: length - 1 }, (_, i) => i + 1);
  if (count === undefined || count >= all.length) return all;
  return Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)] ?? 1);
}
