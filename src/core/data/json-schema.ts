// JSON Schema files generated from the one schema, so editors validate graph-data as you type.
import { z } from 'zod';
import { FILE_KINDS, fileSchema, type FileKind } from './schema';

const TITLES: Record<FileKind, string> = {
  actors: 'Entente graph-data: actors.json',
  relationTypes: 'Entente graph-data: relation-types.json',
  relations: 'Entente graph-data: relations/*.json',
  views: 'Entente graph-data: views.json',
};

/** File name → file text, exactly as committed in graph-data/schema/. */
export function jsonSchemaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const kind of Object.keys(FILE_KINDS) as FileKind[]) {
    const schema = z.toJSONSchema(fileSchema(kind), { io: 'input' });
    const withTitle = { $schema: schema.$schema, title: TITLES[kind], ...schema };
    files[FILE_KINDS[kind].schemaFile] = `${JSON.stringify(withTitle, null, 2)}\n`;
  }
  return files;
}
