// No other origin may frame the page: `vite preview` (and the dev server, tests/e2e/dev-edit)
// answer with `Content-Security-Policy: frame-ancestors 'none'` and `X-Frame-Options: DENY`, as
// configured in vite.config.ts, and Chromium refuses to show the page in another site's frame.
import { createServer, type Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, ROOT } from '../support/serve-build';
import { launch } from './browser';

let browser: Browser;
let server: PreviewServer;
let framer: Server;
let appUrl: string;
let framerUrl: string;

beforeAll(async () => {
  // `vite preview` with the project's vite.config.ts, on the production build of the shipped data.
  server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: inject('shippedDir') },
    preview: { port: await freePort(), strictPort: true, host: '127.0.0.1', open: false },
  });
  appUrl = server.resolvedUrls?.local[0] ?? '';
  // Another origin (another port) whose page frames the app.
  const port = await freePort();
  framer = createServer((_, response) => {
    response.setHeader('Content-Type', 'text/html');
    response.end(`<!doctype html><title>Framer</title><iframe src="${appUrl}"></iframe>`);
  });
  await new Promise<void>((resolve) => framer.listen(port, '127.0.0.1', resolve));
  framerUrl = `http://127.0.0.1:${port}/`;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((resolve) => framer?.close(resolve));
});

describe('framing by another origin', () => {
  it('is forbidden by the headers of vite preview, for the page and its assets', async () => {
    const page = await fetch(appUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const script = /src="([^"]+\.js)"/.exec(await page.text())?.[1] ?? '';
    const asset = await fetch(new URL(script, appUrl));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('x-frame-options')).toBe('DENY');
  });

  it('is refused by Chromium: another site’s frame stays without the app', async () => {
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    await page.goto(framerUrl);
    const frame = page.frameLocator('iframe');
    await expect
      .poll(() => messages.join('\n'), { timeout: 10_000 })
      .toMatch(/frame-ancestors|X-Frame-Options/);
    expect(await frame.locator('.app').count()).toBe(0);
    // The same page opened directly works.
    await page.goto(appUrl);
    await page.locator('.app').waitFor();
    await page.close();
  });
});
