import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/data/schema';
import { findActors, fold } from '../../src/core/data/search';

const actors: Actor[] = [
  {
    id: 'PAK',
    name: 'Pakistan',
    kind: 'state',
    names: [{ name: 'Dominion of Pakistan', until: '1956-03-22' }],
  },
  {
    id: 'RUS',
    name: 'Russia',
    kind: 'state',
    names: [
      { name: 'Soviet Union', until: '1991-12-26' },
      { name: 'Russia', from: '1991-12-27' },
    ],
  },
  { id: 'TUR', name: 'Türkiye', kind: 'state', names: [{ name: 'Turkey', until: '2022-05-31' }] },
];
const ids = (query: string) => findActors(actors, query).map((m) => [m.actor.id, m.matched]);

describe('findActors', () => {
  it('finds an actor by a former name', () => {
    expect(ids('Soviet Union')).toEqual([['RUS', 'Soviet Union']]);
    expect(ids('soviet')).toEqual([['RUS', 'Soviet Union']]);
  });

  it('finds by id, by prefix and inside a name, prefixes first', () => {
    expect(ids('pak')).toEqual([['PAK', 'Pakistan']]);
    expect(ids('RUS')).toEqual([['RUS', 'Russia']]);
    expect(ids('union')).toEqual([['RUS', 'Soviet Union']]);
    expect(ids('tur')).toEqual([['TUR', 'Türkiye']]);
    expect(ids('ki')).toEqual([
      ['PAK', 'Pakistan'],
      ['TUR', 'Türkiye'],
    ]);
  });

  it('ignores case and accents', () => {
    expect(fold('Türkiye')).toBe('turkiye');
    expect(ids('TURKIYE')).toEqual([['TUR', 'Türkiye']]);
  });

  it('finds nothing for an empty or unknown query', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('Atlantis')).toEqual([]);
  });
});
