// The benchmark's opening figures, each from a fresh browser (no cache, no warm code): time from
// navigation to the first frame of the graph, every script fetched before it (gzipped, the worker
// included), and the renderer's peak memory — for a build of the shipped data (the baseline), a
// build of the scale set, and the dev server started on the scale set (`ENTENTE_DATA=DIR npm
// start`, its first load after start, as a user meets it; three starts).
import { gzipSync } from 'node:zlib';
import { chromium, type Response } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS } from '../src/node/chromium';
import { ensureChromium } from '../tests/support/chromium';
import { freePort, ROOT } from '../tests/support/serve-build';
import { figure, median, type Figure } from './measure';
import { rendererPeakMb } from './memory';

export interface OpenRun {
  /** Navigation to the first frame of the graph (the page's mark), ms. */
  readonly firstFrame: number;
  readonly domContentLoaded: number;
  /** Gzipped kB of every script (page and worker) fetched before the first frame. */
  readonly scriptsKb: number;
  /** The renderer's peak resident memory (bench/memory.ts), MB. */
  readonly peakMb: number;
}

/** Opens `url` in a browser of its own and measures it until the graph's first frame. */
export async function openFresh(url: string, timeoutMs = 60_000): Promise<OpenRun> {
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const scripts: Response[] = [];
    context.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'script' || response.url().endsWith('.js')) scripts.push(response);
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName('entente:graph-drawn').length > 0,
      undefined,
      { timeout: timeoutMs, polling: 50 },
    );
    const times = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        firstFrame: performance.getEntriesByName('entente:graph-drawn')[0]?.startTime ?? NaN,
        domContentLoaded: nav.domContentLoadedEventEnd,
        origin: performance.timeOrigin,
      };
    });
    // Every script asked for before the first frame (page and worker alike), by when its request
    // started: not those asked for after it, however soon.
    const drawnAt = times.origin + times.firstFrame;
    let bytes = 0;
    for (const response of scripts) {
      if (response.request().timing().startTime > drawnAt) continue;
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes += gzipSync(body).length;
    }
    const peakMb = await rendererPeakMb(browser);
    return {
      firstFrame: times.firstFrame,
      domContentLoaded: times.domContentLoaded,
      scriptsKb: bytes / 1024,
      peakMb,
    };
  } finally {
    await browser.close();
  }
}

async function runs(url: string, count: number): Promise<OpenRun[]> {
  const done: OpenRun[] = [];
  for (let i = 0; i < count; i++) done.push(await openFresh(url));
  return done;
}

const med = (list: readonly OpenRun[], key: keyof OpenRun) => median(list.map((r) => r[key]));

/** The dev server on `dataDir`, started here, and its first load after start. */
async function devFirstLoad(dataDir: string): Promise<OpenRun> {
  const previous = process.env.ENTENTE_DATA;
  process.env.ENTENTE_DATA = dataDir;
  const server = await createServer({
    root: ROOT,
    logLevel: 'warn',
    server: { port: await freePort(), strictPort: true, host: '127.0.0.1', open: false },
  });
  try {
    await server.listen();
    return await openFresh(server.resolvedUrls?.local[0] ?? '', 120_000);
  } finally {
    if (previous === undefined) delete process.env.ENTENTE_DATA;
    else process.env.ENTENTE_DATA = previous;
    await server.close();
  }
}

export interface OpenTargets {
  readonly firstFrameBuild: number;
  readonly firstFrameDev: number;
  readonly initialJsKb: number;
}

/** `shippedUrl` and `scaleUrl` serve builds of the shipped data and of the scale set. */
export async function openFigures(
  shippedUrl: string,
  scaleUrl: string,
  scaleDir: string,
  targets: OpenTargets,
): Promise<Figure[]> {
  const shipped = await runs(`${shippedUrl}?view=cold-war`, 3);
  const scale = await runs(scaleUrl, 3);
  // Each a server started afresh: one first load is too noisy a figure alone (4.3-5.8 s here
  // within an hour).
  const devRuns: OpenRun[] = [];
  for (let i = 0; i < 3; i++) devRuns.push(await devFirstLoad(scaleDir));
  const shippedFrame = { value: med(shipped, 'firstFrame'), name: 'the same for the shipped data' };
  return [
    figure(
      'first frame from a fresh browser (shipped, build)',
      med(shipped, 'firstFrame'),
      'ms',
      { value: med(shipped, 'domContentLoaded'), name: 'DOMContentLoaded of the same load' },
      null,
    ),
    figure(
      'scripts fetched before the first frame, gzip (shipped)',
      med(shipped, 'scriptsKb'),
      'kB',
      { value: med(scale, 'scriptsKb'), name: 'the same for the scale set' },
      targets.initialJsKb,
    ),
    figure(
      'first frame from a fresh browser (scale set, build)',
      med(scale, 'firstFrame'),
      'ms',
      shippedFrame,
      targets.firstFrameBuild,
    ),
    figure(
      'first frame after `ENTENTE_DATA=DIR npm start` (scale set, first load, median of 3 starts)',
      med(devRuns, 'firstFrame'),
      'ms',
      shippedFrame,
      targets.firstFrameDev,
    ),
    figure(
      'renderer peak memory until the first frame (scale set, build)',
      med(scale, 'peakMb'),
      'MB',
      { value: med(shipped, 'peakMb'), name: 'the same for the shipped data' },
      null,
    ),
    figure(
      'renderer peak memory until the first frame (scale set, dev server)',
      med(devRuns, 'peakMb'),
      'MB',
      { value: med(shipped, 'peakMb'), name: 'the same for the shipped data, build' },
      null,
    ),
  ];
}
