import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../src/core/data/json-schema';
import { SHIPPED_DATA } from '../../src/node/paths';

const SCHEMA_DIR = join(SHIPPED_DATA, 'schema');

describe('graph-data/schema', () => {
  it('holds exactly the files generated from src/core/data/schema.ts (run `npm run schema` after a change)', () => {
    const generated = jsonSchemaFiles();
    expect(readdirSync(SCHEMA_DIR).sort()).toEqual(Object.keys(generated).sort());
    for (const [name, text] of Object.entries(generated)) {
      expect(readFileSync(join(SCHEMA_DIR, name), 'utf8'), `${name} is stale`).toBe(text);
    }
  });

  it('forbids unknown keys and requires the contract fields of a relation', () => {
    const schema = JSON.parse(jsonSchemaFiles()['relations.schema.json'] ?? '{}');
    const item = schema.properties.relations.items;
    expect(item.additionalProperties).toBe(false);
    expect(item.required).toEqual(
      expect.arrayContaining([
        'id',
        'type',
        'source',
        'target',
        'start',
        'title',
        'summary',
        'sources',
      ]),
    );
    expect(item.properties.weight).toMatchObject({ exclusiveMinimum: 0, maximum: 1 });
  });
});
