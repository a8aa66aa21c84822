// The editing workflow: with the dev server running, saving a file in the data folder updates
// the open page in place; an edit with errors lists them and keeps the last good view. The page
// fetches the data as JSON, as from a build, fresh after an edit; no script of it holds them.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Response } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unpackDataFiles } from '../../src/core/data/packed';
import { freePort, ROOT } from '../support/serve-build';
import { drawn, launch, openPage } from './browser';

let browser: Browser;
let server: ViteDevServer;
let data: string;

beforeAll(async () => {
  data = join(mkdtempSync(join(tmpdir(), 'entente-dev-')), 'graph-data');
  cpSync(join(ROOT, 'tests/fixtures/minimal'), data, { recursive: true });
  const previous = process.env.ENTENTE_DATA;
  process.env.ENTENTE_DATA = data;
  try {
    server = await createServer({
      root: ROOT,
      logLevel: 'warn',
      server: { port: await freePort(), strictPort: true, host: '127.0.0.1', open: false },
    });
    await server.listen();
  } finally {
    if (previous === undefined) delete process.env.ENTENTE_DATA;
    else process.env.ENTENTE_DATA = previous;
  }
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('npm run dev', () => {
  it('forbids framing by another origin, as vite preview does', async () => {
    const response = await fetch(server.resolvedUrls?.local[0] ?? '');
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('shows an edit in the open page, and keeps the last good view when an edit is invalid', async () => {
    const url = server.resolvedUrls?.local[0] ?? '';
    const { page, problems } = await openPage(browser, `${url}?view=early`);
    await expect
      .poll(() => drawn(page).then((g) => g.nodes.map((n) => n.label).sort()), { timeout: 20_000 })
      .toContain('Northland');
    const actors = join(data, 'actors.json');
    const original = readFileSync(actors, 'utf8');
    // How fast an edit shows is the benchmark's business; the timeouts only bound a hang (on a
    // busy machine the watcher and the page can take seconds).
    const bound = { timeout: 20_000 };
    try {
      writeFileSync(actors, original.replace('"Northland"', '"Nordland"'));
      await expect
        .poll(() => drawn(page).then((g) => g.nodes.map((n) => n.label)), bound)
        .toContain('Nordland');
      await expect.poll(() => page.url()).toContain('view=early');

      writeFileSync(actors, '{ "actors": [ ,] }');
      const list = page.getByTestId('data-errors-list');
      await expect.poll(() => list.textContent(), bound).toContain('actors.json:1:');
      expect((await drawn(page)).nodes.map((n) => n.label)).toContain('Nordland');

      writeFileSync(actors, original);
      await expect.poll(() => list.count(), bound).toBe(0);
      await expect
        .poll(() => drawn(page).then((g) => g.nodes.map((n) => n.label)), bound)
        .toContain('Northland');
    } finally {
      // The next test reads the same folder: never leave it edited.
      writeFileSync(actors, original);
    }
    expect(problems.filter((p) => !p.includes('[vite]'))).toEqual([]);
    await page.close();
  }, 120_000);

  it('fetches the data as JSON, read afresh after an edit, and inlines them in no script', async () => {
    const url = server.resolvedUrls?.local[0] ?? '';
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // What the page asked for is recorded from its responses; what they held is fetched again
    // from the server (Chromium may already have dropped a body nobody asked for in time, and the
    // server answers the same: modules are as on disk, the data read afresh at each request).
    const seen: { response: Response; body: Promise<string> }[] = [];
    const bodyOf = (address: string): Promise<string> =>
      fetch(address).then((answer) => answer.text());
    page.on('response', (response) => {
      const body = bodyOf(response.url());
      body.catch(() => {}); // a failure is reported where the body is awaited
      seen.push({ response, body });
    });
    await page.goto(url);
    await page.locator('.app').waitFor();
    // The data were asked for before the app's modules had all loaded (src/early.ts), not once
    // main.ts ran: before a module deep in its graph (the graph's drawing) was asked for.
    const started = await page.evaluate(() => {
      const at = (part: string) =>
        performance.getEntriesByType('resource').find((e) => e.name.includes(part))?.startTime;
      return { data: at('/@entente/graph-data.txt'), deep: at('/src/render/edge-draw.ts') };
    });
    expect(started.data).toBeDefined();
    expect(started.deep).toBeDefined();
    expect(started.data!).toBeLessThan(started.deep!);

    const dataAnswers = () =>
      seen.filter((s) => new URL(s.response.url()).pathname === '/@entente/graph-data.txt');
    expect(dataAnswers()).toHaveLength(1);
    const answer = dataAnswers()[0]!;
    expect(answer.response.status()).toBe(200);
    expect(await answer.response.allHeaders()).toMatchObject({
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "frame-ancestors 'none'",
      'x-frame-options': 'DENY',
    });
    const actorsText = async (body: Promise<string>) => {
      const unpacked = unpackDataFiles(await body);
      return unpacked.ok ? unpacked.files.find((f) => f.path === 'actors.json')?.text : undefined;
    };
    expect(await actorsText(answer.body)).toContain('"Northland"');

    // The module of virtual:graph-data is a loader of a few lines, and no script holds the data.
    const scripts = seen.filter((s) => s.response.request().resourceType() === 'script');
    const loader = scripts.find((s) => s.response.url().includes('virtual:graph-data'));
    expect(loader).toBeDefined();
    expect((await loader!.body).length).toBeLessThan(4000);
    for (const script of scripts)
      expect(await script.body, script.response.url()).not.toContain('Northland');

    const actors = join(data, 'actors.json');
    const original = readFileSync(actors, 'utf8');
    try {
      writeFileSync(actors, original.replace('"Northland"', '"Nordland"'));
      await page.reload();
      await page.locator('.app').waitFor();
      expect(dataAnswers()).toHaveLength(2);
      expect(await actorsText(dataAnswers()[1]!.body)).toContain('"Nordland"');
    } finally {
      writeFileSync(actors, original);
    }
    await page.close();
  });
});
