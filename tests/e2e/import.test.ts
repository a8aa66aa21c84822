// Bringing your own data in Chromium: a bad file changes nothing and lists its errors; a good one
// replaces the data (or is added to them) and survives a reload; the panel shows the CSV columns
// and gives a template; hostile files run nothing; the production build runs under a strict
// Content-Security-Policy.
import { cpSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MAX_JSON_BYTES } from '../../src/core/exchange/import/bytes';
import { drawn, launch, openPage, screenshot, type WatchedPage } from './browser';

const HOSTILE = join(import.meta.dirname, '../fixtures/hostile');
const MINIMAL = join(import.meta.dirname, '../fixtures/minimal');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function fresh(query = '?view=2022'): Promise<WatchedPage> {
  const watched = await openPage(browser, `${inject('shippedUrl')}${query}`);
  // Each test starts from the shipped data, whatever an earlier test kept in IndexedDB.
  const restore = watched.page
    .getByTestId('imported-banner')
    .getByRole('button', { name: 'Restore the shipped data' });
  if (await restore.count()) await restore.click();
  return watched;
}

async function importFiles(page: Page, files: string | string[]): Promise<void> {
  if ((await page.getByRole('dialog', { name: 'Import data' }).count()) === 0) {
    await page.getByRole('button', { name: 'Import data' }).click();
  }
  await page.getByLabel('Files', { exact: true }).setInputFiles(files);
}

const labels = async (page: Page) => (await drawn(page)).nodes.map((n) => n.label).sort();

