// A build whose shipped data are large and generated (keys in the schema's order), as
// `ENTENTE_DATA=DIR npm run build` makes one: the page hands the packed bytes to the engine worker
// and reads their relations itself while the worker validates them (ui/engine/shipped-load.ts).
// What the page then shows must be the data: the relations behind the first window's table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeWindow } from '../../src/core/analysis/analysis';
import { generateCommand } from '../../src/cli/generate';
import { loadDataset } from '../../src/core/data/load';
import { yearWindow } from '../../src/core/time/time';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { buildAndServe, urlOf } from '../support/serve-build';
import { launch, openPage } from './browser';

const work = mkdtempSync(join(tmpdir(), 'entente-shipped-large-'));
const dir = join(work, 'data');
let browser: Browser;
let server: PreviewServer;
beforeAll(async () => {
  generateCommand(
    ['--actors', '60', '--relations', '6000', '--seed', '4', '--out', dir],
    () => undefined,
  );
  server = await buildAndServe(dir, join(work, 'dist'));
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a build of large generated data', () => {
  it('shows the relations of the data, as the worker validated them', async () => {
    const loaded = loadDataset(readGraphDataFolder(dir));
    if (!loaded.ok) throw new Error('the generated data do not validate');
    // The path under test: every relation kept as JSON.parse made it.
    expect(loaded.relationsAsParsed).toBe(true);
    const { dataset } = loaded;
    // The whole timeline, so that every relation counts and none can be missed.
    const report = analyzeWindow(dataset, yearWindow(1900, 2025));
    const counted = report.dyads.reduce((n, t) => n + t.relations.length, 0);
    expect(counted).toBeGreaterThan(1000);

    const { page, problems } = await openPage(browser, `${urlOf(server)}?from=1900&to=2025`);
    await page.getByRole('tab', { name: 'Table' }).click();
    const table = page.getByRole('table', { name: 'Relations' });
    await expect
      .poll(() => table.locator('caption').textContent(), { timeout: 30_000 })
      .toMatch(new RegExp(`^${counted.toLocaleString('en')} relations active in `));
    // Its rows are the data's relations: the first one's title is one of theirs.
    const titles = new Set(dataset.relations.map((r) => r.title));
    const row = (await table.locator('tbody tr').first().textContent()) ?? '';
    expect([...titles].some((title) => row.includes(title))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
