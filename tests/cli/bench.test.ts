import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BENCH_USAGE, benchCommand } from '../../bench/run';
import { REPO_ROOT } from '../../src/node/paths';

const run = promisify(execFile);

async function bench(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await benchCommand(args, (line) => lines.push(line));
  return { code, lines };
}

describe('npm run bench', () => {
  it('answers --help with its usage line', async () => {
    expect(await bench(['--help'])).toEqual({ code: 0, lines: [BENCH_USAGE] });
    expect(BENCH_USAGE).toMatch(
      /^Usage: npm run bench -- \[--json\] \[--scale DIR\] \[--no-browser\]/,
    );
  });

  it.each([
    [['--bogus'], /^bench: Unknown option '--bogus'/],
    [['--scale'], /^bench: Option '--scale <value>' argument missing/],
    [['somewhere'], /^bench: unexpected argument "somewhere" \(see --help\)$/],
  ])('refuses %j in one line with exit code 2', async (args, message) => {
    const { code, lines } = await bench(args);
    expect(code).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it(
    'exits 2 as a process on an unknown option, with no stack trace',
    { timeout: 30_000 },
    async () => {
      const failure = await run(
        join(REPO_ROOT, 'node_modules/.bin/tsx'),
        ['bench/run.ts', '--bogus'],
        {
          cwd: REPO_ROOT,
        },
      ).then(
        () => {
          throw new Error('Expected exit code 2');
        },
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failure.code).toBe(2);
      expect(failure.stdout.trim().split('\n')).toHaveLength(1);
      expect(failure.stdout + failure.stderr).not.toMatch(/\n\s+at /);
    },
  );
});