describe('importing data in the explorer', () => {
  it('lists every error of a bad file and keeps the graph that was shown', async () => {
    const { page, problems } = await fresh();
    const before = await labels(page);
    await importFiles(page, join(HOSTILE, 'unknown-actor.json'));
    const list = page.getByTestId('import-errors-list');
    await expect.poll(() => list.locator('li').count()).toBeGreaterThan(0);
    expect(await list.textContent()).toContain('unknown-actor.json#north-south-1960-pact');
    expect(await list.textContent()).toContain('target "atlantis" is not an actor');
    expect(await labels(page)).toEqual(before);
    expect(await page.getByTestId('imported-banner').count()).toBe(0);

    await importFiles(page, join(HOSTILE, 'syntax-trailing-comma.json'));
    await expect.poll(() => list.textContent()).toContain('syntax-trailing-comma.json:4:16');
    expect(await labels(page)).toEqual(before);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('replaces the data with a good import that survives a reload, until the shipped data are restored', async () => {
    const { page, problems } = await fresh();
    const dir = mkdtempSync(join(tmpdir(), 'entente-import-'));
    const bundle = join(dir, 'mine.json');
    writeFileSync(
      bundle,
      JSON.stringify({
        actors: [
          { id: 'aaa', name: 'Avalon', kind: 'state' },
          { id: 'bbb', name: 'Brigadoon', kind: 'state' },
        ],
        relations: [
          {
            id: 'aaa-bbb-1990',
            type: 'alliance',
            source: 'aaa',
            target: 'bbb',
            start: '1990',
            title: 'Pact',
            summary: 'A pact.',
            sources: [{ title: 'Example', url: 'https://example.org' }],
          },
        ],
      }),
    );
    await importFiles(page, bundle);
    await expect
      .poll(() => page.getByTestId('imported-banner').textContent())
      .toContain('mine.json');
    expect(await labels(page)).toEqual(['Avalon', 'Brigadoon']);
    await page.reload();
    await page.locator('.app').waitFor();
    await expect.poll(() => page.getByTestId('imported-banner').count()).toBe(1);
    expect(await labels(page)).toEqual(['Avalon', 'Brigadoon']);
    await page
      .getByTestId('imported-banner')
      .getByRole('button', { name: 'Restore the shipped data' })
      .click();
    await expect.poll(() => labels(page)).toContain('Pakistan');
    await page.reload();
    await page.locator('.app').waitFor();
    expect(await labels(page)).toContain('Pakistan');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the CSV columns and a template, adds a CSV of shipped ids, and teaches a broken one', async () => {
    const { page, problems } = await fresh();
    const shipped = await labels(page);
    await page.getByRole('button', { name: 'Import data' }).click();
    // The columns, as the importer reads them (fetched when the panel first opens).
    const required = page.getByTestId('csv-required').locator('code');
    await expect.poll(() => required.count()).toBeGreaterThan(0);
    expect(await required.allTextContents()).toEqual([
      'id',
      'type',
      'source',
      'target',
      'start',
      'title',
      'summary',
      'sources',
    ]);
    const optional = await page.getByTestId('csv-optional').locator('code').allTextContents();
    expect(optional).toEqual(expect.arrayContaining(['end', 'weight', 'source_titles']));
    expect(await page.getByTestId('shipped-ids').textContent()).toContain('PAK');

    // The template, as a real download.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a template CSV' }).click(),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'entente-template-'));
    const template = join(dir, download.suggestedFilename());
    await download.saveAs(template);
    expect(download.suggestedFilename()).toBe('entente-relations-template.csv');
    const lines = readFileSync(template, 'utf8').trimEnd().split('\n');
    // Its header is the columns the panel shows; its rows join shipped actors.
    const shown = [...(await required.allTextContents()), ...optional];
    expect(lines[0]?.split(',').sort()).toEqual(shown.sort());
    expect(
      lines.slice(1).every((line) => line.includes(',PAK,RUS,') || line.includes(',RUS,PAK,')),
    ).toBe(true);
    await screenshot(page, 'import-panel');

    // Added to the shipped data: the shipped actors stay, with their names, and the new relations join.
    await page.getByLabel('Add to the shipped data').check();
    await page.getByLabel('Files', { exact: true }).setInputFiles(template);
    const banner = page.getByTestId('imported-banner');
    await expect
      .poll(() => banner.textContent())
      .toContain(
        'Showing the shipped data with entente-relations-template.csv added: 2 relations more',
      );
    expect(await labels(page)).toEqual(shipped);
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect
      .poll(() => page.locator('table').textContent())
      .toContain('Example: a joint exercise (replace this row)');
    await screenshot(page, 'import-added');
    // A reload shows the same: the addition was kept as one.
    await page.reload();
    await page.locator('.app').waitFor();
    await expect.poll(() => banner.textContent()).toContain('added: 2 relations more');
    await page.getByRole('tab', { name: 'Graph' }).click();
    await expect.poll(() => labels(page)).toEqual(shipped);

    // A broken CSV: its row, its file and field, and the types there are.
    const broken = join(dir, 'broken.csv');
    writeFileSync(
      broken,
      [
        lines[0],
        lines[1]?.replace('example-exercise', 'example-two'),
        lines[1]
          ?.replace('military-exercise', 'militray-exercise')
          .replace('example-exercise', 'example-three'),
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Import data' }).click();
    await page.getByLabel('Files', { exact: true }).setInputFiles(broken);
    const list = page.getByTestId('import-errors-list');
    await expect.poll(() => list.locator('li').count()).toBe(1);
    const error = (await list.textContent()) ?? '';
    expect(error).toContain('broken.csv#pak-rus-2022-example-three:3:1');
    expect(error).toContain(
      'type "militray-exercise" is not a relation type (did you mean "military-exercise"?)',
    );
    expect(error).toMatch(/the 30 types are agreement, alliance, arms-control, .* and \d+ more/);
    expect(error).not.toContain('relation-types.json');
    // Nothing changed: the addition is still shown.
    expect(await banner.textContent()).toContain('entente-relations-template.csv added');
    await screenshot(page, 'import-error');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('runs nothing from markup in names, titles or summaries, and shows it as text', async () => {
    const { page, problems } = await fresh();
    await importFiles(page, join(HOSTILE, 'html-in-names.json'));
    await expect.poll(() => page.getByTestId('imported-banner').count()).toBe(1);
    await page.getByRole('tab', { name: 'Analysis' }).click();
    expect(await page.getByTestId('camps').textContent()).toContain(
      '<img src=x onerror="window.__pwned=1">',
    );
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.getByRole('table', { name: 'Relations' }).locator('tbody tr button').first().click();
    expect(await page.locator('li[data-relation]').first().textContent()).toContain(
      '<iframe src="javascript:alert(1)">',
    );
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator('img[src="x"], iframe, b[onmouseover]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('answers hostile files with a clear message, keeping the page responsive', async () => {
    const { page, problems } = await fresh();
    const dir = mkdtempSync(join(tmpdir(), 'entente-big-'));
    const big = join(dir, 'big.json');
    // A sparse file: the page refuses it by its size, before a byte is read.
    writeFileSync(big, '');
    truncateSync(big, MAX_JSON_BYTES);
    const list = page.getByTestId('import-errors-list');
    await importFiles(page, big);
    await expect
      .poll(() => list.textContent())
      .toContain('big.json is 512.0 MB; JSON files of 512 MB or more are not read');
    for (const [name, message] of [
      ['deep-nesting.json', 'nested more than 256 levels deep'],
      ['not-utf8.json', 'is not UTF-8 text'],
      ['gexf-billion-laughs.gexf', 'declares a DOCTYPE or entities'],
      ['javascript-url.json', 'must be an http or https URL'],
    ] as const) {
      await importFiles(page, join(HOSTILE, name));
      await expect.poll(() => list.textContent(), { timeout: 5000 }).toContain(message);
    }
    // The page still answers.
    await page
      .getByRole('group', { name: 'Era' })
      .getByRole('button', { name: 'Cold War' })
      .click();
    expect(await page.getByTestId('caption').textContent()).toContain('Cold War');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('imports files dropped on the page and a graph-data folder picked whole', async () => {
    const { page, problems } = await fresh();
    await page.evaluate(() => {
      const csv =
        'id,type,source,target,start,title,summary,sources\nr1,alliance,nor,sou,1960,Pact,A pact.,https://example.org\n';
      const transfer = new DataTransfer();
      transfer.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
      const target = document.querySelector('.app') as HTMLElement;
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      target.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    });
    await expect
      .poll(() => page.getByTestId('imported-banner').textContent())
      .toContain('dropped.csv');
    expect(await labels(page)).toEqual(['nor', 'sou']);

    const dir = mkdtempSync(join(tmpdir(), 'entente-folder-'));
    cpSync(MINIMAL, join(dir, 'my-data'), { recursive: true });
    await page.getByRole('button', { name: 'Import data' }).click();
    await page.getByLabel('A graph-data folder').setInputFiles(join(dir, 'my-data'));
    await expect
      .poll(() => labels(page))
      .toEqual(['Eastland', 'Northland', 'Old Southland', 'Westland']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('serves the production build with a strict Content-Security-Policy that blocks inline script', async () => {
    const { page, problems } = await fresh();
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.head.append(script);
    });
    expect(
      await page.evaluate(() => (window as unknown as { __inline?: number }).__inline),
    ).toBeUndefined();
    expect(problems.some((p) => p.includes('Content Security Policy'))).toBe(true);
    await page.close();
  });
});
