// Opening the scale set (200 actors, 100,000 relations) as a GEXF file, as a Gephi user would:
// the time from picking the file to the first frame of its graph, and the renderer's peak memory
// (page and engine worker share its process), each beside the same data imported as a
// graph-data folder in the same run. Each import runs in a fresh browser, so the peak is its own.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { loadDataset } from '../src/core/data/load';
import { datasetGexf } from '../src/core/exchange/gexf';
import { CHROMIUM_ARGS } from '../src/node/chromium';
import { SHIPPED_DATA } from '../src/node/paths';
import { readGraphDataFolder } from '../src/node/read-folder';
import { ensureChromium } from '../tests/support/chromium';
import { buildApp, serveBuild, urlOf } from '../tests/support/serve-build';
import { figure, type Figure } from './measure';
import { rendererPeakMb } from './memory';

interface Opened {
  /** From picking the files to the first frame of the imported graph, by the page's clock. */
  readonly ms: number;
  /** The renderer's peak resident memory (bench/memory.ts), in MB. */
  readonly peakMb: number;
  /** Whether a progress bar was seen while the import ran. */
  readonly progressShown: boolean;
}

/** Opens the app in a fresh browser and imports `files` through the input labelled `input`. */
export async function openImport(url: string, input: string, files: string): Promise<Opened> {
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('entente:graph-drawn').length);
    await page.getByRole('button', { name: 'Import data' }).click();
    const before = await page.evaluate(() => ({
      marks: performance.getEntriesByName('entente:graph-drawn').length,
      at: performance.now(),
    }));
    const progressSeen = page
      .getByTestId('import-progress')
      .locator('progress')
      .waitFor({ timeout: 120_000 })
      .then(
        () => true,
        () => false,
      );
    await page.getByLabel(input, { exact: true }).setInputFiles(files);
    await page.getByTestId('imported-banner').waitFor({ timeout: 300_000 });
    const drawnAt = await page.waitForFunction(
      (count) => {
        const marks = performance.getEntriesByName('entente:graph-drawn');
        return marks.length > count ? (marks.at(-1)?.startTime ?? 0) : 0;
      },
      before.marks,
      { timeout: 120_000 },
    );
    const ms = Number(await drawnAt.jsonValue()) - before.at;
    const peakMb = await rendererPeakMb(browser);
    return { ms, peakMb, progressShown: await progressSeen };
  } finally {
    await browser.close();
  }
}

export async function importFigures(scaleDir: string): Promise<Figure[]> {
  const work = mkdtempSync(join(tmpdir(), 'entente-bench-import-'));
  try {
    const loaded = loadDataset(readGraphDataFolder(scaleDir));
    if (!loaded.ok) throw new Error('the scale set does not validate');
    const gexf = join(work, 'scale.gexf');
    writeFileSync(gexf, datasetGexf(loaded.dataset));
    const outDir = join(work, 'dist');
    await buildApp(SHIPPED_DATA, outDir);
    const server = await serveBuild(outDir);
    try {
      const url = `${urlOf(server)}?view=2022`;
      const folder = await openImport(url, 'A graph-data folder', scaleDir);
      const file = await openImport(url, 'Files', gexf);
      if (!file.progressShown) throw new Error('the GEXF import showed no progress bar');
      const mb = (readFileSync(gexf).length / (1024 * 1024)).toFixed(0);
      return [
        figure(
          `GEXF import, pick to first frame (scale set, ${mb} MB)`,
          file.ms,
          'ms',
          { value: folder.ms, name: 'the same data as a folder' },
          null,
        ),
        figure(
          `GEXF import, renderer peak memory (scale set, ${mb} MB)`,
          file.peakMb,
          'MB',
          { value: folder.peakMb, name: 'the same data as a folder' },
          null,
        ),
      ];
    } finally {
      await server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
