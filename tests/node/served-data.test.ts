// The dev server's answer for a data folder: the folder packed as the build's asset, kept while
// no file changes and read again when one does — an edit, a new file, a removed one, a file
// replaced by another of the same size — so that a reload always gets what is on disk.
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unpackDataFiles } from '../../src/core/data/packed';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { generateCommand } from '../../src/cli/generate';
import { BLOB_DATA_BYTES, ServedData } from '../../src/node/vite-plugin-graph-data';
import { ROOT } from '../support/serve-build';

let folder: string;

beforeEach(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'entente-served-')), 'graph-data');
  cpSync(join(ROOT, 'tests/fixtures/minimal'), folder, { recursive: true });
});

afterEach(() => rmSync(join(folder, '..'), { recursive: true, force: true }));

/** The files an answer holds, by path. */
function filesOf(body: Buffer): Map<string, string> {
  const unpacked = unpackDataFiles(body.toString('utf8'));
  if (!unpacked.ok) throw new Error(unpacked.message);
  return new Map(unpacked.files.map((file) => [file.path, file.text]));
}

describe('ServedData', () => {
  it('answers every JSON file of the folder but the schemas, as the build packs them', () => {
    const expected = readGraphDataFolder(folder).filter((f) => !f.path.startsWith('schema/'));
    const files = filesOf(new ServedData(folder).body());
    expect([...files.keys()].sort()).toEqual(expected.map((f) => f.path).sort());
    for (const file of expected) expect(files.get(file.path)).toBe(file.text);
  });

  it('keeps the answer while nothing changes', () => {
    const data = new ServedData(folder);
    const first = data.body();
    expect(data.body()).toBe(first);
  });

  it('reads the folder again after an edit, a new file and a removed one', () => {
    const data = new ServedData(folder);
    const actors = join(folder, 'actors.json');
    const original = readFileSync(actors, 'utf8');
    expect(filesOf(data.body()).get('actors.json')).toContain('"Northland"');

    writeFileSync(actors, original.replace('"Northland"', '"Nordland"'));
    expect(filesOf(data.body()).get('actors.json')).toContain('"Nordland"');

    writeFileSync(join(folder, 'relations', 'more.json'), '{ "relations": [] }');
    expect(filesOf(data.body()).get('relations/more.json')).toBe('{ "relations": [] }');

    rmSync(join(folder, 'relations', 'more.json'));
    expect(filesOf(data.body()).has('relations/more.json')).toBe(false);
  });

  it('sees a file replaced by another of the same size and time', () => {
    const data = new ServedData(folder);
    const actors = join(folder, 'actors.json');
    const original = readFileSync(actors, 'utf8');
    const time = new Date(Math.floor(Date.now() / 1000 - 60) * 1000);
    utimesSync(actors, time, time);
    expect(filesOf(data.body()).get('actors.json')).toContain('"Northland"');
    // The same length, written elsewhere and renamed over the file with its times: only the
    // inode tells them apart.
    const swapped = original.replace('"Northland"', '"Northlann"');
    expect(swapped.length).toBe(original.length);
    const other = join(folder, 'actors.json.new');
    writeFileSync(other, swapped);
    utimesSync(other, time, time);
    renameSync(other, actors);
    expect(filesOf(data.body()).get('actors.json')).toContain('"Northlann"');
  });

  it('throws, naming the folder, when it cannot be read', () => {
    rmSync(folder, { recursive: true });
    expect(() => new ServedData(folder).body()).toThrow(folder);
  });
});

describe("ServedData's first picture", () => {
  /** A picturer that says which files it was given, and counts its calls. */
  function fakePicturer() {
    const calls: string[][] = [];
    let made = 0;
    const make = async () => {
      made++;
      return async (files: readonly { path: string; text: string }[]) => {
        calls.push(files.map((f) => f.path).sort());
        return {
          svg: `<svg>${files.length}</svg>`,
          tall: `<svg>tall ${files.length}</svg>`,
          links: [''],
        };
      };
    };
    return { make, calls, made: () => made };
  }

  it('is none for a small folder, whose picturer is never made', async () => {
    const fake = fakePicturer();
    const data = new ServedData(folder, fake.make);
    expect(await data.picture()).toBeNull();
    expect(fake.made()).toBe(0);
  });

  it("is worked out once for each version of a large folder, from that version's files", async () => {
    // Large enough to be taken as a Blob (BLOB_DATA_BYTES), as the page takes it.
    const large = join(folder, '..', 'large');
    generateCommand(
      ['--actors', '40', '--relations', '6000', '--seed', '2', '--out', large],
      () => undefined,
    );
    const fake = fakePicturer();
    const data = new ServedData(large, fake.make);
    expect(data.body().length).toBeGreaterThanOrEqual(BLOB_DATA_BYTES);
    const expected = readGraphDataFolder(large)
      .filter((f) => !f.path.startsWith('schema/'))
      .map((f) => f.path)
      .sort();
    const first = await data.picture();
    expect(first?.svg).toBe(`<svg>${expected.length}</svg>`);
    expect(await data.picture()).toBe(first);
    expect(fake.calls).toEqual([expected]);

    writeFileSync(join(large, 'relations', 'more.json'), '{ "relations": [] }');
    expect((await data.picture())?.svg).toBe(`<svg>${expected.length + 1}</svg>`);
    expect(fake.calls).toHaveLength(2);
    expect(fake.calls[1]).toContain('relations/more.json');
    // One picturer for the server's life.
    expect(fake.made()).toBe(1);
  });

  it('rejects when the folder cannot be read', async () => {
    const data = new ServedData(join(folder, 'no-such-folder'), fakePicturer().make);
    await expect(data.picture()).rejects.toThrow();
  });
});
