// What the commands print from data reaches a terminal: its control characters must not. An ANSI
// escape in an id (ESC[32m) used to colour the rest of the line green and could fake a line.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/node/paths';
import { terminalSafe } from '../../src/node/stdout';

const run = promisify(execFile);
const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');
const MINIMAL = join(REPO_ROOT, 'tests/fixtures/minimal');
const ESC = '\u001b';
const FAKE = `${ESC}[32m✓ all good${ESC}[0m`;

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the minimal fixture with one file's text changed. */
function fixtureWith(path: string, change: (text: string) => string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'entente-out-')), 'data');
  made.push(dir);
  cpSync(MINIMAL, dir, { recursive: true });
  writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8')));
  return dir;
}

/** stdout and stderr of a command run as a process, whatever its exit code. */
async function cli(command: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [join(REPO_ROOT, `src/cli/${command}.ts`), ...args], {
      cwd: REPO_ROOT,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

// Any control character but the newlines between lines.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('terminalSafe', () => {
  it('writes C0, DEL and C1 controls as \\u escapes and keeps every other character', () => {
    expect(terminalSafe(`${FAKE} \u007f\u0085\u009b31m\n\t\u0000`)).toBe(
      '\\u001b[32m✓ all good\\u001b[0m \\u007f\\u0085\\u009b31m\\u000a\\u0009\\u0000',
    );
    expect(terminalSafe('Pakistan — “Soviet Union” 😀 é')).toBe('Pakistan — “Soviet Union” 😀 é');
  });
});

describe('what the commands print', () => {
  it(
    'validate shows an id holding ESC[32m escaped, not as colour',
    { timeout: 30_000 },
    async () => {
      const dir = fixtureWith('relations/north-south.json', (t) =>
        t.replace('"north-south-1955-pact"', JSON.stringify(FAKE)),
      );
      const { code, output } = await cli('validate', [dir]);
      expect(code).toBe(1);
      expect(output).not.toMatch(CONTROL);
      expect(output).toContain(
        '#\\u001b[32m✓ all good\\u001b[0m: id must be a lower-case slug (a-z, 0-9 and single hyphens)',
      );
    },
  );

  it(
    'analyze escapes control characters in names, and its JSON still reads back',
    {
      timeout: 30_000,
    },
    async () => {
      // A C1 control (CSI, U+009B) and DEL validate (XML holds them) and reach the report.
      const name = 'North\u009b32mland\u007f';
      const dir = fixtureWith('actors.json', (t) => t.replace('"Northland"', JSON.stringify(name)));
      const text = await cli('analyze', ['--data', dir, '--view', 'early']);
      expect(text.code).toBe(0);
      expect(text.output).not.toMatch(CONTROL);
      expect(text.output).toContain('North\\u009b32mland\\u007f');
      const json = await cli('analyze', ['--data', dir, '--view', 'early', '--json']);
      expect(json.output).not.toMatch(CONTROL);
      const report = JSON.parse(json.output) as { actors: { id: string; name: string }[] };
      expect(report.actors.find((a) => a.id === 'north')?.name).toBe(name);
    },
  );

  it('export escapes the errors of the data it refuses', { timeout: 30_000 }, async () => {
    const dir = fixtureWith('relations/north-south.json', (t) =>
      t.replace('"target": "south"', `"target": ${JSON.stringify(`south${ESC}[2K`)}`),
    );
    const { code, output } = await cli('export', [
      '--data',
      dir,
      '--format',
      'gexf',
      '--out',
      join(dir, 'x.gexf'),
    ]);
    expect(code).toBe(1);
    expect(output).not.toMatch(CONTROL);
    expect(output).toContain('target "south\\u001b[2K" is not an actor in actors.json');
  });
});
