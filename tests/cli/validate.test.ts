import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/validate';
import { REPO_ROOT } from '../../src/node/paths';

const run = promisify(execFile);
const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');
const CLI = join(REPO_ROOT, 'src/cli/validate.ts');

function validate(args: string[]): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = validateCommand(args, (line) => lines.push(line));
  return { code, lines };
}

describe('npm run validate', () => {
  it('passes the shipped data strictly, with a one-line summary', () => {
    const { code, lines } = validate(['--strict']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^✓ .*graph-data: valid — 6 actors, \d+ relation types, \d+ relations, 2 views$/,
    );
    expect(code).toBe(0);
  });

  it('lists editorial warnings without failing, and fails on them with --strict', () => {
    const plain = validate(['tests/fixtures/warnings']);
    expect(plain.code).toBe(0);
    expect(plain.lines[0]).toMatch(/^✓ tests\/fixtures\/warnings: valid with 1 warning — /);
    expect(plain.lines[1]).toBe(
      '  warning: relations/north-south.json#north-south-1950-pact: end is missing on a cooperative state that began more than 30 years before the data\'s last date (2022): give its end, or "confirmed" with a source that says it still holds',
    );
    const strict = validate(['tests/fixtures/warnings', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.lines[0]).toMatch(/^✗ tests\/fixtures\/warnings: 1 warning \(--strict/);
  });

  it('refuses an unknown option in one line', () => {
    expect(validate(['--strikt'])).toEqual({
      code: 2,
      lines: ['validate: unknown option --strikt (see --help)'],
    });
  });

  it('prints all four errors of the broken fixture, each naming its file and record', () => {
    const { code, lines } = validate(['tests/fixtures/four-errors']);
    expect(code).toBe(1);
    expect(lines[0]).toBe('✗ tests/fixtures/four-errors: 4 errors');
    expect(lines.slice(1).sort()).toEqual(
      [
        '  relations/east-north.json:12:6: JSON syntax error: trailing comma before "]"',
        '  relations/north-south.json#north-south-1955-pact: end 1954 is before start 1955-03',
        '  relations/north-south.json#north-south-1960-visit: id "north-south-1960-visit" is already used earlier in this file',
        '  relations/north-south.json#north-south-1960-visit: target "atlantis" is not an actor in actors.json',
      ].sort(),
    );
  });

  it('exits 1 as a process, with the error list and no stack trace', async () => {
    const failure = await run(TSX, [CLI, 'tests/fixtures/four-errors'], { cwd: REPO_ROOT }).then(
      () => {
        throw new Error('Expected exit code 1');
      },
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stdout).toContain('4 errors');
    expect(failure.stdout + failure.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 0 as a process on a valid folder', async () => {
    const { stdout } = await run(TSX, [CLI, 'tests/fixtures/minimal'], { cwd: REPO_ROOT });
    expect(stdout.trim()).toBe(
      '✓ tests/fixtures/minimal: valid — 4 actors, 3 relation types, 3 relations, 2 views',
    );
  });

  it('names a missing folder in one line and exits 2', () => {
    const { code, lines } = validate(['no/such/folder']);
    expect(code).toBe(2);
    expect(lines).toEqual([`validate: no such folder: ${join(REPO_ROOT, 'no/such/folder')}`]);
  });
});
