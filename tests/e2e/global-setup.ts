// Builds the production app twice — on the shipped data and on a broken data set — serves each on
// a free port, and hands the URLs and the Chromium path to the browser tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../support/chromium';
import { buildAndServe, ROOT, urlOf } from '../support/serve-build';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    shippedUrl: string;
    /** The production build on the shipped data, for tests that serve it themselves. */
    shippedDir: string;
    brokenUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = ensureChromium();
  const work = mkdtempSync(join(tmpdir(), 'entente-e2e-'));
  const shipped = await buildAndServe(join(ROOT, 'graph-data'), join(work, 'shipped'));
  const broken = await buildAndServe(
    join(ROOT, 'tests/fixtures/four-errors'),
    join(work, 'broken'),
  );
  project.provide('chromiumPath', chromiumPath);
  project.provide('shippedUrl', urlOf(shipped));
  project.provide('shippedDir', join(work, 'shipped'));
  project.provide('brokenUrl', urlOf(broken));
  return async () => {
    await Promise.all([shipped.close(), broken.close()]);
    rmSync(work, { recursive: true, force: true });
  };
}
