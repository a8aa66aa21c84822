// A build whose shipped data are large and generated (keys in the schema's order), as
// `ENTENTE_DATA=DIR npm run build` makes one: the page posts the data file to the engine worker as
// a Blob (no preload) and reads their relations itself while the worker validates them
// (ui/engine/shipped-load.ts). What the page then shows must be the data: the relations behind the
// first window's table; and the worker, having read the Blob first, works out the opening window.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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
import { BLOB_DATA_BYTES } from '../../src/node/vite-plugin-graph-data';
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

/**
 * Records, in the page, what it posts to its workers (a load's files: a Blob or not) and which
 * opening replies carry a window core, before the app's scripts run.
 */
function watchWorkers(): void {
  const seen: { posted: string[]; openings: boolean[] } = { posted: [], openings: [] };
  (window as unknown as { seen: typeof seen }).seen = seen;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
    const request = (message as { request?: { kind: string; files?: unknown } }).request;
    if (request?.kind === 'load')
      seen.posted.push(request.files instanceof Blob ? 'load: Blob' : 'load: other');
    else if (request) seen.posted.push(request.kind);
    return post.call(this, message, ...rest);
  };
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (event: MessageEvent) => {
        const reply = (event.data as { reply?: { opening?: unknown } }).reply;
        if (reply && 'opening' in reply) seen.openings.push(reply.opening !== null);
      });
    }
  };
}

describe('a build of large generated data', () => {
  it('posts its data file to the worker as a Blob, not preloaded, and gets the opening window from it', async () => {
    const dist = join(work, 'dist');
    const data = readdirSync(join(dist, 'assets')).filter((f) => /^graph-data-\w+\.txt$/.test(f));
    expect(data).toHaveLength(1);
    // The path under test: a data file large enough to be taken as a Blob.
    expect(statSync(join(dist, 'assets', data[0]!)).size).toBeGreaterThanOrEqual(BLOB_DATA_BYTES);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('rel="preload"');

    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(watchWorkers);
    await page.goto(urlOf(server));
    await page.waitForFunction(() => performance.getEntriesByName('entente:graph-drawn').length);
    const seen = await page.evaluate(
      () => (window as unknown as { seen: { posted: string[]; openings: boolean[] } }).seen,
    );
    // The file went as a Blob, and the opening asked right after it was answered with a core:
    // the worker had read and loaded the data before it.
    expect(seen.posted.slice(0, 2)).toEqual(['load: Blob', 'opening']);
    expect(seen.openings).toEqual([true]);
    expect(problems).toEqual([]);
    await page.close();
  });

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
