// A build whose shipped data are large and generated (keys in the schema's order), as
// `ENTENTE_DATA=DIR npm run build` makes one: the page posts the data file to the engine worker as
// a Blob (no preload) and reads their relations itself while the worker validates them
// (ui/engine/shipped-load.ts). What the page then shows must be the data: the relations behind the
// first window's table; and the worker, having read the Blob first, works out the opening window.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type PreviewServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeWindow } from '../../src/core/analysis/analysis';
import { generateCommand } from '../../src/cli/generate';
import { loadDataset } from '../../src/core/data/load';
import { yearWindow } from '../../src/core/time/time';
import { UPRIGHT_PHONE_MEDIA } from '../../src/core/scene/figure-shapes';
import { firstPicture } from '../../src/node/first-picture';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { BLOB_DATA_BYTES } from '../../src/node/vite-plugin-graph-data';
import { buildAndServe, freePort, ROOT, urlOf } from '../support/serve-build';
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
    // Not preloaded: only the first picture is (the test below).
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(html).not.toContain('as="fetch"');
    expect(html).not.toContain(data[0]);

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

  it("shows the opening view's picture from the build while the worker reads the data, then the live graph in its place", async () => {
    const dist = join(work, 'dist');
    const pictures = readdirSync(join(dist, 'assets')).filter((f) =>
      /^first-picture-\w+\.svg$/.test(f),
    );
    expect(pictures).toHaveLength(1);
    const tall = readdirSync(join(dist, 'assets')).filter((f) =>
      /^first-picture-tall-\w+\.svg$/.test(f),
    );
    expect(tall).toHaveLength(1);
    const svg = readFileSync(join(dist, 'assets', pictures[0]!), 'utf8');
    const picture = firstPicture(
      readGraphDataFolder(dir).filter((f) => !f.path.startsWith('schema/')),
    );
    expect(svg).toBe(picture?.svg);
    expect(readFileSync(join(dist, 'assets', tall[0]!), 'utf8')).toBe(picture?.tall);
    // Asked for with the page's scripts: each shape where it is shown.
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(html).toContain(
      `<link rel="preload" href="/assets/${pictures[0]}" as="image" media="not all and ${UPRIGHT_PHONE_MEDIA}" />`,
    );
    expect(html).toContain(
      `<link rel="preload" href="/assets/${tall[0]}" as="image" media="${UPRIGHT_PHONE_MEDIA}" />`,
    );

    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(watchPicture);
    await page.goto(urlOf(server));
    await page.waitForFunction(() => performance.getEntriesByName('entente:graph-complete').length);
    const seen = await page.evaluate(() => (window as unknown as { picture: PictureSeen }).picture);
    // Shown, whole, before the live graph; at its first frame the explorer was not up yet.
    expect(seen.shown).toMatchObject({ visible: true, width: expect.any(Number), appUp: false });
    expect(seen.shown!.width).toBeGreaterThan(0);
    expect(seen.src).toContain(`/assets/${pictures[0]}`);
    const [pictureAt, complete] = await page.evaluate(() => [
      performance.getEntriesByName('entente:first-picture')[0]!.startTime,
      performance.getEntriesByName('entente:graph-complete')[0]!.startTime,
    ]);
    expect(pictureAt).toBeLessThan(complete);
    // Gone once the live graph is drawn: the explorer is what is seen and used.
    await expect.poll(() => page.getByTestId('first-picture').count()).toBe(0);
    await expect(page.getByRole('button', { name: 'Play' }).isVisible()).resolves.toBe(true);
    // The explorer writes its view in the address bar (the first era, named): a reload of that
    // link opens the same view, and shows the picture again.
    expect(new URL(page.url()).search).toBe(picture?.links[1]);
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('entente:graph-complete').length);
    const again = await page.evaluate(
      () => (window as unknown as { picture: PictureSeen }).picture,
    );
    expect(again.shown).toMatchObject({ visible: true, appUp: false });
    expect(again.src).toContain(`/assets/${pictures[0]}`);
    expect(problems).toEqual([]);
    await page.close();

    // A phone held upright gets the 4:5 figure, the width of the screen; on its side, 16:9.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const upright = await phone.newPage();
    await upright.addInitScript(watchPicture);
    const fetched: string[] = [];
    upright.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await upright.goto(urlOf(server));
    await upright.waitForFunction(
      () => performance.getEntriesByName('entente:first-picture').length,
    );
    const onPhone = await upright.evaluate(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid="first-picture"] img');
      return { src: img?.src ?? '', width: img?.getBoundingClientRect().width ?? 0 };
    });
    expect(onPhone.src).toContain(`/assets/${tall[0]}`);
    expect(onPhone.width).toBeGreaterThan(330);
    // Only the shape shown was fetched.
    expect(fetched.filter((p) => p.includes('first-picture'))).toEqual([`/assets/${tall[0]}`]);
    await upright.setViewportSize({ width: 844, height: 390 });
    await upright.reload();
    await upright.waitForFunction(
      () => performance.getEntriesByName('entente:first-picture').length,
    );
    const sideways = await upright.evaluate(
      () => (window as unknown as { picture: PictureSeen }).picture,
    );
    expect(sideways.src).toContain(`/assets/${pictures[0]}`);
    await phone.close();
  });

  it('shows no picture on another link, nor when an import kept from an earlier visit is shown instead', async () => {
    for (const search of ['?view=2022', '?from=1900&to=2025', '?layout=sides']) {
      const page = await browser.newPage();
      await page.addInitScript(watchPicture);
      await page.goto(`${urlOf(server)}${search}`);
      await page.waitForFunction(
        () => performance.getEntriesByName('entente:graph-complete').length,
      );
      const seen = await page.evaluate(
        () => (window as unknown as { picture: PictureSeen }).picture,
      );
      expect(seen, search).toEqual({ added: false, shown: null, src: '' });
      await page.close();
    }
    // An import kept in IndexedDB (here one that no longer loads, so the shipped data are shown
    // after a notice): the picture, which is of the shipped data, is not shown meanwhile.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(urlOf(server));
    await page.waitForFunction(() => performance.getEntriesByName('entente:graph-complete').length);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('keyval-store');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('keyval', 'readwrite');
            tx.objectStore('keyval').put({ name: 'kept.json' }, 'entente:imported-data');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.addInitScript(watchPicture);
    // The default link again (a reload would open the link the explorer wrote, which shows the
    // picture as well).
    await page.goto(urlOf(server));
    await page.waitForFunction(() => performance.getEntriesByName('entente:graph-complete').length);
    await expect
      .poll(() => page.getByText('could not be restored').isVisible(), { timeout: 10_000 })
      .toBe(true);
    const seen = await page.evaluate(() => (window as unknown as { picture: PictureSeen }).picture);
    expect(seen.shown).toBeNull();
    await expect.poll(() => page.getByTestId('first-picture').count()).toBe(0);
    await context.close();
  });
});

