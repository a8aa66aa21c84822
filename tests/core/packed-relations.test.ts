// The page's own reading of the shipped relations (core/data/packed-relations.ts) and the
// loader's word on when it is exact (records.ts, `relationsAsParsed`): the page uses its reading
// only then, so the two must give the same relations, in the same order, or the loader must say no.
import { describe, expect, it } from 'vitest';
import { loadDataset, type DataFile } from '../../src/core/data/load';
import { relationsOfFiles } from '../../src/core/data/packed-relations';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';
import { generate } from '../../src/cli/generate';
import { folder, relation } from '../builders';

/** A folder of two relation files, given out of order, with files the loader skips. */
function scattered(relations: Record<string, Record<string, unknown>[]>): DataFile[] {
  const files = folder({ relations });
  return [
    { path: 'README.md', text: 'not JSON at all' },
    { path: 'schema/relation.schema.json', text: '{"$id":"x"}' },
    ...files.reverse(),
  ];
}

const north = (id: string, start: string) => relation({ id, start });

describe('the relations read on the page', () => {
  it('are the loaded relations exactly, files by path and records in order, when the loader says so', async () => {
    const files = scattered({
      './relations/b.json': [north('b-one', '1960'), north('b-two', '1956')],
      'relations/a.json': [north('a-one', '1958'), north('a-two', '1955')],
    });
    const loaded = loadDataset(files);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.relationsAsParsed).toBe(true);
    const own = await relationsOfFiles(files);
    expect(own).toEqual(loaded.dataset.relations);
    expect(own?.map((r) => (r as { id: string }).id)).toEqual(['a-one', 'a-two', 'b-one', 'b-two']);
    // Frozen as they are read, to the sources inside, as the data set they join is.
    const first = own?.[0] as { sources: object[] };
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.sources)).toBe(true);
    expect(Object.isFrozen(first.sources[0])).toBe(true);
  });

  it('are the relations of generated data at scale exactly, key order included', async () => {
    const shipped = loadDataset(readGraphDataFolder(SHIPPED_DATA));
    if (!shipped.ok) throw new Error('Expected the shipped data to load');
    const { actors, relations, views } = generate(
      { actors: 30, relations: 3000, seed: 5 },
      shipped.dataset.relationTypes,
    );
    const half = relations.length / 2;
    const files = [
      { path: 'views.json', text: JSON.stringify({ views }) },
      { path: 'relations/2.json', text: JSON.stringify({ relations: relations.slice(half) }) },
      { path: 'relations/1.json', text: JSON.stringify({ relations: relations.slice(0, half) }) },
      { path: 'actors.json', text: JSON.stringify({ actors }) },
      {
        path: 'relation-types.json',
        text: JSON.stringify({ relationTypes: shipped.dataset.relationTypes }),
      },
    ];
    const loaded = loadDataset(files);
    if (!loaded.ok) throw new Error('Expected the generated data to load');
    expect(loaded.relationsAsParsed).toBe(true);
    expect(JSON.stringify(await relationsOfFiles(files))).toBe(
      JSON.stringify(loaded.dataset.relations),
    );
  });

  it("are the shipped data set's relations in value; where keys were reordered the loader says so", async () => {
    const files = readGraphDataFolder(SHIPPED_DATA);
    const loaded = loadDataset(files);
    if (!loaded.ok) throw new Error('Expected the shipped data to load');
    const own = await relationsOfFiles(files);
    expect(own).toEqual(loaded.dataset.relations);
    // Hand-written records put `confirmed` beside `start`: the page then takes the worker's.
    expect(loaded.relationsAsParsed).toBe(
      JSON.stringify(own) === JSON.stringify(loaded.dataset.relations),
    );
  });

  it('skip a byte-order mark, as the loader does', async () => {
    const files = folder({ relations: [north('one', '1955')] }).map((f) =>
      f.path.startsWith('relations/') ? { ...f, text: `\uFEFF${f.text}` } : f,
    );
    const loaded = loadDataset(files);
    if (!loaded.ok) throw new Error('Expected the files to load');
    expect(await relationsOfFiles(files)).toEqual(loaded.dataset.relations);
  });

  it('are not used when the loader made a relation anew (keys out of the schema order)', async () => {
    // Built by the validation in the schema's key order, so no longer what JSON.parse made.
    const reordered = { type: 'alliance', ...north('late-keys', '1957') };
    const files = folder({ relations: [north('first', '1955'), reordered] });
    const loaded = loadDataset(files);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.relationsAsParsed).toBe(false);
    expect(Object.keys(loaded.dataset.relations[1] ?? {})).not.toEqual(
      Object.keys(((await relationsOfFiles(files))?.[1] ?? {}) as object),
    );
  });

  it('are undefined when a relation file cannot be read as a list of relations', async () => {
    const good = folder();
    const withText = (text: string) => [...good, { path: 'relations/bad.json', text }];
    expect(await relationsOfFiles(withText('{"relations": ['))).toBeUndefined();
    expect(await relationsOfFiles(withText('{"relation": []}'))).toBeUndefined();
    expect(await relationsOfFiles(withText('null'))).toBeUndefined();
    expect(await relationsOfFiles(withText('{"relations": []}'))).toHaveLength(1);
  });
});
