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
import { ServedData } from '../../src/node/vite-plugin-graph-data';
import { ROOT } from '../support/serve-build';

let folder: string;

beforeEach(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'entente-served-')), 'graph-data');
  cpSync(join(ROOT, 'tests/fixtures/minimal'), folder, { recursive: true });
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

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
