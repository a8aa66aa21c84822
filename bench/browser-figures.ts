// The benchmark's figures measured in Chromium on the production build: initial JavaScript, an
// era click and a slider step until the next painted frame (on the shipped data and on the scale
// set, imported as a user would, with about 4,400 ties and with about 11,000 relations drawn), a
// 4× PNG export, and opening from a fresh browser (open-figures.ts). Each is reported beside a
// baseline measured the same way in the same run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../src/node/chromium';
import { SHIPPED_DATA } from '../src/node/paths';
import { ensureChromium } from '../tests/support/chromium';
import { buildApp, serveBuild, urlOf } from '../tests/support/serve-build';
import { initialJs } from './bundle-size';
import { interactionFigures } from './interaction-figures';
import { openFigures, type OpenTargets } from './open-figures';
import { figure, median, type Figure } from './measure';

export interface BrowserTargets extends OpenTargets {
  readonly paint: number;
  readonly scrubFrame: number;
  readonly initialJsKb: number;
}

export async function browserFigures(scaleDir: string, targets: BrowserTargets): Promise<Figure[]> {
  const figures: Figure[] = [];
  const work = mkdtempSync(join(tmpdir(), 'entente-bench-'));
  const outDir = join(work, 'dist');
  await buildApp(SHIPPED_DATA, outDir);
  const js = initialJs(outDir);
  figures.push(
    figure(
      'initial JS, page (gzip)',
      js.page,
      'kB',
      { value: js.cytoscape, name: 'Cytoscape alone' },
      targets.initialJsKb,
    ),
    figure(
      'initial JS, page + engine worker (gzip)',
      js.page + js.worker,
      'kB',
      { value: js.cytoscape, name: 'Cytoscape alone' },
      targets.initialJsKb,
    ),
  );

  const server = await serveBuild(outDir);
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const url = urlOf(server);
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    // tsx names functions with a __name helper, which the page's copies of them then call.
    await context.addInitScript('globalThis.__name = (f) => f;');
    const page = await context.newPage();

    await page.goto(`${url}?view=2022`);
    await page.locator('.app').waitFor();
    for (const f of await interactionFigures(page, 'shipped', ['Cold War', '2022'], 20, targets))
      figures.push(f);

    // PNG 4× export of the Cold War view, against encoding a blank canvas of the same size.
    await page.goto(`${url}?view=cold-war`);
    await page.locator('.app').waitFor();
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('PNG size').selectOption('4');
    const exports: number[] = [];
    let size = { width: 0, height: 0 };
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'PNG', exact: true }).click(),
      ]);
      const path = await download.path();
      exports.push(Date.now() - started);
      const bytes = readFileSync(path);
      size = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
    }
    const blank = await page.evaluate(async ({ width, height }) => {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const ctx = canvas.getContext('2d');
        if (ctx) {
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, width, height);
        }
        await new Promise((r) => canvas.toBlob(r, 'image/png'));
        times.push(performance.now() - t);
      }
      return times.sort((a, b) => a - b)[1] ?? NaN;
    }, size);
    figures.push(
      figure(
        `PNG 4× export, ${size.width}×${size.height} (shipped)`,
        median(exports),
        'ms',
        { value: blank, name: 'PNG of a blank canvas that size' },
        null,
      ),
    );
    await page.keyboard.press('Escape');

    // The scale set, imported as a folder; its 2022 view (one year) has about 5,000 ties.
    await page.goto(`${url}?view=2022`);
    await page.locator('.app').waitFor();
    await page.getByRole('button', { name: 'Import data' }).click();
    await page.getByLabel('A graph-data folder').setInputFiles(scaleDir);
    await page.getByTestId('imported-banner').waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: '2022', exact: true }).click();
    await page.waitForTimeout(1000);
    for (const f of await interactionFigures(page, 'scale set', ['Recent', '2022'], 8, targets))
      figures.push(f);
    // Each relation drawn (about 11,000 lines a year): the same steps with twice the lines.
    await page.getByLabel('Show each relation').check();
    await page.waitForTimeout(1000);
    for (const f of await interactionFigures(
      page,
      'scale set, each relation',
      ['Recent', '2022'],
      8,
      targets,
    ))
      figures.push(f);
    await context.close();

    // Opening, each from a fresh browser: the shipped data, the scale set built, and the dev
    // server on the scale set.
    const scaleOut = join(work, 'scale-dist');
    await buildApp(scaleDir, scaleOut);
    const scaleServer = await serveBuild(scaleOut);
    try {
      for (const f of await openFigures(url, urlOf(scaleServer), scaleDir, targets))
        figures.push(f);
    } finally {
      await scaleServer.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  return figures;
}
