// A large GEXF import in Chromium (25,000 relations, about 20 MB, written by the app's own GEXF
// export from the scale set's generator): the worker reads it as a stream, a progress bar shows
// the share of bytes read and the records so far, the graph then loads; Cancel stops it and
// leaves the shipped data shown.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateCommand } from '../../src/cli/generate';
import { loadDataset } from '../../src/core/data/load';
import { datasetGexf } from '../../src/core/exchange/gexf';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { drawn, launch, openPage, screenshot } from './browser';

const work = mkdtempSync(join(tmpdir(), 'entente-gexf-'));
const gexf = join(work, 'scale.gexf');
const MINIMAL_CSV = join(work, 'small.csv');
let browser: Browser;
beforeAll(async () => {
  const dir = join(work, 'data');
  generateCommand(
    ['--actors', '150', '--relations', '25000', '--seed', '3', '--out', dir],
    () => undefined,
  );
  const loaded = loadDataset(readGraphDataFolder(dir));
  if (!loaded.ok) throw new Error('the generated data do not validate');
  writeFileSync(gexf, datasetGexf(loaded.dataset));
  writeFileSync(
    MINIMAL_CSV,
    'id,type,source,target,start,title,summary,sources\nn-s,alliance,north,south,1960,P,S.,https://example.org\n',
  );
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function pick(page: Page, file: string): Promise<void> {
  if ((await page.getByRole('dialog', { name: 'Import data' }).count()) === 0)
    await page.getByRole('button', { name: 'Import data' }).click();
  await page.getByLabel('Files', { exact: true }).setInputFiles(file);
}

/** Records every value the progress bar takes, and the texts said beside it. */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __bar: number[]; __said: string[] };
    w.__bar = [];
    w.__said = [];
    const look = () => {
      const bar = document.querySelector<HTMLProgressElement>(
        '[data-testid=import-progress] progress',
      );
      if (bar && w.__bar.at(-1) !== bar.value) w.__bar.push(bar.value);
      const said = document.querySelector('[data-testid=import-progress] .what')?.textContent;
      if (said && w.__said.at(-1) !== said) w.__said.push(said.replace(/\s+/g, ' ').trim());
    };
    new MutationObserver(look).observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
  });
}

const recorded = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __bar: number[]; __said: string[] };
    return { __bar: w.__bar, __said: w.__said };
  });

describe('a large GEXF import', () => {
  it('shows how far it has read, then the graph', async () => {
    const { page, problems } = await openPage(browser, inject('shippedUrl'));
    await recordProgress(page);
    await pick(page, gexf);
    await page.getByTestId('import-progress').waitFor({ state: 'visible' });
    await expect
      .poll(() => page.getByTestId('imported-banner').textContent(), { timeout: 45_000 })
      .toMatch(/150\s+actors,\s+25000\s+relations/);
    expect(await page.getByTestId('import-progress').count()).toBe(0);
    const { __bar: bar, __said: said } = await recorded(page);
    // A real bar: it moved through shares of the file, never back, and said the records so far.
    const between = bar.filter((v) => v > 0 && v < 1);
    expect(between.length).toBeGreaterThan(1);
    expect(bar).toEqual([...bar].sort((a, b) => a - b));
    expect(
      said.some((s) =>
        /Reading scale\.gexf: \d+% \([\d.]+ of [\d.]+ MB\), [\d,]+ records so far/.test(s),
      ),
    ).toBe(true);
    expect(said.some((s) => s.startsWith('Checking'))).toBe(true);
    expect((await drawn(page)).nodes).toHaveLength(150);
    await screenshot(page, 'import-stream-loaded');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('stops when cancelled, and the shipped data stay shown', async () => {
    const { page, problems } = await openPage(browser, `${inject('shippedUrl')}?view=2022`);
    const before = (await drawn(page)).nodes.map((n) => n.label).sort();
    await recordProgress(page);
    await pick(page, gexf);
    const progress = page.getByTestId('import-progress');
    await progress.waitFor({ state: 'visible', timeout: 10_000 });
    await screenshot(page, 'import-stream-progress');
    await progress.getByRole('button', { name: 'Cancel' }).click({ timeout: 10_000 });
    await progress.waitFor({ state: 'detached', timeout: 10_000 });
    expect(await page.getByTestId('import-cancelled').textContent()).toContain(
      'Import cancelled: the data shown are kept.',
    );
    expect(await page.getByTestId('imported-banner').count()).toBe(0);
    expect(await page.getByTestId('import-errors-list').count()).toBe(0);
    expect((await drawn(page)).nodes.map((n) => n.label).sort()).toEqual(before);
    // It stopped short of the end of the file.
    const { __bar: bar } = await recorded(page);
    expect(Math.max(0, ...bar)).toBeLessThan(1);
    // The worker is free: the next import is read and shown.
    await pick(page, MINIMAL_CSV);
    await expect
      .poll(() => page.getByTestId('imported-banner').textContent())
      .toMatch(/2\s+actors,\s+1\s+relations/);
    expect(problems).toEqual([]);
    await page.close();
  });
});
