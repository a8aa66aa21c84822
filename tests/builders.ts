// Small builders for graph-data folders in memory: a valid base that each test bends one way.
import type { DataFile } from '../src/core/data/load';

type Json = Record<string, unknown>;

export function actor(overrides: Json = {}): Json {
  return { id: 'north', name: 'Northland', kind: 'state', ...overrides };
}

export function relationType(overrides: Json = {}): Json {
  return {
    id: 'alliance',
    label: 'Alliance',
    kind: 'state',
    valence: 8.5,
    directed: false,
    description: 'A defence pact in force.',
    ...overrides,
  };
}

export function relation(overrides: Json = {}): Json {
  return {
    id: 'north-south-1955-pact',
    type: 'alliance',
    source: 'north',
    target: 'south',
    start: '1955',
    title: 'Pact',
    summary: 'A fictional pact.',
    sources: [{ title: 'Example', url: 'https://example.org/pact' }],
    ...overrides,
  };
}

export function view(overrides: Json = {}): Json {
  return { id: 'early', label: 'Early', start: '1950', end: '1969', ...overrides };
}

export interface FolderParts {
  actors?: Json[];
  relationTypes?: Json[];
  relations?: Json[] | Record<string, Json[]>;
  views?: Json[];
}

/** The files of a valid folder, with any part replaced. */
export function folder(parts: FolderParts = {}): DataFile[] {
  const relations = parts.relations ?? [relation()];
  const relationFiles = Array.isArray(relations) ? { 'relations/all.json': relations } : relations;
  return [
    {
      path: 'actors.json',
      text: JSON.stringify({
        actors: parts.actors ?? [actor(), actor({ id: 'south', name: 'Southland' })],
      }),
    },
    {
      path: 'relation-types.json',
      text: JSON.stringify({ relationTypes: parts.relationTypes ?? [relationType()] }),
    },
    { path: 'views.json', text: JSON.stringify({ views: parts.views ?? [view()] }) },
    ...Object.entries(relationFiles).map(([path, list]) => ({
      path,
      text: JSON.stringify({ relations: list }, null, 2),
    })),
  ];
}
