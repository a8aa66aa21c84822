// The editing workflow: with the dev server running, saving a file in the data folder updates
// the open page in place; an edit with errors lists them and keeps the last good view.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

    writeFileSync(actors, original.replace('"Northland"', '"Nordland"'));
    // How fast it shows is the benchmark's business; the timeout only bounds a hang.
    await expect
      .poll(() => drawn(page).then((g) => g.nodes.map((n) => n.label)), { timeout: 20_000 })
      .toContain('Nordland');
    expect(page.url()).toContain('view=early');

    writeFileSync(actors, '{ "actors": [ ,] }');
    const list = page.getByTestId('data-errors-list');
    await expect.poll(() => list.textContent(), { timeout: 5000 }).toContain('actors.json:1:');
    expect((await drawn(page)).nodes.map((n) => n.label)).toContain('Nordland');

    writeFileSync(actors, original);
    await expect.poll(() => list.count(), { timeout: 5000 }).toBe(0);
    await expect
      .poll(() => drawn(page).then((g) => g.nodes.map((n) => n.label)))
      .toContain('Northland');
    expect(problems.filter((p) => !p.includes('[vite]'))).toEqual([]);
    await page.close();
  });
});
