// The explorer in real Chromium, on a production build of the shipped data: what a new user does
// in the first minute, checked against the analysis the command line prints for the same window.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { analyzeWindow } from '../../src/core/analysis/analysis';
import { firstDay, lastDay } from '../../src/core/time/dates';
import { loadDataset } from '../../src/core/data/load';
import { DEFAULT_SCORING } from '../../src/core/analysis/scoring';
import { viewWindow } from '../../src/core/time/time';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';
import {
  canvasFingerprint,
  clickNode,
  drawn,
  launch,
  openPage,
  screenshot,
  settled,
} from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const loaded = loadDataset(readGraphDataFolder(SHIPPED_DATA));
if (!loaded.ok) throw new Error('The shipped data must be valid for the e2e tests');
const dataset = loaded.dataset;
const reportFor = (view: string) => analyzeWindow(dataset, viewWindow(dataset.viewById[view]!));

const url = (query = '') => `${inject('shippedUrl')}${query}`;
const era = (page: Page, label: string) =>
  page.getByRole('group', { name: 'Era' }).getByRole('button', { name: label });

async function campsText(page: Page): Promise<string[]> {
  await page.getByRole('tab', { name: 'Analysis' }).click();
  return page.getByTestId('camps').locator('li').allTextContents();
}

describe('the explorer on the shipped data', () => {
  it('fetches its data once, asked for with the scripts (the preload is used, not wasted), compressed at build time', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    const encodings: string[] = [];
    const warnings: string[] = [];
    page.on('request', (r) => {
      if (/graph-data-[0-9a-f]+\.txt$/.test(r.url())) fetched.push(r.url());
    });
    page.on('response', (r) => {
      if (/graph-data-[0-9a-f]+\.txt$/.test(r.url())) {
        const headers = r.headers();
        encodings.push(`${headers['content-encoding']} ${headers['cache-control']}`);
      }
    });
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
    await page.goto(url('?view=cold-war'));
    await page.locator('.app').waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('entente:graph-drawn').length);
    // One request: a preload the page's fetch could not use would be fetched a second time.
    expect(fetched).toHaveLength(1);
    // The file the build compressed (src/node/precompressed.ts), not compressed at each request.
    // (Vite's compression on the fly would say gzip too, but not that the file never changes.)
    expect(encodings).toEqual(['gzip public, max-age=31536000, immutable']);
    const entries = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /graph-data-[0-9a-f]+\.txt$/.test(e.name))
        .map((e) => (e as PerformanceResourceTiming).initiatorType),
    );
    expect(entries).toEqual(['link']);
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
    await page.close();
  });

  it('opens on the Cold War with six actors drawn, and agrees with the analysis', async () => {
    const { page, problems, foreignRequests } = await openPage(browser, url());
    expect(await era(page, 'Cold War').getAttribute('aria-pressed')).toBe('true');
    const graph = await drawn(page);
    expect(graph.nodes.map((n) => n.label).sort()).toEqual(
      ['Afghanistan', 'China', 'India', 'Pakistan', 'Soviet Union', 'United States'].sort(),
    );
    const report = reportFor('cold-war');
    expect(graph.edges).toHaveLength(report.dyads.length);
    const names = new Map(report.actors.map((a) => [a.id, a.name]));
    expect(await campsText(page)).toEqual([
      `Camp A ${report.camps[0].map((id) => names.get(id)).join(', ')}`,
      `Camp B ${report.camps[1].map((id) => names.get(id)).join(', ')}`,
    ]);
    const { balanced, unbalanced } = report.balance;
    expect(await page.getByTestId('balance').textContent()).toContain(
      `${balanced} of ${balanced + unbalanced} triangles balanced`,
    );
    expect(await page.getByRole('listitem').filter({ hasText: 'Camp A:' }).count()).toBe(1);
    await screenshot(page, 'explorer-cold-war');
    await expect.poll(() => page.url()).toContain('?view=cold-war');
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('switches era: the drawing, the camps and the table change, and the US and Russia swap camp colours', async () => {
    const { page, problems } = await openPage(browser, url());
    await settled(page);
    const before = await canvasFingerprint(page);
    const classes = (graph: Awaited<ReturnType<typeof drawn>>, id: string) =>
      graph.nodes.find((n) => n.id === id)?.classes;
    const coldWar = await drawn(page);
    await era(page, '2022').click();
    await expect
      .poll(() => drawn(page).then((g) => g.nodes.find((n) => n.id === 'RUS')?.label))
      .toBe('Russia');
    await settled(page);
    expect(await era(page, '2022').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('caption').textContent()).toContain('2022');
    expect(await canvasFingerprint(page)).not.toBe(before);
    const graph = await drawn(page);
    expect(graph.nodes.find((n) => n.id === 'RUS')?.label).toBe('Russia');
    // Pakistan shares a colour with the United States in the Cold War and with Russia in 2022.
    expect(classes(coldWar, 'PAK')).toEqual(classes(coldWar, 'USA'));
    expect(classes(coldWar, 'PAK')).not.toEqual(classes(coldWar, 'RUS'));
    expect(classes(graph, 'PAK')).toEqual(classes(graph, 'RUS'));
    expect(classes(graph, 'PAK')).not.toEqual(classes(graph, 'USA'));
    expect(graph.edges).toHaveLength(reportFor('2022').dyads.length);
    await screenshot(page, 'explorer-2022');

    await page.getByRole('tab', { name: 'Table' }).click();
    const table = page.getByRole('table', { name: 'Relations' });
    await table.waitFor(); // its own chunk, fetched with the tab's first showing
    // The table lists the relations that count under the reading, as the analysis does.
    const rows2022 = await table.locator('tbody tr').count();
    const active2022 = reportFor('2022').dyads.reduce((n, t) => n + t.relations.length, 0);
    expect(rows2022).toBe(active2022);
    await era(page, 'Cold War').click();
    const activeColdWar = reportFor('cold-war').dyads.reduce((n, t) => n + t.relations.length, 0);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(activeColdWar);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves the timeline with the keyboard, with a window length to choose', async () => {
    const { page, problems } = await openPage(browser, url('?view=2022'));
    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByTestId('timeline-span').textContent()).toBe('2021');
    expect(await era(page, '2022').getAttribute('aria-pressed')).toBe('false');
    await page.getByLabel('Window').selectOption('10');
    expect(await page.getByTestId('timeline-span').textContent()).toBe('2012–2021');
    await expect.poll(() => page.url()).toContain('from=2012&to=2021');
    await era(page, 'Cold War').click();
    expect(await slider.inputValue()).toBe('1991');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('selects an actor by clicking it, then a tie, and shows the relations with their sources', async () => {
    const { page, problems } = await openPage(browser, url('?view=2022'));
    await settled(page);
    await clickNode(page, 'PAK');
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent())
      .toBe('Pakistan');
    await expect.poll(() => page.url()).toContain('select=PAK');
    await page.getByRole('button', { name: 'Russia' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent())
      .toBe('Pakistan – Russia');
    // A visit is diplomacy: the default reading (security) lists it as not counted.
    expect(await page.getByTestId('not-counted').textContent()).toContain(
      "Imran Khan's visit to Moscow",
    );
    const securityTie = reportFor('2022').dyads.find((t) => t.a === 'PAK' && t.b === 'RUS');
    expect(await page.getByTestId('tie-score').textContent()).toContain(
      `+${securityTie?.score.toFixed(1)}`,
    );
    // Counting diplomacy too brings it into the score, with its factors and its sources.
    await page.getByRole('tab', { name: 'Analysis' }).click();
    await page.getByRole('group', { name: 'Layers' }).getByLabel('Diplomacy').check();
    await expect.poll(() => page.url()).toContain('layers=security,diplomacy');
    await page.getByRole('tab', { name: 'Details' }).click();
    const khan = page.locator('[data-relation="pak-rus-2022-khan-visit"]');
    expect(await khan.getByTestId('factors').textContent()).toMatch(
      /= \+1\.9 × 1 share × 1 fade × (1|0\.7) confidence/,
    );
    expect(await khan.textContent()).toContain("Imran Khan's visit to Moscow");
    const links = khan.getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
    const tie = analyzeWindow(
      dataset,
      viewWindow(dataset.viewById['2022']!),
      {},
      {
        ...DEFAULT_SCORING,
        layers: ['security', 'diplomacy'],
      },
    ).dyads.find((t) => t.a === 'PAK' && t.b === 'RUS');
    expect(await page.getByTestId('tie-score').textContent()).toContain(
      `+${tie?.score.toFixed(1)}`,
    );
    expect(await page.locator('[data-relation]').count()).toBe(tie?.relations.length);
    const edges = (await drawn(page)).edges;
    expect(edges.find((e) => e.id === 'PAK~RUS')?.classes).toContain('is-selected');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('compares the two eras side by side and shows the differences', async () => {
    const { page, problems } = await openPage(browser, url());
    await page
      .getByRole('group', { name: 'Mode' })
      .getByRole('button', { name: 'Compare' })
      .click();
    await expect.poll(() => page.locator('.canvas').count()).toBe(2);
    await settled(page, 0);
    await settled(page, 1);
    expect(await page.getByTestId('reference-caption').textContent()).toBe('Cold War, 1947–1991');
    expect(await page.getByTestId('caption').textContent()).toContain('2022');
    const [left, right] = [await drawn(page, 0), await drawn(page, 1)];
    expect(left.nodes.find((n) => n.id === 'RUS')?.label).toBe('Soviet Union');
    expect(right.nodes.find((n) => n.id === 'RUS')?.label).toBe('Russia');
    await screenshot(page, 'explorer-compare');

    await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Diff' }).click();
    await expect.poll(() => page.locator('.canvas').count()).toBe(1);
    await expect
      .poll(() => drawn(page).then((g) => g.edges.some((e) => e.classes.includes('diff-flipped'))))
      .toBe(true);
    await settled(page);
    const diff = await drawn(page);
    expect(diff.edges.some((e) => e.classes.includes('diff-flipped'))).toBe(true);
    // The US and Russia changed camp letter; Pakistan kept its letter but not its camp-mates.
    expect(diff.nodes.find((n) => n.id === 'USA')?.classes).toContain('is-moved');
    expect(diff.edges.find((e) => e.id === 'PAK~RUS')?.classes).toContain('diff-flipped');
    expect(await page.locator('[data-legend="diff-flipped"]').count()).toBe(1);
    await page.getByRole('tab', { name: 'Analysis' }).click();
    expect(await page.getByTestId('changes').textContent()).toContain(
      'Pakistan: with United States and China → with Russia and China.',
    );
    await screenshot(page, 'explorer-diff');
    await expect.poll(() => page.url()).toContain('mode=diff');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says who sides with whom in words, how sure it is, who hedges, and draws the hedgers', async () => {
    const { page, problems } = await openPage(browser, url('?view=2022'));
    await page.getByRole('tab', { name: 'Analysis' }).click();
    const report = reportFor('2022');
    const names = new Map(report.actors.map((a) => [a.id, a.name]));
    const list = (ids: readonly string[]) => {
      const n = ids.map((id) => names.get(id) ?? id);
      return n.length <= 1 ? n.join('') : `${n.slice(0, -1).join(', ')} and ${n.at(-1)}`;
    };
    const hedgers = report.hedging.map((h) => h.actor);
    expect(await page.getByTestId('camps-headline').textContent()).toBe(
      `Two camps: ${list(report.camps[0])} on one side; ${list(report.camps[1])} on the other.` +
        (hedgers.length
          ? ` ${list(hedgers)} ${hedgers.length === 1 ? 'hedges' : 'hedge'} between the camps.`
          : ''),
    );
    // The permutation test arrives from the worker and is said in the same paragraph.
    await expect
      .poll(() => page.getByTestId('camps-certainty').textContent())
      .toContain(`p = ${report.pValue?.toFixed(report.pValue <= 0.05 ? 3 : 2)}`);

    // 1962, the year of the war with China: India is torn between the camps, and drawn so.
    await page.goto(url('?from=1962&to=1962'));
    await page.locator('.app').waitFor();
    await settled(page);
    const y1962 = analyzeWindow(dataset, { start: firstDay('1962'), end: lastDay('1962') });
    expect(y1962.hedging.map((h) => h.actor)).toContain('IND');
    const india = (await drawn(page)).nodes.find((n) => n.id === 'IND');
    expect(india?.classes).toContain('is-hedging');
    expect(await page.locator('[data-legend="hedging"]').count()).toBe(1);
    await page.getByRole('tab', { name: 'Analysis' }).click();
    expect(await page.getByTestId('hedging').textContent()).toContain('India');
    await screenshot(page, 'explorer-1962-hedging');

    // The plain sum is a choice, kept in the URL.
    await page.getByLabel('Scores', { exact: true }).selectOption('sum');
    await expect.poll(() => page.url()).toContain('score=sum');
    expect(await page.getByTestId('camps-headline').textContent()).toMatch(/^(Two camps|One bloc)/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the camps year by year under the timeline, and moves to a year on a click', async () => {
    const { page, problems } = await openPage(browser, url());
    // Open at 1280×720 (a tall enough screen), with a button to fold it away.
    expect(
      await page.getByRole('button', { name: /Camps year by year/ }).getAttribute('aria-expanded'),
    ).toBe('true');
    const strip = page.getByTestId('camp-strip');
    await expect
      .poll(() => strip.locator('g.year').count(), { timeout: 15_000 })
      .toBeGreaterThan(70);
    const label = await strip.getByRole('img').getAttribute('aria-label');
    expect(label).toMatch(/^Camps year by year, 1947–2022: 0 one-bloc years/);
    // Each year says its camps in its tooltip: 1971, Pakistan with the United States and China.
    const y1971 = strip.locator('g.year').filter({ hasText: /^1971:/ });
    expect(await y1971.locator('title').textContent()).toMatch(
      /camp A: Pakistan, United States, China; camp B: Soviet Union, India, Afghanistan/,
    );
    await y1971.locator('rect.hit').click();
    await expect.poll(() => page.getByTestId('timeline-span').textContent()).toMatch(/1971/);
    await screenshot(page, 'explorer-strip');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('restores the view from the URL on reload, and falls back with a notice on a malformed one', async () => {
    const { page, problems } = await openPage(
      browser,
      url('?view=2022&select=PAK~RUS&mode=diff&tab=table'),
    );
    const check = async () => {
      expect(await era(page, '2022').getAttribute('aria-pressed')).toBe('true');
      expect(
        await page
          .getByRole('group', { name: 'Mode' })
          .getByRole('button', { name: 'Diff' })
          .getAttribute('aria-pressed'),
      ).toBe('true');
      expect(await page.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected')).toBe(
        'true',
      );
      expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(
        'Pakistan – Russia',
      );
    };
    await check();
    await page.reload();
    await page.locator('.app').waitFor();
    await check();

    await page.goto(url('?view=atlantis&mode=3d'));
    await page.locator('.app').waitFor();
    expect(
      await page.getByRole('status').filter({ hasText: 'could not be used' }).textContent(),
    ).toContain('the link names an era "atlantis"');
    expect(await era(page, 'Cold War').getAttribute('aria-pressed')).toBe('true');
    expect((await drawn(page)).nodes).toHaveLength(6);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('can be used by keyboard alone: era, search by a former name, a table row', async () => {
    const { page, problems } = await openPage(browser, url());
    await era(page, 'Cold War').waitFor();
    // From the top of the page, Tab reaches the era buttons within a few presses.
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    for (let i = 0; i < 5 && (await focused()) !== '2022'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('2022');
    await page.keyboard.press('Enter');
    expect(await era(page, '2022').getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('tab', { name: 'Filters' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Find an actor').focus();
    await page.keyboard.type('Soviet Union');
    expect(await page.getByTestId('search-results').textContent()).toContain('Russia');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent())
      .toBe('Russia');

    await page.getByRole('tab', { name: 'Table' }).focus();
    await page.keyboard.press('Enter');
    const firstRow = page
      .getByRole('table', { name: 'Relations' })
      .locator('tbody tr')
      .first()
      .getByRole('button');
    await firstRow.focus();
    await page.keyboard.press('Enter');
    expect(await firstRow.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.url()).toContain('select=');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the explorer on an invalid data set', () => {
  it('lists every error with its file and record instead of a blank page', async () => {
    const { page, problems } = await openPage(browser, inject('brokenUrl'));
    const items = page.getByTestId('error-list').locator('li');
    await expect.poll(() => items.count()).toBe(4);
    const text = (await items.allTextContents()).join('\n');
    expect(text).toContain('relations/north-south.json#north-south-1955-pact');
    expect(text).toContain('end 1954 is before start 1955-03');
    expect(text).toContain('"atlantis" is not an actor');
    expect(text).toContain('is already used');
    expect(text).toMatch(/relations\/east-north\.json:\d+:\d+/);
    expect(
      await page.getByRole('heading', { name: 'The data could not be loaded' }).isVisible(),
    ).toBe(true);
    expect(await page.getByRole('group', { name: 'Era' }).count()).toBe(0);
    await screenshot(page, 'explorer-invalid-data');
    expect(problems).toEqual([]);
    await page.close();
  });
});
