// Read at a glance, in real Chromium on the production build: the headline above the graph, the
// words explained in place and in the glossary, the method behind "More", a diff that shows
// change, the alignment layout, and a window length that survives the edge of the data.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SIDES_HALF_WIDTH } from '../../src/core/scene/sides-layout';
import { drawn, launch, openPage, screenshot, settled } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const url = (query = '') => `${inject('shippedUrl')}${query}`;

/** Each drawn actor's model position, read off Cytoscape (for tests only). */
function positions(page: Page, index = 0): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate((i) => {
    const container = document.querySelectorAll('.canvas')[i] as unknown as {
      _cyreg: {
        cy: {
          nodes(): {
            map<T>(f: (n: { id(): string; position(): { x: number; y: number } }) => T): T[];
          };
        };
      };
    };
    return Object.fromEntries(
      container._cyreg.cy.nodes().map((n) => [n.id(), { ...n.position() }] as const),
    );
  }, index);
}

describe('read at a glance', () => {
  it('says who sided with whom above the graph, in each era’s names', async () => {
    const { page, problems } = await openPage(browser, url());
    const headline = page.getByTestId('headline');
    await expect.poll(() => headline.textContent()).toMatch(/^Two camps: /);
    const cold = (await headline.textContent()) ?? '';
    expect(cold).toContain('Soviet Union');
    expect(cold).toContain('Pakistan');
    // Above the graph: the headline's box ends before the canvas begins.
    const h = await headline.boundingBox();
    const c = await page.locator('.canvas').first().boundingBox();
    expect(h && c && h.y + h.height <= c.y).toBe(true);

    await page.getByRole('group', { name: 'Era' }).getByRole('button', { name: '2022' }).click();
    await expect.poll(() => headline.textContent()).toContain('Russia');
    expect(await headline.textContent()).not.toContain('Soviet Union');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says it on a phone too: the headline first, above a graph with every actor', async () => {
    const { page, problems } = await openPage(browser, url('?view=2022'));
    await page.setViewportSize({ width: 390, height: 844 });
    const headline = page.getByTestId('headline');
    await expect.poll(() => headline.textContent()).toContain('Russia');
    const h = await headline.boundingBox();
    const c = await page.locator('.canvas').first().boundingBox();
    expect(h && c && h.y + h.height <= c.y && h.width <= 390).toBe(true);
    expect((await drawn(page)).nodes).toHaveLength(6);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('explains a term in place with "?", lists every term in a glossary, and keeps the method behind More', async () => {
    const { page, problems } = await openPage(browser, url());
    await page.getByRole('tab', { name: 'Analysis' }).click();
    const ask = page.getByRole('button', { name: 'What is “Hedging”?' });
    await ask.click();
    expect(await ask.getAttribute('aria-expanded')).toBe('true');
    await expect
      .poll(() => page.getByRole('note').first().textContent())
      .toContain('would lose little by switching camps');
    // The triangles and the ties against the split are there, behind "More".
    const more = page.getByTestId('more');
    expect(await page.getByTestId('balance').isVisible()).toBe(false);
    await more.locator('summary').click();
    expect(await page.getByTestId('balance').isVisible()).toBe(true);
    // The glossary opens as a dialog, names every term, and closes with Escape.
    await page.getByRole('button', { name: 'Words used here' }).click();
    const dialog = page.getByRole('dialog', { name: 'Words used here' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const terms = await dialog.locator('dt').allTextContents();
    expect(terms).toEqual(
      expect.arrayContaining(['Camp', 'Hedging', 'Balanced triangle', 'Valence']),
    );
    await screenshot(page, 'glance-glossary');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows in the diff which ties grew stronger or weaker and who changed sides, changes first', async () => {
    const { page, problems } = await openPage(browser, url('?view=2022&mode=diff'));
    await expect.poll(async () => (await drawn(page)).edges.length).toBeGreaterThan(0);
    await settled(page);
    const graph = await drawn(page);
    const kinds = new Set(
      graph.edges.flatMap((e) => e.classes.filter((c) => c.startsWith('diff-'))),
    );
    expect([...kinds].some((k) => k === 'diff-stronger' || k === 'diff-weaker')).toBe(true);
    // Every kind of change drawn has its legend entry.
    for (const k of kinds) expect(await page.locator(`[data-legend="${k}"]`).count()).toBe(1);
    const moved = graph.nodes.filter((n) => n.classes.includes('is-moved')).map((n) => n.label);
    expect(moved.length).toBeGreaterThan(0);
    const headline = (await page.getByTestId('headline').textContent()) ?? '';
    for (const name of moved) expect(headline).toContain(`${name} now with`);
    // In the Analysis panel, what changed comes first.
    await page.getByRole('tab', { name: 'Analysis' }).click();
    const first = page.locator('#panel-analysis h3').first();
    expect(await first.textContent()).toMatch(/^What changed since Cold War/);
    await screenshot(page, 'glance-diff');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lays the actors out by side when asked, and the US and Russia cross between eras', async () => {
    const { page, problems } = await openPage(browser, url('?view=cold-war'));
    await page.getByLabel('Layout').selectOption('sides');
    await expect.poll(() => page.url()).toContain('layout=sides');
    await settled(page);
    const cold = await positions(page);
    await page.getByRole('group', { name: 'Era' }).getByRole('button', { name: '2022' }).click();
    await expect
      .poll(async () => (await drawn(page)).nodes.find((n) => n.id === 'RUS')?.label)
      .toBe('Russia');
    await settled(page);
    const now = await positions(page);
    const side = (p: Record<string, { x: number }>, id: string) =>
      Math.sign((p[id]?.x ?? SIDES_HALF_WIDTH) - SIDES_HALF_WIDTH);
    // Pakistan keeps its side; the US leaves it, Russia joins it; heights stay.
    expect(side(cold, 'PAK')).toBe(side(now, 'PAK'));
    expect(side(cold, 'USA')).toBe(side(cold, 'PAK'));
    expect(side(now, 'USA')).toBe(-side(now, 'PAK'));
    expect(side(now, 'RUS')).toBe(side(now, 'PAK'));
    expect(Math.abs(now.RUS!.x - now.PAK!.x)).toBeLessThan(Math.abs(cold.RUS!.x - cold.PAK!.x));
    expect(now.PAK!.y).toBe(cold.PAK!.y);
    await screenshot(page, 'glance-sides');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the window length chosen at the start of the data when the slider moves', async () => {
    const { page, problems } = await openPage(browser, url('?from=1948&to=1948'));
    await page.getByLabel('Window').selectOption('10');
    const caption = page.getByTestId('caption');
    await expect.poll(() => caption.textContent()).toBe('1947–1948');
    const slider = page.getByRole('slider');
    await slider.focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toBe('1951–1960');
    expect(problems).toEqual([]);
    await page.close();
  });
});
