// Export, end to end: from the explorer's Export button in Chromium (real downloads) and from
// `npm run export`, read back as PNG pixels, SVG elements and PDF text and paths.
import { DOMParser } from '@xmldom/xmldom';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportCommand } from '../../src/cli/export';
import { CHROMIUM_ARGS } from '../../src/node/chromium';
import { chromium } from 'playwright-core';
import { readPdf, readPng } from './files';

const SIX = ['Pakistan', 'United States', 'China', 'India', 'Afghanistan'];
let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: inject('chromiumPath'),
    headless: true,
    args: CHROMIUM_ARGS,
  });
});
afterAll(async () => {
  await browser?.close();
});

async function exported(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: format, exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

const svgDoc = (bytes: Buffer): Document =>
  new DOMParser().parseFromString(bytes.toString('utf8'), 'image/svg+xml') as unknown as Document;

/** The lines of the SVG texts of one class (title, subtitle), in order. */
const linesOf = (doc: Document, cls: string) =>
  Array.from(doc.getElementsByTagName('text'))
    .filter((t) => t.getAttribute('class') === cls)
    .map((t) => t.textContent ?? '');

async function openExport(query: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 720 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${inject('shippedUrl')}${query}`);
  await page.getByRole('button', { name: 'Export' }).click();
  return { page, problems };
}

describe('Export in the explorer', () => {
  it('closes its menu by Escape from the button, and opens one menu at a time', async () => {
    const { page, problems } = await openExport('?view=2022');
    const exportDialog = page.getByRole('dialog', { name: 'Export' });
    expect(await exportDialog.count()).toBe(1);
    // Focus is still on the Export button: Escape closes the menu all the same.
    await page.keyboard.press('Escape');
    expect(await exportDialog.count()).toBe(0);
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('button', { name: 'Import data' }).click();
    expect(await exportDialog.count()).toBe(0);
    expect(await page.getByRole('dialog', { name: 'Import data' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('downloads a PNG at the chosen scale that shows the era, and differs between eras', async () => {
    const { page, problems } = await openExport('?view=cold-war');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('PNG size').selectOption('1');
    const one = await exported(page, 'PNG');
    expect(one.name).toBe('entente-cold-war-1947-1991.png');
    const png1 = readPng(one.bytes);
    await dialog.getByLabel('PNG size').selectOption('2');
    const png2 = readPng((await exported(page, 'PNG')).bytes);
    expect(png2.width).toBe(png1.width * 2);
    expect(png2.height).toBe(png1.height * 2);
    expect(png1.inked).toBeGreaterThan(png1.width * png1.height * 0.02);
    expect(png1.cornerAlpha).toBe(255);

    // A press outside closes the menu; it opens again as it was left.
    await page.getByRole('group', { name: 'Era' }).getByRole('button', { name: '2022' }).click();
    await page.getByRole('button', { name: 'Export' }).click();
    await dialog.getByLabel('PNG size').selectOption('1');
    const other = await exported(page, 'PNG');
    expect(other.name).toBe('entente-2022.png');
    expect(readPng(other.bytes).data.equals(png1.data)).toBe(false);
    expect(await page.getByTestId('export-status').textContent()).toContain(
      'Saved entente-2022.png',
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('downloads a vector SVG with every actor, the caption and the legend as text', async () => {
    const { page, problems } = await openExport('?view=2022');
    const svg = await exported(page, 'SVG');
    expect(svg.name).toBe('entente-2022.svg');
    const doc = new DOMParser().parseFromString(svg.bytes.toString('utf8'), 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining([...SIX, 'Russia', '2022']));
    // Camp letters follow the Cold War: Pakistan's camp is A; in 2022 Russia and China share it.
    expect(texts.join(' ')).toContain('Camp A: Pakistan, Russia, China');
    expect(texts.join(' ')).toContain('security layer, weighed by confidence');
    expect(doc.getElementsByTagName('image')).toHaveLength(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('downloads a vector PDF: text is text, lines are paths, no bitmap', async () => {
    const { page, problems } = await openExport('?view=cold-war&mode=compare');
    const pdf = await exported(page, 'PDF');
    expect(pdf.name).toBe('entente-cold-war-1947-1991-vs-2022.pdf');
    const info = await readPdf(pdf.bytes);
    expect(info.pages).toBe(1);
    expect(info.images).toBe(0);
    expect(info.paths).toBeGreaterThan(10);
    for (const name of [...SIX, 'Soviet Union', 'Russia']) expect(info.text).toContain(name);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('leaves out the parts switched off, and draws on a transparent background when asked', async () => {
    const { page } = await openExport('?view=2022');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Title', { exact: true }).uncheck();
    await dialog.getByLabel('Subtitle', { exact: true }).uncheck();
    await dialog.getByLabel('Sources footer').uncheck();
    await dialog.getByLabel('Background').selectOption('transparent');
    const svg = (await exported(page, 'SVG')).bytes.toString('utf8');
    const drawn = Array.from(
      new DOMParser().parseFromString(svg, 'image/svg+xml').getElementsByTagName('text'),
    )
      .map((t) => t.textContent)
      .join(' ');
    expect(drawn).not.toContain('Who sided with whom');
    expect(drawn).not.toContain('Two camps');
    expect(drawn).not.toContain('public sources');
    expect(drawn).toContain('Camp A');
    await dialog.getByLabel('PNG size').selectOption('1');
    expect(readPng((await exported(page, 'PNG')).bytes).cornerAlpha).toBe(0);
    await page.context().close();
  });

  it('prefills the title and subtitle from the view, follows the view until edited, then keeps the user’s words', async () => {
    const { page, problems } = await openExport('?view=cold-war');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const title = dialog.getByLabel('Title text', { exact: true });
    const subtitle = dialog.getByLabel('Subtitle text');
    expect(await title.inputValue()).toBe(
      'Who sided with whom among 6 actors, Cold War, 1947–1991',
    );
    expect(await subtitle.inputValue()).toMatch(/^Two camps: .*Soviet Union/);
    expect(await subtitle.inputValue()).not.toContain('Russia');

    await title.fill('Pakistan changes sides');
    // Another era: the press outside closes the menu, which forgets nothing.
    await page.getByRole('group', { name: 'Era' }).getByRole('button', { name: '2022' }).click();
    await page.getByRole('button', { name: 'Export' }).click();
    await expect
      .poll(() => subtitle.inputValue())
      .toMatch(/^Two camps: Pakistan, Russia and China/);
    expect(await title.inputValue()).toBe('Pakistan changes sides');
    const doc = svgDoc((await exported(page, 'SVG')).bytes);
    expect(linesOf(doc, 'title')).toEqual(['Pakistan changes sides']);
    expect(linesOf(doc, 'subtitle').join(' ')).toMatch(/^Two camps: Pakistan, Russia and China/);

    // Asking for the view's words brings them back.
    await dialog.getByRole('button', { name: 'Use this view’s title and subtitle' }).click();
    expect(await title.inputValue()).toBe('Who sided with whom among 6 actors, 2022');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('draws the chosen shape: 16:9 by default (two eras side by side), 4:5 and 1:1 on request', async () => {
    const { page, problems } = await openExport('?view=cold-war&mode=compare');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const size = (doc: Document) => [
      Number(doc.documentElement.getAttribute('width')),
      Number(doc.documentElement.getAttribute('height')),
    ];
    const wide = svgDoc((await exported(page, 'SVG')).bytes);
    expect(size(wide)).toEqual([1600, 900]);
    const panels = Array.from(wide.getElementsByTagName('g')).filter(
      (g) => g.getAttribute('class') === 'panel',
    );
    expect(panels).toHaveLength(2);
    await dialog.getByLabel('Shape').selectOption('4:5');
    const [w, h] = size(svgDoc((await exported(page, 'SVG')).bytes));
    expect(w! / h!).toBeCloseTo(4 / 5, 2);
    await dialog.getByLabel('Shape').selectOption('1:1');
    await dialog.getByLabel('PNG size').selectOption('1');
    const png = readPng((await exported(page, 'PNG')).bytes);
    expect(png.width).toBe(png.height);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('writes a PDF with the subtitle, and each name over its white halo', async () => {
    const { page, problems } = await openExport('?view=cold-war');
    const info = await readPdf((await exported(page, 'PDF')).bytes);
    expect(info.images).toBe(0);
    expect(info.text).toContain('Two camps:');
    // Each name twice: the white halo drawn under it, then the name.
    expect(info.text.match(/Soviet Union/g)?.length).toBeGreaterThanOrEqual(2);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('downloads the data: CSV and JSON of the view, GEXF and GraphML of the whole data set', async () => {
    const { page } = await openExport('?view=2022');
    const csv = await exported(page, 'CSV (this view)');
    expect(csv.name).toBe('entente-2022.csv');
    expect(csv.bytes.toString('utf8').split('\r\n')[0]).toMatch(/^relation_id,source,target/);
    const json = await exported(page, 'JSON (this view)');
    expect(JSON.parse(json.bytes.toString('utf8')).window).toEqual({
      start: '2022-01-01',
      end: '2022-12-31',
    });
    const gexf = await exported(page, 'GEXF (all, with time)');
    expect(gexf.name).toBe('entente-dataset.gexf');
    expect(gexf.bytes.toString('utf8')).toContain('timeformat="date"');
    const graphml = await exported(page, 'GraphML (all)');
    expect(graphml.bytes.toString('utf8')).toContain('<graphml');
    await page.context().close();
  });
});

describe('npm run export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-export-'));
  const run = async (args: string[]) => {
    const lines: string[] = [];
    const code = await exportCommand(args, (line) => lines.push(line));
    return { code, text: lines.join('\n') };
  };

  it('writes PNGs whose size follows the scale and whose picture follows the era', async () => {
    const a = join(dir, 'a.png');
    const b = join(dir, 'b.png');
    const c = join(dir, 'c.png');
    expect(
      (await run(['--format', 'png', '--view', 'cold-war', '--scale', '1', '--out', a])).code,
    ).toBe(0);
    expect(
      (await run(['--format', 'png', '--view', 'cold-war', '--scale', '2', '--out', b])).code,
    ).toBe(0);
    expect(
      (
        await run([
          '--format',
          'png',
          '--view',
          '2022',
          '--scale',
          '1',
          '--transparent',
          '--out',
          c,
        ])
      ).code,
    ).toBe(0);
    const [pa, pb, pc] = [a, b, c].map((f) => readPng(readFileSync(f)));
    expect(pb?.width).toBe((pa?.width ?? 0) * 2);
    expect(pa?.inked).toBeGreaterThan(10_000);
    expect(pc?.cornerAlpha).toBe(0);
    expect(pa?.data.equals(pc?.data ?? Buffer.alloc(0))).toBe(false);
  });

  it('writes a PNG of the shape asked for, with the title and subtitle given', async () => {
    const out = join(dir, 'square.png');
    const args = ['--format', 'png', '--view', '2022', '--shape', '1:1', '--scale', '1'];
    expect((await run([...args, '--title', 'Pakistan turns', '--out', out])).code).toBe(0);
    const png = readPng(readFileSync(out));
    expect(png.width).toBe(png.height);
    expect(png.inked).toBeGreaterThan(10_000);
  });

  it('writes a vector PDF of a comparison', async () => {
    const out = join(dir, 'compare.pdf');
    expect(await run(['--format', 'pdf', '--compare', 'cold-war', '2022', '--out', out])).toEqual({
      code: 0,
      text: expect.stringContaining('compare.pdf'),
    });
    const info = await readPdf(readFileSync(out));
    expect(info.images).toBe(0);
    for (const name of [...SIX, 'Soviet Union', 'Russia']) expect(info.text).toContain(name);
  });

  it.each([
    [
      ['--format', 'bmp', '--out', 'x'],
      'export: --format must be one of svg, png, pdf, json, csv, gexf, graphml, got "bmp"',
    ],
    [['--format', 'svg'], 'export: --out FILE is required'],
    [
      ['--format', 'svg', '--view', 'nope', '--out', 'x.svg'],
      'export: unknown view "nope" (views: cold-war, 2022)',
    ],
    [
      ['--format', 'svg', '--out', '/no/such/dir/x.svg'],
      'export: --out /no/such/dir/x.svg: the folder /no/such/dir does not exist',
    ],
  ])('rejects %j in one line with exit code 2', async (args, message) => {
    expect(await run(args)).toEqual({ code: 2, text: message });
  });
});
