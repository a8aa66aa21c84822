// `npm run schema`: regenerates graph-data/schema/*.schema.json from src/core/data/schema.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jsonSchemaFiles } from '../core/data/json-schema';
import { SHIPPED_DATA } from '../node/paths';
import { printLine } from '../node/stdout';

export function writeSchemaCommand(out: (line: string) => void): number {
  const dir = join(SHIPPED_DATA, 'schema');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(jsonSchemaFiles())) {
    writeFileSync(join(dir, name), text);
    out(`wrote ${join('graph-data', 'schema', name)}`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = writeSchemaCommand(printLine);
}
