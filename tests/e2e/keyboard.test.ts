// The explorer by pointer and keyboard, in Chromium on the production build: hover cards over an
// actor and a tie (with a pointer cursor), the graph's focus ring (Tab, arrows, Enter, Escape),
// the Export menu's focus and closing, Find → Enter, the Graph/Table tabs and a table row.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resolve } from 'node:path';
import { ARTIFACTS, drawn, launch, openPage, screenshot, settled } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const url = (query = '') => `${inject('shippedUrl')}${query}`;

/** Where Cytoscape draws an actor (or the middle of the line between two), in page pixels. */
/**
 * Where an actor is drawn, or a point on the line between two (a third of the way from the
 * first: the middle of a line is where other lines of a ring cross it).
 */
async function pointOf(
  page: Page,
  a: string,
  b?: string,
  index = 0,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([first, second, i]) => {
      type Cy = { $id(id: string): { renderedPosition(): { x: number; y: number } } };
      const container = document.querySelectorAll('.canvas')[Number(i)] as HTMLElement & {
        _cyreg: { cy: Cy };
      };
      const rect = container.getBoundingClientRect();
      const at = (id: string) => container._cyreg.cy.$id(id).renderedPosition();
      const p = at(first as string);
      const q = second ? at(second) : p;
      const t = second ? 1 / 3 : 0;
      return { x: rect.left + p.x + (q.x - p.x) * t, y: rect.top + p.y + (q.y - p.y) * t };
    },
    [a, b, index] as const,
  );
}

/** The cursor a person sees at a point of the page. */
const cursorAt = (page: Page, p: { x: number; y: number }) =>
  page.evaluate(({ x, y }) => {
    const under = document.elementFromPoint(x, y);
    return under ? getComputedStyle(under).cursor : '';
  }, p);

const focusedActors = async (page: Page) =>
  (await drawn(page)).nodes.filter((n) => n.classes.includes('is-focused')).map((n) => n.id);
const selectedActors = async (page: Page) =>
  (await drawn(page)).nodes.filter((n) => n.classes.includes('is-selected')).map((n) => n.id);
/** What has the keyboard focus: the graph ("canvas"), or an element's role and name. */
const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    if (el.classList.contains('canvas')) return 'canvas';
    return `${el.getAttribute('role') ?? el.tagName.toLowerCase()}:${el.textContent?.trim() ?? ''}`;
  });