describe('the dev server on large generated data', () => {
  it('shows the picture it worked out at start, and none once an edit makes the data invalid', async () => {
    const previous = process.env.ENTENTE_DATA;
    process.env.ENTENTE_DATA = dir;
    let dev: ViteDevServer | undefined;
    const relations = join(dir, 'relations', readdirSync(join(dir, 'relations')).sort()[0]!);
    const original = readFileSync(relations, 'utf8');
    try {
      dev = await createServer({
        root: ROOT,
        logLevel: 'warn',
        server: { port: await freePort(), strictPort: true, host: '127.0.0.1', open: false },
      });
      await dev.listen();
      const url = dev.resolvedUrls?.local[0] ?? '';
      const page = await browser.newPage();
      await page.addInitScript(watchPicture);
      await page.goto(url);
      await page.waitForFunction(
        () => performance.getEntriesByName('entente:graph-complete').length,
      );
      let seen = await page.evaluate(() => (window as unknown as { picture: PictureSeen }).picture);
      expect(seen.shown).toMatchObject({ visible: true, appUp: false });
      expect(seen.src).toContain('/@entente/first-picture.svg');
      // Its 4:5 shape, for a phone held upright, answered beside it.
      const tall = await fetch(new URL('@entente/first-picture-tall.svg', url));
      expect(tall.headers.get('content-type')).toBe('image/svg+xml');
      expect(await tall.text()).toBe(
        firstPicture(readGraphDataFolder(dir).filter((f) => !f.path.startsWith('schema/')))?.tall,
      );
      await expect.poll(() => page.getByTestId('first-picture').count()).toBe(0);

      // A relation naming an actor the data do not hold: no picture may show what will not open.
      writeFileSync(relations, original.replace('"source": "', '"source": "NOBODY-'));
      const answer = await fetch(new URL('@entente/first-picture.svg', url));
      expect(answer.status).toBe(404);
      expect((await fetch(new URL('@entente/first-picture-tall.svg', url))).status).toBe(404);
      // The picture's own link (a reload would open the one the explorer wrote, also its own).
      await page.goto(url);
      await expect
        .poll(() => page.getByText('NOBODY-').first().isVisible(), { timeout: 20_000 })
        .toBe(true);
      seen = await page.evaluate(() => (window as unknown as { picture: PictureSeen }).picture);
      expect(seen.shown).toBeNull();
      expect(await page.getByTestId('first-picture').count()).toBe(0);
      await page.close();
    } finally {
      writeFileSync(relations, original);
      if (previous === undefined) delete process.env.ENTENTE_DATA;
      else process.env.ENTENTE_DATA = previous;
      await dev?.close();
    }
  }, 120_000);
});

interface PictureSeen {
  /** Whether the picture's box was ever added to the page. */
  added: boolean;
  /** At its first frame (the mark): whether it was visible, its image's width, and whether the explorer was up. */
  shown: { visible: boolean; width: number; appUp: boolean } | null;
  src: string;
}

/** Records, in the page, whether the first picture was added and how it was when first shown. */
function watchPicture(): void {
  const seen: PictureSeen = { added: false, shown: null, src: '' };
  (window as unknown as { picture: PictureSeen }).picture = seen;
  new MutationObserver(() => {
    const box = document.querySelector<HTMLElement>('[data-testid="first-picture"]');
    if (!box) return;
    seen.added = true;
    seen.src = box.querySelector('img')?.src ?? '';
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('entente:first-picture').length === 0) return;
    const box = document.querySelector<HTMLElement>('[data-testid="first-picture"]');
    seen.shown = {
      visible: box !== null && getComputedStyle(box).visibility === 'visible',
      width: box?.querySelector('img')?.naturalWidth ?? 0,
      appUp: document.querySelector('.app') !== null,
    };
  }).observe({ type: 'mark' });
}
