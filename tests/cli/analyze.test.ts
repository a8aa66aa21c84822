import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { analyzeCommand } from '../../src/cli/analyze';
import { REPO_ROOT } from '../../src/node/paths';

const run = promisify(execFile);

function analyze(args: string[]): { code: number; text: string } {
  const lines: string[] = [];
  const code = analyzeCommand(args, (line) => lines.push(line));
  return { code, text: lines.join('\n') };
}

function json<T>(args: string[]): T {
  const { code, text } = analyze([...args, '--json']);
  expect(code).toBe(0);
  return JSON.parse(text) as T;
}

interface Report {
  window: { start: string; end: string };
  actors: { id: string; name: string }[];
  dyads: {
    a: string;
    b: string;
    score: number;
    sign: number;
    positive: number;
    negative: number;
    ambivalent: boolean;
    relations: {
      id: string;
      contribution: number;
      base: number;
      factors: { share: number; fade: number; confidence: number };
    }[];
  }[];
  camps: [string[], string[]];
  oneBloc: boolean;
  scoreMode: string;
  layers: string[];
  hedging: { actor: string; cost: number; share: number }[];
  switchCosts: { actor: string; cost: number; share: number }[];
  runnerUp?: { camps: [string[], string[]]; frustration: number };
  normalizedFrustration: number | null;
  pValue: number | null;
  unaligned: string[];
  frustration: number;
  balance: { balanced: number; unbalanced: number; ratio: number | null };
  unbalancedTriads: { sentence: string }[];
  centrality: Record<string, Record<string, number>>;
  communities: string[][];
}

interface Comparison {
  before: Report;
  after: Report;
  flips: { a: string; b: string; before: number; after: number }[];
  appeared: unknown[];
  disappeared: unknown[];
  campChanges: { actor: string; before: string; after: string }[];
}

const campOf = (report: Report, id: string): number =>
  report.camps.findIndex((camp) => camp.includes(id));

