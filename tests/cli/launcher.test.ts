// bin/entente.mjs runs the command line from a bundle made ahead of time: it must rebuild whenever
// a source changes (never run a stale build), and the bundle must print what the source prints.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuild, fingerprint, freshEntry } from '../../bin/cli-build.mjs';
import { analyzeCommand } from '../../src/cli/analyze';
import { validateCommand } from '../../src/cli/validate';
import { REPO_ROOT } from '../../src/node/paths';
import { bufferedPrinter, printLine } from '../../src/node/stdout';

const run = promisify(execFile);
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project of one source file, src/cli/main.ts, whose runCommand answers `version`. */
function project(version: string): string {
  const root = mkdtempSync(join(tmpdir(), 'entente-launcher-'));
  made.push(root);
  mkdirSync(join(root, 'src/cli'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  writeMain(root, version);
  return root;
}

function writeMain(root: string, version: string): void {
  writeFileSync(
    join(root, 'src/cli/main.ts'),
    `export async function runCommand(): Promise<string> { return ${JSON.stringify(version)}; }\n`,
  );
}

async function answer(entry: string): Promise<string> {
  const built = (await import(pathToFileURL(entry).href)) as {
    runCommand: () => Promise<string>;
  };
  return built.runCommand();
}

/** Builds (or reuses) the project's bundle; says what it answers and whether it was rebuilt. */
async function launch(root: string): Promise<{ entry: string; built: boolean; says: string }> {
  const notes: string[] = [];
  const entry = await ensureBuild({ root, note: (line) => notes.push(line) });
  expect(notes.length).toBeLessThanOrEqual(1);
  return { entry, built: notes.length === 1, says: await answer(entry) };
}

describe('the command-line launcher', () => {
  it('builds when there is no build, and reuses it while the sources are unchanged', async () => {
    const root = project('v1');
    expect(freshEntry(root)).toBeUndefined();
    const first = await launch(root);
    expect(first).toMatchObject({ built: true, says: 'v1' });
    expect(freshEntry(root)).toBe(first.entry);
    const second = await launch(root);
    expect(second).toEqual({ ...first, built: false });
  }, 60_000);

  it('rebuilds when a source is newer than the build, and runs the new code', async () => {
    const root = project('v1');
    const before = await launch(root);
    writeMain(root, 'v2');
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(root, 'src/cli/main.ts'), later, later);
    expect(freshEntry(root)).toBeUndefined();
    const after = await launch(root);
    expect(after.built).toBe(true);
    expect(after.entry).not.toBe(before.entry);
    expect(after.says).toBe('v2');
  }, 60_000);

  it('counts an added file, a removed file and an edit of package.json as changes', () => {
    const root = project('v1');
    const base = fingerprint(root);
    writeFileSync(join(root, 'src/cli/extra.ts'), 'export {};\n');
    const added = fingerprint(root);
    expect(added).not.toBe(base);
    rmSync(join(root, 'src/cli/extra.ts'));
    expect(fingerprint(root)).toBe(base);
    writeFileSync(join(root, 'package.json'), '{ "type": "module", "x": 1 }\n');
    expect(fingerprint(root)).not.toBe(base);
  });
});

/** stdout, stderr and exit code of `node bin/entente.mjs …` in the repository. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [join(REPO_ROOT, 'bin/entente.mjs'), ...args], {
      cwd: REPO_ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** What a command's function prints through printLine, as the text a process would write. */
function expected(
  command: typeof validateCommand,
  args: readonly string[],
): { code: number; text: string } {
  const { print, flush } = bufferedPrinter((text) => chunks.push(text));
  const chunks: string[] = [];
  const code = command(args, print);
  flush();
  return { code, text: chunks.join('') };
}

describe('the built command line', () => {
  it('builds before its first run and then runs without building', async () => {
    await ensureBuild({ root: REPO_ROOT });
    const { code, stderr } = await cli(['validate', 'tests/fixtures/minimal']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  }, 120_000);

  const COMMANDS = { validate: validateCommand, analyze: analyzeCommand } as const;

  it.each([
    ['validate', '--strict'],
    ['validate', 'tests/fixtures/four-errors'],
    ['validate', 'tests/fixtures/warnings'],
    ['validate', '--strikt'],
    ['analyze', '--compare', 'cold-war', '2022'],
    ['analyze', '--view', '2022', '--json'],
    ['analyze', '--series', '1990', '1995'],
    ['analyze', '--view', 'early', '--data', 'tests/fixtures/four-errors'],
    ['analyze', '--view', 'nope'],
  ] as const)(
    'prints what the source prints: %s %s',
    async (name, ...args) => {
      const want = expected(COMMANDS[name], args);
      expect(want.text.length).toBeGreaterThan(0);
      expect(await cli([name, ...args])).toEqual({
        code: want.code,
        stdout: want.text,
        stderr: '',
      });
    },
    120_000,
  );

  it('names an unknown command in one line and exits 2', async () => {
    expect(await cli(['analyse'])).toEqual({
      code: 2,
      stdout:
        'entente: unknown command "analyse" (commands: validate, analyze, export, generate, schema)\n',
      stderr: '',
    });
  }, 120_000);
});

describe('bufferedPrinter', () => {
  it('writes what printLine writes, line for line, in a few large writes', () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => `line ${i} \u001b[32m — é`);
    const writes: string[] = [];
    const { print, flush } = bufferedPrinter((text) => writes.push(text));
    const logged: string[] = [];
    const log = console.log;
    console.log = (text: string) => logged.push(`${text}\n`);
    try {
      for (const line of lines) {
        print(line);
        printLine(line);
      }
    } finally {
      console.log = log;
    }
    flush();
    expect(writes.join('')).toBe(logged.join(''));
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThan(10);
  });
});
