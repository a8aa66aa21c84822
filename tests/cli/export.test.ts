// `npm run export` for figures an editor would print: the shape, the title and the subtitle from
// the command line (SVG here; PNG and PDF, which need Chromium, in tests/e2e/export.test.ts).
import { DOMParser } from '@xmldom/xmldom';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/export';

const dir = mkdtempSync(join(tmpdir(), 'entente-export-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const lines: string[] = [];
  const code = await exportCommand(args, (line) => lines.push(line));
  return { code, text: lines.join('\n') };
}

/** The SVG an export wrote: its size, and the lines of its title and subtitle. */
async function svgOf(args: string[]) {
  const out = join(dir, `${args.join('_').replace(/[^\w.-]/g, '')}.svg`);
  expect((await run(['--format', 'svg', ...args, '--out', out])).code).toBe(0);
  const doc = new DOMParser().parseFromString(readFileSync(out, 'utf8'), 'image/svg+xml');
  const root = doc.documentElement!;
  const lines = (cls: string) =>
    Array.from(doc.getElementsByTagName('text'))
      .filter((t) => t.getAttribute('class') === cls)
      .map((t) => t.textContent ?? '');
  return {
    width: Number(root.getAttribute('width')),
    height: Number(root.getAttribute('height')),
    title: lines('title').join(' '),
    subtitle: lines('subtitle').join(' '),
    panels: Array.from(doc.getElementsByTagName('g')).filter(
      (g) => g.getAttribute('class') === 'panel',
    ).length,
  };
}

describe('npm run export: figures', () => {
  it('draws a 16:9 figure by default, titled with the view and subtitled with who sided with whom', async () => {
    const svg = await svgOf(['--view', 'cold-war']);
    expect([svg.width, svg.height]).toEqual([1600, 900]);
    expect(svg.title).toBe('Who sided with whom among 6 actors, Cold War, 1947–1991');
    expect(svg.subtitle).toMatch(/^Two camps: .*Soviet Union/);
    expect(svg.subtitle).not.toContain('Russia');
  });

  it.each([
    ['16:9', 16 / 9],
    ['4:5', 4 / 5],
    ['1:1', 1],
  ] as const)('draws --shape %s, both eras in one figure with --compare', async (shape, ratio) => {
    const svg = await svgOf(['--compare', 'cold-war', '2022', '--shape', shape]);
    expect(svg.width / svg.height).toBeCloseTo(ratio, 2);
    expect(svg.panels).toBe(2);
  });

  it('takes the title and subtitle given, and leaves the subtitle out with --no-subtitle', async () => {
    const own = await svgOf([
      '--view',
      '2022',
      '--title',
      'Pakistan turns',
      '--subtitle',
      'By 2022',
    ]);
    expect([own.title, own.subtitle]).toEqual(['Pakistan turns', 'By 2022']);
    const none = await svgOf(['--view', '2022', '--no-subtitle']);
    expect(none.subtitle).toBe('');
    expect(none.title).toBe('Who sided with whom among 6 actors, 2022');
  });

  it.each([
    [['--shape', '3:2'], 'export: --shape must be one of 16:9, 4:5, 1:1, auto, got "3:2"'],
    [
      ['--title', 'Bad\u0007'],
      'export: --title contains a control character U+0007 at position 4; the exports (SVG, GEXF, GraphML) cannot hold it',
    ],
  ])('rejects %j in one line with exit code 2', async (args, message) => {
    expect(await run(['--format', 'svg', '--out', join(dir, 'x.svg'), ...args])).toEqual({
      code: 2,
      text: message,
    });
  });

  it('lists the new options in its help', async () => {
    const help = await run(['--help']);
    for (const option of [
      '--shape 16:9|4:5|1:1|auto',
      '--title TEXT',
      '--subtitle TEXT',
      '--no-subtitle',
    ])
      expect(help.text).toContain(option);
  });
});