describe('npm run analyze', () => {
  it('prints a window report with the keys machines rely on', () => {
    const report = json<Report>(['--view', 'early', '--data', 'tests/fixtures/minimal']);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        'window',
        'actors',
        'dyads',
        'camps',
        'unaligned',
        'frustration',
        'balance',
        'unbalancedTriads',
        'centrality',
        'communities',
        'scoreMode',
        'layers',
        'hedging',
        'runnerUp',
        'normalizedFrustration',
        'pValue',
      ]),
    );
    expect(report.window).toEqual({ start: '1950-01-01', end: '1969-12-31' });
    // The fixture's types have no layer (contract 1.0 data), so every layer counts by default.
    expect(report).toMatchObject({
      scoreMode: 'time',
      layers: ['security', 'diplomacy', 'economy', 'votes'],
    });
    // The pact holds 5,420 of the window's 7,305 days (see tests/core/scoring.test.ts).
    const pact = report.dyads.find((t) => t.a === 'north' && t.b === 'south');
    expect(pact?.score).toBeCloseTo((8.5 * 5420) / 7305, 6);
    expect(pact?.relations).toEqual([
      {
        id: 'north-south-1955-pact',
        contribution: pact?.score,
        base: 8.5,
        factors: { share: 0.741958, fade: 1, confidence: 1 },
      },
    ]);
    expect(pact).toMatchObject({ positive: pact?.score, negative: 0, ambivalent: false });
    expect(report.camps).toEqual([['north', 'south'], ['east']]);
    expect(report.normalizedFrustration).toBe(0);
    expect(report.pValue).toBeGreaterThan(0);
  });

  it('keeps the plain sum as a mode, and reads the layers and confidence options', () => {
    const plain = json<Report>([
      '--view',
      'early',
      '--score',
      'sum',
      '--data',
      'tests/fixtures/minimal',
    ]);
    expect(plain.scoreMode).toBe('sum');
    expect(plain.dyads.find((t) => t.a === 'north' && t.b === 'south')?.score).toBe(8.5);
    const security = json<Report>([
      '--view',
      'early',
      '--layers',
      'diplomacy',
      '--no-confidence',
      '--data',
      'tests/fixtures/minimal',
    ]);
    // The fixture's types have no layer, so they count as diplomacy.
    expect(security.layers).toEqual(['diplomacy']);
    expect(security.dyads.length).toBeGreaterThan(0);
    expect(
      json<Report>(['--view', 'early', '--layers', 'votes', '--data', 'tests/fixtures/minimal'])
        .dyads,
    ).toEqual([]);
  });

  it('prints a year-by-year series as a table, and as one report a year with --json', () => {
    const { code, text } = analyze([
      '--series',
      '1958',
      '1961',
      '--data',
      'tests/fixtures/minimal',
    ]);
    expect(code).toBe(0);
    expect(text).toMatch(/^ {2}1958 +north south +\(one bloc\)/m);
    // Two ties on a path of three cannot be dealt unbalanced: every shuffle splits as cleanly, p = 1,
    // and the table says the year's camps could be chance.
    expect(text).toMatch(/^ {2}1961 +north south +east +0% +1\.000 {2}chance$/m);
    expect(text).toMatch(/reading: "not settled" — several splits are equally good/);
    const reports = json<(Report & { year: number })[]>([
      '--series',
      '1958',
      '1961',
      '--data',
      'tests/fixtures/minimal',
    ]);
    expect(reports.map((r) => r.year)).toEqual([1958, 1959, 1960, 1961]);
    expect(reports[3]).toMatchObject({ camps: [['north', 'south'], ['east']], oneBloc: false });
    // The same keys as the report of one window.
    const single = json<Report>(['--at', '1961', '--data', 'tests/fixtures/minimal']);
    expect(Object.keys(reports[3] ?? {}).sort()).toEqual([...Object.keys(single), 'year'].sort());
  });

  it.each([
    [['--at', '1960-06-15'], { start: '1960-06-15', end: '1960-06-15' }],
    [['--at', '1960-06'], { start: '1960-06-01', end: '1960-06-30' }],
    [['--from', '1979', '--to', '1989'], { start: '1979-01-01', end: '1989-12-31' }],
  ])('analyses the window %j', (args, window) => {
    expect(json<Report>([...args, '--data', 'tests/fixtures/minimal']).window).toEqual(window);
  });

  it('compares two windows with before, after, flips, appearances and camp changes', () => {
    const result = json<Comparison>([
      '--compare',
      'early',
      'late',
      '--data',
      'tests/fixtures/minimal',
    ]);
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining([
        'before',
        'after',
        'flips',
        'appeared',
        'disappeared',
        'campChanges',
      ]),
    );
    expect(result.before.window.start).toBe('1950-01-01');
    expect(result.after.window.start).toBe('2000-01-01');
  });

  it.each([
    [['--view', 'nope'], 'analyze: unknown view "nope" (views: cold-war, 2022)'],
    [['--at', '1971-02-30'], 'analyze: --at 1971-02-30: 1971-02-30 is not a calendar day'],
    [['--from', '1990', '--to', '1980'], 'analyze: --to 1980 is before --from 1990'],
    [['--from', '1990'], 'analyze: --from and --to go together'],
    [
      ['--view', '2022', '--at', '2022'],
      'analyze: give only one of --view, --at, --from/--to, --compare and --series',
    ],
    [['--series', '1990'], 'analyze: --series takes two years (YYYY YYYY), got "1990"'],
    [
      ['--series', '1990', '1980'],
      'analyze: --series 1990 1980: the last year is before the first',
    ],
    [['--view', '2022', '--score', 'avg'], 'analyze: --score avg: expected one of time, sum'],
    [
      ['--view', '2022', '--layers', 'security,trade'],
      'analyze: --layers security,trade: expected a comma-separated choice of security, diplomacy, economy, votes, or all',
    ],
    [['--compare', 'cold-war'], 'analyze: --compare takes two views, got 1'],
    [
      ['--view', '2022', '--data', 'no/such/dir'],
      `analyze: no such folder: ${join(REPO_ROOT, 'no/such/dir')}`,
    ],
    [
      [],
      'analyze: say what to analyse: --view, --at, --from/--to, --compare or --series (see --help)',
    ],
  ])('rejects %j in one line with exit code 2', (args, message) => {
    expect(analyze(args)).toEqual({ code: 2, text: message });
  });

  it('exits 2 as a process with no stack trace', async () => {
    const failure = await run(
      join(REPO_ROOT, 'node_modules/.bin/tsx'),
      [join(REPO_ROOT, 'src/cli/analyze.ts'), '--view', 'nope'],
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
    expect(failure.stdout.trim()).toBe('analyze: unknown view "nope" (views: cold-war, 2022)');
    expect(failure.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports invalid data with exit code 1', () => {
    const { code, text } = analyze(['--view', 'early', '--data', 'tests/fixtures/four-errors']);
    expect(code).toBe(1);
    expect(text).toContain('end 1954 is before start 1955-03');
  });
});

