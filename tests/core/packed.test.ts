// The packed data text of a build (core/data/packed.ts): what goes in comes out, byte for byte,
// whatever the texts hold; anything else is refused with a reason, never half read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  packDataFiles,
  PACKED_MAGIC,
  unpackDataBytes,
  unpackDataFiles,
} from '../../src/core/data/packed';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';

const bytes = (text: string): ArrayBuffer => {
  const encoded = new TextEncoder().encode(text);
  return encoded.buffer.slice(encoded.byteOffset, encoded.byteOffset + encoded.byteLength);
};

describe('packed data files', () => {
  it('gives back the shipped folder exactly, through UTF-8 bytes', () => {
    const files = readGraphDataFolder(SHIPPED_DATA);
    expect(unpackDataBytes(bytes(packDataFiles(files)))).toEqual({ ok: true, files });
  });

  it('gives back any files: newlines, quotes, non-Latin and astral characters, empty texts', () => {
    const file = fc.record({ path: fc.string(), text: fc.string({ unit: 'grapheme' }) });
    fc.assert(
      fc.property(fc.array(file, { maxLength: 6 }), (files) => {
        expect(unpackDataBytes(bytes(packDataFiles(files)))).toEqual({ ok: true, files });
      }),
    );
    const odd = [
      { path: 'a\nb.json', text: '{"x":"\\n"}\n' },
      { path: 'empty.json', text: '' },
      { path: 'names.json', text: '["Пакистан","巴基斯坦","𝔘𝔖","🇵🇰"]' },
    ];
    expect(unpackDataFiles(packDataFiles(odd))).toEqual({ ok: true, files: odd });
  });

  it.each([
    ['another format', '{"files":[]}', /does not start with "entente-data 1"/],
    ['no list', `${PACKED_MAGIC}\n[]`, /no list of files/],
    ['a list that is not JSON', `${PACKED_MAGIC}\n[oops\n`, /not JSON/],
    ['a list that is not a list', `${PACKED_MAGIC}\n{}\n`, /not a list/],
    [
      'an entry without a length',
      `${PACKED_MAGIC}\n[["a.json"]]\n`,
      /entry 1 .* path and a length/,
    ],
    ['a negative length', `${PACKED_MAGIC}\n[["a.json",-1]]\n`, /entry 1/],
    ['a text cut short', `${PACKED_MAGIC}\n[["a.json",10]]\n{}`, /a\.json is cut short/],
    ['text after the last file', `${PACKED_MAGIC}\n[["a.json",2]]\n{}{}`, /2 characters follow/],
  ])('refuses %s, saying why', (_, text, why) => {
    const unpacked = unpackDataFiles(text);
    expect(unpacked.ok).toBe(false);
    if (!unpacked.ok) expect(unpacked.message).toMatch(why);
  });

  it('refuses bytes that are not UTF-8', () => {
    const unpacked = unpackDataBytes(new Uint8Array([0xff, 0xfe, 0x00]).buffer);
    expect(unpacked).toEqual({ ok: false, message: expect.stringMatching(/not UTF-8/) as string });
  });
});
