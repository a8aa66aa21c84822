// `npm run schema`: regenerates graph-data/schema/*.schema.json from src/core/data/schema.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../core/data/json-schema';
import { SHIPPED_DATA } from '../node/paths';

const dir = join(SHIPPED_DATA, 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote ${join('graph-data', 'schema', name)}`);
}