describe('the story on the shipped data', () => {
  const result = json<Comparison>(['--compare', 'cold-war', '2022']);

  it('puts Pakistan with the United States in the Cold War and with Russia and China in 2022', () => {
    const { before, after } = result;
    expect(campOf(before, 'PAK')).toBe(campOf(before, 'USA'));
    expect(campOf(before, 'RUS')).toBe(campOf(before, 'IND'));
    expect(campOf(before, 'PAK')).not.toBe(campOf(before, 'RUS'));
    expect(campOf(after, 'PAK')).toBe(campOf(after, 'RUS'));
    expect(campOf(after, 'PAK')).toBe(campOf(after, 'CHN'));
    expect(campOf(after, 'PAK')).not.toBe(campOf(after, 'USA'));
    // Pakistan–Russia and Pakistan–United States changed sign: the story the data set was built on.
    expect(result.flips).toContainEqual(
      expect.objectContaining({ a: 'PAK', b: 'RUS', before: expect.any(Number) }),
    );
    const flip = result.flips.find((f) => f.a === 'PAK' && f.b === 'RUS');
    expect(flip?.before).toBeLessThan(0);
    expect(flip?.after).toBeGreaterThan(0);
    expect(result.flips.map((f) => `${f.a}-${f.b}`)).toContain('PAK-USA');
  });

  it('shows India positive with both the United States and Russia in 2022, an unbalanced triad', () => {
    expect(result.after.unbalancedTriads.map((t) => t.sentence)).toContain(
      'IND is positive with RUS and with USA, which are negative with each other',
    );
  });

  it('explains every tie by relations that add up to its score', () => {
    for (const report of [result.before, result.after]) {
      for (const tie of report.dyads) {
        expect(tie.relations.reduce((s, r) => s + r.contribution, 0)).toBeCloseTo(tie.score, 6);
      }
    }
  });

  it('reads as a report a person can follow', () => {
    const { code, text } = analyze(['--compare', 'cold-war', '2022']);
    expect(code).toBe(0);
    expect(text).toContain(
      'COMPARE  Cold War (1947-03-12 – 1991-12-26)  →  2022 (2022-01-01 – 2022-12-31)',
    );
    expect(text).toMatch(/Pakistan: with United States and China → with Russia and China/);
    expect(text).toMatch(/^ {2}Pakistan–Russia +−\d+\.\d → \+\d+\.\d$/m);
  });

  it('prints what the README shows for the comparison, headline first', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const from = readme.indexOf(
      '`npm run analyze -- --compare cold-war 2022` on the shipped data:',
    );
    const start = readme.indexOf('```', from) + 3;
    const lines = readme
      .slice(start, readme.indexOf('```', start))
      .trim()
      .split('\n')
      // An elided stretch of the output is marked with "…" in the README.
      .filter((line) => line.trim() !== '…');
    expect(lines.length).toBeGreaterThan(10);
    const { text } = analyze(['--compare', 'cold-war', '2022']);
    for (const line of lines) expect(text).toContain(line);
    // The headline (the scene's, the same as the explorer's) comes right after the header.
    expect(text.split('\n')[1]).toBe(lines[1]);
    expect(lines[1]).toMatch(
      /^Cold War, 1947–1991: Pakistan, United States and China against Soviet Union/,
    );
  });
});
