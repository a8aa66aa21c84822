import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/core/data/errors';
import { loadDataset, type DataFile } from '../../src/core/data/load';
import { actor, folder, relation, relationType, view } from '../builders';

function errorsOf(files: DataFile[]): string[] {
  const result = loadDataset(files);
  if (result.ok) throw new Error('Expected the folder to be invalid, but it loaded');
  return result.errors.map(formatError);
}

describe('loadDataset', () => {
  it('loads a valid folder into a frozen data set with lookups by id', () => {
    const result = loadDataset(folder());
    if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
    const { dataset } = result;
    expect(dataset.actors.map((a) => a.id)).toEqual(['north', 'south']);
    expect(dataset.relations).toHaveLength(1);
    expect(dataset.actorById.south?.name).toBe('Southland');
    expect(dataset.typeById.alliance?.valence).toBe(8.5);
    expect(dataset.viewById.early?.label).toBe('Early');
    expect(Object.isFrozen(dataset)).toBe(true);
    expect(Object.isFrozen(dataset.relations[0])).toBe(true);
    expect(Object.isFrozen(dataset.relations[0]?.sources[0])).toBe(true);
    expect(() => {
      (dataset.relations as unknown[]).push({});
    }).toThrow();
  });

  it('finds nothing for ids that are Object.prototype keys', () => {
    const result = loadDataset(folder());
    if (!result.ok) throw new Error('Expected a valid folder');
    expect(result.dataset.actorById.constructor).toBeUndefined();
    expect(result.dataset.typeById.toString).toBeUndefined();
  });

  it('accepts a "$schema" key and ignores schema/ and non-JSON files', () => {
    const files = folder();
    files[0] = {
      path: 'actors.json',
      text: JSON.stringify({
        $schema: './schema/a.json',
        actors: [actor(), actor({ id: 'south', name: 'S' })],
      }),
    };
    files.push(
      { path: 'schema/actors.schema.json', text: 'not even JSON' },
      { path: 'README.md', text: '# hi' },
    );
    expect(loadDataset(files).ok).toBe(true);
  });

  it.each<[string, DataFile[], string]>([
    [
      'an unknown key',
      folder({ relations: [relation({ titel: 'typo' })] }),
      'relations/all.json#north-south-1955-pact: titel is not a field of the format (unknown keys are errors, to catch typos)',
    ],
    [
      'a missing field',
      folder({ relations: [relation({ summary: undefined })] }),
      'relations/all.json#north-south-1955-pact: summary is required',
    ],
    [
      'a field of the wrong type',
      folder({ relationTypes: [relationType({ directed: 'yes' })] }),
      'relation-types.json#alliance: directed must be true or false, got "yes"',
    ],
    [
      'a duplicate id across files',
      folder({ relations: { 'relations/a.json': [relation()], 'relations/b.json': [relation()] } }),
      'relations/b.json#north-south-1955-pact: id "north-south-1955-pact" is already used in relations/a.json',
    ],
    [
      'an unknown actor',
      folder({ relations: [relation({ target: 'atlantis' })] }),
      'relations/all.json#north-south-1955-pact: target "atlantis" is not an actor in actors.json',
    ],
    [
      'an unknown relation type',
      folder({ relations: [relation({ type: 'allianse' })] }),
      'relations/all.json#north-south-1955-pact: type "allianse" is not a relation type in relation-types.json',
    ],
    [
      'an impossible date',
      folder({ relations: [relation({ start: '2022-02-30' })] }),
      'relations/all.json#north-south-1955-pact: start 2022-02-30 is not a calendar day',
    ],
    [
      'a malformed date',
      folder({ relations: [relation({ end: '23 Feb 2022' })] }),
      'relations/all.json#north-south-1955-pact: end "23 Feb 2022" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      'an end before its start',
      folder({ relations: [relation({ start: '2022-02-23', end: '2022-02-22' })] }),
      'relations/all.json#north-south-1955-pact: end 2022-02-22 is before start 2022-02-23',
    ],
    [
      'a relation before an actor existed',
      folder({
        actors: [actor(), actor({ id: 'south', name: 'S', exists: { from: '1956-03-23' } })],
      }),
      'relations/all.json#north-south-1955-pact: start 1955 is before south existed (from 1956-03-23)',
    ],
    [
      'a relation after an actor ceased to exist',
      folder({
        actors: [actor(), actor({ id: 'south', name: 'S', exists: { until: '1950' } })],
        relations: [relation({ end: '1960' })],
      }),
      'relations/all.json#north-south-1955-pact: start 1955 is after south ceased to exist (until 1950)',
    ],
    [
      'a state still in force after an actor ceased to exist',
      folder({ actors: [actor(), actor({ id: 'south', name: 'S', exists: { until: '1960' } })] }),
      'relations/all.json#north-south-1955-pact: end is required: without it the relation is still in force, but south ceased to exist (until 1960)',
    ],
    [
      'a relation of an actor with itself',
      folder({ relations: [relation({ target: 'north' })] }),
      'relations/all.json#north-south-1955-pact: target is the same actor as source (north): a relation joins two different actors',
    ],
    [
      'a view whose end is before its start',
      folder({ views: [view({ start: '1990', end: '1980' })] }),
      'views.json#early: end 1980 is before start 1990',
    ],
    [
      'a source URL that is not http(s)',
      folder({ relations: [relation({ sources: [{ title: 'x', url: 'javascript:alert(1)' }] })] }),
      'relations/all.json#north-south-1955-pact: sources[0].url must be an http or https URL, got "javascript:alert(1)"',
    ],
    [
      'a relation without sources',
      folder({ relations: [relation({ sources: [] })] }),
      'relations/all.json#north-south-1955-pact: sources must cite at least one source',
    ],
    [
      'a valence out of range',
      folder({ relationTypes: [relationType({ valence: 12 })] }),
      'relation-types.json#alliance: valence must be a number in [-10, 10], got 12',
    ],
    [
      'a weight of zero',
      folder({ relations: [relation({ weight: 0 })] }),
      'relations/all.json#north-south-1955-pact: weight must be a number in (0, 1], got 0',
    ],
    [
      'a latitude out of range',
      folder({
        actors: [actor({ location: { lat: 91, lon: 0 } }), actor({ id: 'south', name: 'S' })],
      }),
      'actors.json#north: location.lat must be at most 90',
    ],
    [
      'a record without a usable id',
      folder({ relations: [relation({ id: 42 })] }),
      'relations/all.json#relations[0]: id must be a relation id, unique across all files, got 42',
    ],
    [
      'a file outside the format',
      [...folder(), { path: 'relation/typo.json', text: '{}' }],
      'relation/typo.json: is not a graph-data file (expected actors.json, relation-types.json, views.json or relations/*.json)',
    ],
    [
      'a missing required file',
      folder().filter((f) => f.path !== 'views.json'),
      'views.json: is missing: every graph-data folder has one',
    ],
    [
      'a file of the wrong shape',
      [...folder(), { path: 'relations/x.json', text: '[]' }],
      'relations/x.json: must hold an object { "relations": [...] }, got an array',
    ],
    [
      'a file whose records are not an array',
      [...folder(), { path: 'relations/x.json', text: '{"relations": {}}' }],
      'relations/x.json: relations must be an array, got an object',
    ],
    [
      'an unknown top-level key',
      [...folder(), { path: 'relations/x.json', text: '{"relations": [], "relation": []}' }],
      'relations/x.json: relation is not a key of this file (expected "relations" and optionally "$schema")',
    ],
    [
      'a JSON syntax error',
      [
        ...folder(),
        { path: 'relations/x.json', text: '{\n  "relations": [\n    {"id": "a",}\n  ]\n}' },
      ],
      'relations/x.json:3:15: JSON syntax error: trailing comma before "}"',
    ],
  ])('reports %s with file, record and field', (_name, files, expected) => {
    expect(errorsOf(files)).toContain(expected);
  });

  it('accepts a partial start in the year an actor came to exist', () => {
    const files = folder({
      actors: [actor(), actor({ id: 'south', name: 'S', exists: { from: '1955-08-14' } })],
      relations: [relation({ start: '1955' })],
    });
    expect(loadDataset(files).ok).toBe(true);
  });

  it('reports every error at once, across files, grouped by file', () => {
    const errors = errorsOf(
      folder({
        relations: {
          'relations/a.json': [
            relation({ start: '1960', end: '1959' }),
            relation({ id: 'b-rel', target: 'nowhere', weight: 2 }),
          ],
          'relations/b.json': [relation({ id: 'b-rel' })],
        },
        views: [view({ end: '1940' })],
      }),
    );
    expect(errors).toEqual([
      'relations/a.json#b-rel: weight must be a number in (0, 1], got 2',
      'relations/a.json#north-south-1955-pact: end 1959 is before start 1960',
      'relations/b.json#b-rel: id "b-rel" is already used in relations/a.json',
      'views.json#early: end 1940 is before start 1950',
    ]);
  });
});
