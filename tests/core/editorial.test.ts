import { describe, expect, it } from 'vitest';
import { repeatHash } from '../../src/core/data/editorial';
import { formatError } from '../../src/core/data/errors';
import { loadDataset } from '../../src/core/data/load';
import type { Relation } from '../../src/core/data/schema';
import { actor, folder, relation, relationType, view } from '../builders';

function warnings(parts: Parameters<typeof folder>[0]): string[] {
  const result = loadDataset(folder(parts));
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return (result.warnings ?? []).map(formatError);
}

const late = view({ id: 'late', start: '2022', end: '2022' });

describe('editorialWarnings', () => {
  it('warns about an open-ended cooperative state more than 30 years old with no confirmation', () => {
    expect(warnings({ relations: [relation({ start: '1955' })], views: [late] })).toEqual([
      expect.stringMatching(
        /^relations\/all\.json#north-south-1955-pact: end is missing on a cooperative state that began more than 30 years/,
      ),
    ]);
  });

  it('accepts the same state when it has an end, a confirmation, or is recent or hostile', () => {
    const rivalry = relationType({ id: 'rivalry', valence: -6 });
    expect(
      warnings({
        relationTypes: [relationType(), rivalry],
        relations: [
          relation({ id: 'a', start: '1955', end: '1970' }),
          relation({ id: 'b', start: '1956', confirmed: '2021-05' }),
          relation({ id: 'c', start: '1995' }),
          relation({ id: 'd', type: 'rivalry', start: '1957' }),
        ],
        views: [late],
      }),
    ).toEqual([]);
  });

  it('warns about two records of one pair with the same type and start, in either direction', () => {
    expect(
      warnings({
        relations: [
          relation({ id: 'a', end: '1960' }),
          relation({ id: 'b', source: 'south', target: 'north', end: '1961' }),
        ],
      }),
    ).toEqual([
      'relations/all.json#b: start repeats a: the same pair, type (alliance) and start (1955)',
    ]);
  });

  it('tells apart two keys that share a hash, and finds the first record of each', () => {
    // Two starts whose keys (with the same pair and type) share repeatHash's 30 bits.
    const [x, y] = ['1029-03-16', '1188-06-18'];
    const key = (start: string) =>
      repeatHash({ source: 'north', target: 'south', type: 'alliance', start } as Relation);
    expect(key(x)).toBe(key(y));
    expect(
      warnings({
        relations: [
          relation({ id: 'a', start: x, end: '1030' }),
          relation({ id: 'b', start: y, end: '1190' }),
          relation({ id: 'c', source: 'south', target: 'north', start: y, end: '1191' }),
          relation({ id: 'd', start: x, end: '1031' }),
        ],
      }),
    ).toEqual([
      `relations/all.json#c: start repeats b: the same pair, type (alliance) and start (${y})`,
      `relations/all.json#d: start repeats a: the same pair, type (alliance) and start (${x})`,
    ]);
  });

  it('warns about a high-confidence record whose sources are all of kind other', () => {
    const weak = [{ title: 'A blog', url: 'https://blog.example.org/x', kind: 'other' }];
    expect(
      warnings({
        relations: [
          relation({ id: 'a', end: '1960', sources: weak }),
          relation({ id: 'b', start: '1961', end: '1962', sources: weak, confidence: 'low' }),
          relation({
            id: 'c',
            start: '1963',
            end: '1964',
            sources: [...weak, { title: 'Treaty', url: 'https://example.org/t', kind: 'primary' }],
          }),
        ],
      }),
    ).toEqual([
      'relations/all.json#a: confidence is high but every source is of kind "other": cite a primary, scholarly, reference or press source, or lower the confidence',
    ]);
  });

  it('refuses a confirmation on a state that has ended, or before the start', () => {
    const result = loadDataset(
      folder({
        actors: [actor(), actor({ id: 'south' })],
        relations: [
          relation({ id: 'a', end: '1960', confirmed: '1959' }),
          relation({ id: 'b', start: '1961', confirmed: '1950' }),
        ],
      }),
    );
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([
      'relations/all.json#a: confirmed belongs only on a state without end (it says the state still held on that date)',
      'relations/all.json#b: confirmed 1950 is before start 1961',
    ]);
  });
});
