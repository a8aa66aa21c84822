#!/usr/bin/env node
// `node bin/entente.mjs COMMAND [ARGS]` (what `npm run validate`, `analyze`, `export`, `generate`
// and `schema` call): runs the command from the prebuilt bundle in .cli-build/, building it first
// (one line on stderr) whenever a file it is made from has changed since. See cli-build.mjs.
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuild } from './cli-build.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const [command = '', ...args] = process.argv.slice(2);

try {
  const entry = await ensureBuild({ root, note: (line) => console.error(line) });
  const { runCommand } = await import(pathToFileURL(entry).href);
  process.exitCode = await runCommand(command, args);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