describe('hover cards', () => {
  it('over an actor: its name, camp and strongest ties, inside the graph, with a pointer cursor', async () => {
    const { page, problems } = await openPage(browser, url('?view=cold-war'));
    await settled(page);
    const card = page.getByTestId('hover-card');
    expect(await card.count()).toBe(0);
    const pak = await pointOf(page, 'PAK');
    await page.mouse.move(pak.x, pak.y);
    await card.waitFor();
    const text = await card.textContent();
    expect(text).toContain('Pakistan');
    expect(text).toContain('Camp A, with United States and China');
    expect(text).toContain('Strongest ties');
    expect(text).toContain('strong cooperation with United States (+12.5)');
    expect(await cursorAt(page, pak)).toBe('pointer');
    const box = await card.boundingBox();
    const area = await page.locator('.canvas').boundingBox();
    expect(box && area).toBeTruthy();
    if (box && area) {
      expect(box.x).toBeGreaterThanOrEqual(area.x);
      expect(box.y).toBeGreaterThanOrEqual(area.y);
      expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width);
      expect(box.y + box.height).toBeLessThanOrEqual(area.y + area.height);
    }
    await screenshot(page, 'hover-card-actor');

    // Off every mark: the card goes, and the cursor is the page's again.
    const corner = { x: (area?.x ?? 0) + 4, y: (area?.y ?? 0) + 4 };
    await page.mouse.move(corner.x, corner.y);
    await card.waitFor({ state: 'detached' });
    expect(await cursorAt(page, corner)).not.toBe('pointer');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('over a tie: the pair, its score in words and the relations that weigh most', async () => {
    const { page, problems } = await openPage(browser, url('?view=cold-war'));
    await settled(page);
    const middle = await pointOf(page, 'PAK', 'USA');
    await page.mouse.move(middle.x, middle.y);
    const card = page.getByTestId('hover-card');
    await card.waitFor();
    const text = await card.textContent();
    expect(text).toContain('Pakistan – United States');
    expect(text).toContain('Strong cooperation (+12.5)');
    expect(text).toContain('Relations that weigh most');
    expect(await cursorAt(page, middle)).toBe('pointer');
    await screenshot(page, 'hover-card-tie');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('speaks of the era of the panel pointed at, in Compare', async () => {
    const { page, problems } = await openPage(browser, url('?view=2022&mode=compare'));
    await expect.poll(() => page.locator('.canvas').count()).toBe(2);
    await settled(page, 0);
    await settled(page, 1);
    const card = page.getByTestId('hover-card');
    const then = await pointOf(page, 'RUS', undefined, 0);
    await page.mouse.move(then.x, then.y);
    await expect.poll(() => card.locator('.title').textContent()).toBe('Soviet Union');
    expect(await card.textContent()).toContain('Camp B, with India and Afghanistan');
    const now = await pointOf(page, 'RUS', undefined, 1);
    await page.mouse.move(now.x, now.y);
    await expect.poll(() => card.locator('.title').textContent()).toBe('Russia');
    expect(await card.textContent()).toContain('Camp A, with Pakistan and China');
    expect(await card.count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the graph by keyboard', () => {
  it('is reached by Tab; arrows move a ring round the actors, Enter selects, Escape clears', async () => {
    const { page, problems } = await openPage(browser, url('?view=cold-war'));
    await settled(page);
    const graph = page.locator('.canvas');
    expect(await graph.getAttribute('aria-label')).toContain(
      'Arrow keys move between actors, Enter selects, Escape clears',
    );
    await page.getByRole('tab', { name: 'Graph' }).focus();
    for (let i = 0; i < 10 && (await active(page)) !== 'canvas'; i++)
      await page.keyboard.press('Tab');
    expect(await active(page)).toBe('canvas');
    // The ring starts on an actor, with its card.
    await expect.poll(() => focusedActors(page)).toHaveLength(1);
    const first = (await focusedActors(page))[0];
    const card = page.getByTestId('hover-card');
    await card.waitFor();
    const nameOf = async (id: string | undefined) =>
      (await drawn(page)).nodes.find((n) => n.id === id)?.label ?? '';
    expect(await card.locator('.title').textContent()).toBe(await nameOf(first));

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedActors(page)).not.toEqual([first]);
    const second = (await focusedActors(page))[0];
    expect(second).toBeDefined();
    await expect.poll(() => card.locator('.title').textContent()).toBe(await nameOf(second));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => focusedActors(page)).toEqual([first]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedActors(page)).toEqual([second]);
    await screenshot(page, 'graph-focus-ring');
    const ringAt = await pointOf(page, second ?? '');
    await page.screenshot({
      path: resolve(ARTIFACTS, 'graph-focus-ring-close.png'),
      clip: { x: ringAt.x - 60, y: ringAt.y - 60, width: 120, height: 120 },
    });

    await page.keyboard.press('Enter');
    await expect.poll(() => selectedActors(page)).toEqual([second]);
    await expect.poll(() => page.url()).toContain(`select=${second}`);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(
      await nameOf(second),
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => selectedActors(page)).toEqual([]);
    await expect.poll(() => page.url()).not.toContain('select=');
    expect(await active(page)).toBe('canvas');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('clears the selection with Escape from elsewhere on the page, not from a text field', async () => {
    const { page, problems } = await openPage(browser, url('?view=cold-war&select=PAK'));
    await settled(page);
    expect(await selectedActors(page)).toEqual(['PAK']);
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.getByLabel('Find an actor').fill('Ind');
    await page.keyboard.press('Escape');
    expect(await selectedActors(page)).toEqual(['PAK']);
    await page.getByRole('tab', { name: 'Graph' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => selectedActors(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the Export menu and focus', () => {
  it('keeps focus through PNG, closes by Escape onto Export, by a click outside, and opens on the next click', async () => {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 720 },
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(url('?view=cold-war'));
    const exportButton = page.getByRole('button', { name: 'Export', exact: true });
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await exportButton.click();
    await dialog.waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'PNG', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('entente-cold-war-1947-1991.png');
    await expect.poll(() => page.getByTestId('export-status').textContent()).toContain('Saved');
    // Focus came back to the button used, in the menu, not to the page.
    await expect.poll(() => active(page)).toBe('button:PNG');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await active(page)).toBe('button:Export');

    await exportButton.click();
    await dialog.waitFor();
    await page.getByRole('heading', { name: 'Entente', level: 1 }).click();
    await dialog.waitFor({ state: 'detached' });
    await exportButton.click();
    await dialog.waitFor();
    expect(await exportButton.getAttribute('aria-expanded')).toBe('true');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('focus after a choice', () => {
  it('Find → Enter selects the actor and puts focus on the graph with the ring on it', async () => {
    const { page, problems } = await openPage(browser, url('?view=cold-war'));
    await settled(page);
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.getByLabel('Find an actor').fill('Soviet Union');
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedActors(page)).toEqual(['RUS']);
    expect(await active(page)).toBe('canvas');
    await expect.poll(() => focusedActors(page)).toEqual(['RUS']);
    expect(await page.getByTestId('hover-card').locator('.title').textContent()).toBe(
      'Soviet Union',
    );
    expect(await page.getByRole('tab', { name: 'Details' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves between Graph and Table with the arrow keys', async () => {
    const { page, problems } = await openPage(browser, url('?view=cold-war'));
    const graphTab = page.getByRole('tab', { name: 'Graph' });
    const tableTab = page.getByRole('tab', { name: 'Table' });
    expect(await tableTab.getAttribute('tabindex')).toBe('-1');
    await graphTab.focus();
    await page.keyboard.press('ArrowRight');
    expect(await tableTab.getAttribute('aria-selected')).toBe('true');
    expect(await active(page)).toBe('tab:Table');
    await page.getByRole('table', { name: 'Relations' }).waitFor();
    expect(await graphTab.getAttribute('tabindex')).toBe('-1');
    await page.keyboard.press('ArrowLeft');
    expect(await graphTab.getAttribute('aria-selected')).toBe('true');
    expect(await active(page)).toBe('tab:Graph');
    await page.locator('.canvas').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('selects the tie of a table row clicked anywhere, and marks that relation in its details', async () => {
    const { page, problems } = await openPage(browser, url('?view=cold-war'));
    await page.getByRole('tab', { name: 'Table' }).click();
    const row = page
      .getByRole('table', { name: 'Relations' })
      .locator('tbody tr')
      .filter({ hasText: 'Pakistan – United States' })
      .first();
    // The title cell, not the pair's button.
    await row.locator('td').last().click();
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent())
      .toBe('Pakistan – United States');
    await expect.poll(() => decodeURIComponent(page.url())).toContain('select=PAK~USA');
    expect(await row.getAttribute('class')).toContain('selected');
    // That relation, not only the pair: its card is marked in the tie's details.
    const id = await row.getAttribute('data-relation');
    const card = page.locator(`#panel-details li[data-relation="${id}"]`);
    await expect.poll(() => card.getAttribute('aria-current')).toBe('true');
    expect(await page.locator('#panel-details li[aria-current="true"]').count()).toBe(1);
    // Another row of the same pair moves the mark.
    const other = page
      .getByRole('table', { name: 'Relations' })
      .locator('tbody tr')
      .filter({ hasText: 'Pakistan – United States' })
      .nth(1);
    const otherId = await other.getAttribute('data-relation');
    await other.locator('td').last().click();
    await expect
      .poll(() =>
        page.locator(`#panel-details li[data-relation="${otherId}"]`).getAttribute('aria-current'),
      )
      .toBe('true');
    expect(await card.getAttribute('aria-current')).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });
});
