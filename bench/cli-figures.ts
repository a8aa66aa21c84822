// The command line timed as a user meets it: whole processes (start-up, reading, validating,
// analysing, printing), wall time, median of a few runs, from the build bin/entente.mjs makes
// (made beforehand, so no run pays for it). The baseline, timed in the same loop, is a Node process
// that only reads every .json file of the folder and JSON.parses it: the floor for any command
// that has to read the data. `npm run` adds its own start-up (about 0.2 s here): shown apart.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuild } from '../bin/cli-build.mjs';
import { REPO_ROOT } from '../src/node/paths';
import { figure, median, type Figure } from './measure';

/** Reads and parses every .json file under the folder given as its argument, nothing more. */
const PARSE_ONLY = `
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json'))
      JSON.parse(readFileSync(full, 'utf8'));
  }
};
walk(process.argv[1]);
`;

/** Wall time of one process in ms; it must exit 0 (its output is discarded, as into /dev/null). */
function wall(command: string, args: readonly string[]): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - started;
  if (result.status !== 0)
    throw new Error(
      `Expected exit 0 from ${command} ${args.join(' ')}, got ${result.status}: ${result.stderr.toString()}`,
    );
  return ms;
}

export async function cliFigures(
  scaleDir: string,
  ratioTarget: number,
  runs = 5,
): Promise<Figure[]> {
  await ensureBuild({ root: REPO_ROOT });
  const entente = join(REPO_ROOT, 'bin/entente.mjs');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const commands = {
    analyze: [process.execPath, [entente, 'analyze', '--data', scaleDir, '--at', '2000']],
    validate: [process.execPath, [entente, 'validate', scaleDir]],
    'npm run analyze': [npm, ['run', '-s', 'analyze', '--', '--data', scaleDir, '--at', '2000']],
    'npm run validate': [npm, ['run', '-s', 'validate', '--', scaleDir]],
  } as const;
  const samples = new Map<string, number[]>([['parse', []]]);
  // Interleaved, so that a busy moment of the machine weighs on every figure alike.
  wall(process.execPath, ['-e', PARSE_ONLY, scaleDir]);
  for (let i = 0; i < runs; i++) {
    samples.get('parse')?.push(wall(process.execPath, ['-e', PARSE_ONLY, scaleDir]));
    for (const [name, [command, args]] of Object.entries(commands)) {
      if (!samples.has(name)) samples.set(name, []);
      samples.get(name)?.push(wall(command, args));
    }
  }
  const parse = median(samples.get('parse') ?? []);
  const baseline = { value: parse, name: 'a node process reading + JSON.parsing the same files' };
  return Object.keys(commands).map((name) =>
    figure(
      `${name} as a process (scale set, median of ${runs})`,
      median(samples.get(name) ?? []),
      'ms',
      baseline,
      name.startsWith('npm') ? null : ratioTarget * parse,
    ),
  );
}
