// Imports and folders of 150,000 records in one file: they used to overflow the stack. In a file
// of their own, so that Vitest runs these few slow tests beside the rest.
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/core/data/errors';
import { importData, type ImportFile } from '../../src/core/exchange/import/import';
import { loadDataset } from '../../src/core/data/load';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';
import { folder } from '../builders';

const shipped = loadDataset(readGraphDataFolder(SHIPPED_DATA));
if (!shipped.ok) throw new Error('invalid shipped data');
const vocabulary = { relationTypes: shipped.dataset.relationTypes };
const file = (name: string, text: string): ImportFile => ({
  name,
  bytes: new TextEncoder().encode(text),
});

describe('importData at scale', () => {
  // Records in one file used to end in "Maximum call stack size exceeded" (records.push(...many)
  // puts every record on the stack): from about 70,000 in the page's worker, 125,000 in Node 20
  // here. 150,000 fail in Node too without the fix. The texts are built in memory.
  const N = 150_000;
  const actors = [
    { id: 'nor', name: 'Northland', kind: 'state' },
    { id: 'sou', name: 'Southland', kind: 'state' },
  ];
  const relationOf = (i: number, id = `r${i}`) => ({
    id,
    type: 'diplomatic-visit',
    source: i % 2 ? 'nor' : 'sou',
    target: i % 2 ? 'sou' : 'nor',
    start: String(1900 + (i % 120)),
    title: `Visit ${i}`,
    summary: 'A fictional visit.',
    sources: [{ title: 'Example', url: `https://example.org/${i}` }],
  });

  it('reads a JSON bundle of 150,000 relations', { timeout: 60_000 }, () => {
    const relations = Array.from({ length: N }, (_, i) => relationOf(i));
    const result = importData(
      [file('big.json', JSON.stringify({ actors, relations }))],
      vocabulary,
    );
    if (!result.ok) throw new Error(result.errors.slice(0, 3).map(formatError).join('\n'));
    expect(result.dataset.relations).toHaveLength(N);
  });

  it('reads a CSV of 150,000 relations', { timeout: 60_000 }, () => {
    const rows = ['id,type,source,target,start,title,summary,sources'];
    for (let i = 0; i < N; i++) {
      const r = relationOf(i);
      rows.push(
        `${r.id},${r.type},${r.source},${r.target},${r.start},${r.title},${r.summary},${r.sources[0]!.url}`,
      );
    }
    const result = importData([file('big.csv', rows.join('\n'))], vocabulary);
    if (!result.ok) throw new Error(result.errors.slice(0, 3).map(formatError).join('\n'));
    expect(result.dataset.relations).toHaveLength(N);
    expect(result.dataset.actors.map((a) => a.id)).toEqual(['sou', 'nor']);
  });

  it(
    'lists all 149,999 errors of a graph-data folder whose one file holds 150,000 relations of one id',
    { timeout: 60_000 },
    () => {
      const relations = Array.from({ length: N }, (_, i) => relationOf(i, 'same'));
      const files = [
        { path: 'actors.json', text: JSON.stringify({ actors }) },
        { path: 'relation-types.json', text: JSON.stringify(vocabulary) },
        folder().find((f) => f.path === 'views.json')!,
        { path: 'relations/all.json', text: JSON.stringify({ relations }) },
      ];
      const result = loadDataset(files);
      const errors = result.ok ? [] : result.errors;
      expect(errors).toHaveLength(N - 1);
      expect(formatError(errors[0]!)).toBe(
        'relations/all.json#same: id "same" is already used earlier in this file',
      );
    },
  );
});
