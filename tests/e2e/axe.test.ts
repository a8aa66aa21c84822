// Accessibility checked by axe-core in real Chromium, at a desktop and a phone size, on the first
// screen and on the states a reader reaches in the first minute (the analysis, a selection, the
// diff, the table): no serious or critical violation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, settled } from './browser';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const url = (query = '') => `${inject('shippedUrl')}${query}`;

interface Finding {
  readonly id: string;
  readonly impact: string;
  readonly nodes: readonly string[];
}

/** axe's serious and critical findings on the page as it is now, each with where it was found. */
async function seriousFindings(page: Page): Promise<Finding[]> {
  // Evaluated through the browser's protocol: the page's own policy forbids inline scripts.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        nodes: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
  });
}

describe('the axe check', () => {
  it('bites: a button without a name on the page is found, as critical', async () => {
    const { page } = await openPage(browser, url());
    await settled(page);
    await page.evaluate(() => {
      const button = document.createElement('button');
      document.querySelector('main')?.append(button);
    });
    const found = await seriousFindings(page);
    expect(found.map((f) => f.id)).toContain('button-name');
    await page.close();
  });
});

const SIZES = [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
] as const;

describe.each(SIZES)('axe at $name size ($width×$height)', ({ width, height }) => {
  it('finds no serious or critical violation on the first screen, the analysis and a selection', async () => {
    const { page, problems } = await openPage(browser, url('?view=2022&select=PAK'));
    await page.setViewportSize({ width, height });
    await settled(page);
    expect(await seriousFindings(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Analysis' }).click();
    expect(await seriousFindings(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds none in the diff and in the table', async () => {
    const { page, problems } = await openPage(browser, url('?view=2022&mode=diff'));
    await page.setViewportSize({ width, height });
    await settled(page);
    expect(await seriousFindings(page)).toEqual([]);
    const { page: table } = await openPage(browser, url('?view=cold-war&tab=table'));
    await table.setViewportSize({ width, height });
    await table.getByRole('table').first().waitFor();
    expect(await seriousFindings(table)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
    await table.close();
  });
});
