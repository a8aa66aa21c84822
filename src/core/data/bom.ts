// A data file's text as the loader reads it: a UTF-8 byte-order mark is harmless (editors on some
// systems write one) and skipped. One place, so that the page's own reading of the relations
// (packed-relations.ts) reads a file exactly as the loader does (json-text.ts).
export function withoutBom(raw: string): string {
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}
