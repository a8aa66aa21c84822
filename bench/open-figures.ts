// The benchmark's opening figures, each from a fresh browser (no cache, no warm code): time from
// navigation to the first frame showing the graph (a large data set's first picture, where there
// is one) and to the live graph drawn whole, every script fetched before the first frame
// (gzipped, the worker included), and the renderer's peak memory until the live graph — for a
// build of the shipped data (the baseline), a build of the scale set, and the dev server started
// on the scale set (`ENTENTE_DATA=DIR npm start`, its first load after start, as a user meets it;
// three starts, each timed to listening too).
import { gzipSync } from 'node:zlib';
import { chromium, type Response } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS } from '../src/node/chromium';
import { SHIPPED_DATA } from '../src/node/paths';
import { ensureChromium } from '../tests/support/chromium';
import { freePort, ROOT } from '../tests/support/serve-build';
import { figure, median, type Figure } from './measure';
import { rendererPeakMb } from './memory';

export interface OpenRun {
  /**
   * Navigation to the first frame showing the graph, ms: a large data set's first picture (worked
   * out when the site was built or the dev server started; ui/first-picture.ts), or the live
   * graph's first frame where there is no picture.
   */
  readonly firstFrame: number;
  /** Navigation to the live graph whole on screen, its ties drawn (render/graph-view.ts), ms. */
  readonly liveGraph: number;
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
      () => performance.getEntriesByName('entente:graph-complete').length > 0,
      undefined,
      { timeout: timeoutMs, polling: 50 },
    );
    const times = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      // No named helper here: tsx would wrap it in a function the page does not have.
      const [picture, drawn, complete] = [
        'entente:first-picture',
        'entente:graph-drawn',
        'entente:graph-complete',
      ].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Infinity);
      return {
        firstFrame: Math.min(picture ?? Infinity, drawn ?? Infinity),
        liveGraph: complete ?? Infinity,
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
      liveGraph: times.liveGraph,
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

const med = <R extends OpenRun>(list: readonly R[], key: keyof R) =>
  median(list.map((r) => Number(r[key])));

/**
 * The dev server on `dataDir`, started here: how long it took to listen (ms; a large folder's
 * first picture is worked out before), and its first load after start.
 */
async function devFirstLoad(dataDir: string): Promise<OpenRun & { readonly startMs: number }> {
  const previous = process.env.ENTENTE_DATA;
  process.env.ENTENTE_DATA = dataDir;
  const started = performance.now();
  const server = await createServer({
    root: ROOT,
    logLevel: 'warn',
    server: { port: await freePort(), strictPort: true, host: '127.0.0.1', open: false },
  });
  try {
    await server.listen();
    const startMs = performance.now() - started;
    return { ...(await openFresh(server.resolvedUrls?.local[0] ?? '', 120_000)), startMs };
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
  const devRuns: (OpenRun & { startMs: number })[] = [];
  for (let i = 0; i < 3; i++) devRuns.push(await devFirstLoad(scaleDir));
  const shippedDev = await devFirstLoad(SHIPPED_DATA);
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
      "first frame showing the graph from a fresh browser (scale set, build: the build's first picture)",
      med(scale, 'firstFrame'),
      'ms',
      shippedFrame,
      targets.firstFrameBuild,
    ),
    figure(
      'live graph drawn, ties and all, from a fresh browser (scale set, build)',
      med(scale, 'liveGraph'),
      'ms',
      { value: med(shipped, 'liveGraph'), name: 'the same for the shipped data' },
      null,
    ),
    figure(
      'first frame showing the graph after `ENTENTE_DATA=DIR npm start` (scale set, first load: the first picture; median of 3 starts)',
      med(devRuns, 'firstFrame'),
      'ms',
      shippedFrame,
      targets.firstFrameDev,
    ),
    figure(
      'live graph drawn after `ENTENTE_DATA=DIR npm start` (scale set, first load, median of 3 starts)',
      med(devRuns, 'liveGraph'),
      'ms',
      { value: shippedDev.liveGraph, name: 'the same for the shipped data (one start)' },
      null,
    ),
    figure(
      'dev server start to listening (scale set: read, packed, its first picture worked out)',
      med(devRuns, 'startMs'),
      'ms',
      { value: shippedDev.startMs, name: 'the same for the shipped data (one start)' },
      null,
    ),
    figure(
      'renderer peak memory until the live graph (scale set, build)',
      med(scale, 'peakMb'),
      'MB',
      { value: med(shipped, 'peakMb'), name: 'the same for the shipped data' },
      null,
    ),
    figure(
      'renderer peak memory until the live graph (scale set, dev server)',
      med(devRuns, 'peakMb'),
      'MB',
      { value: med(shipped, 'peakMb'), name: 'the same for the shipped data, build' },
      null,
    ),
  ];
}
