// The explorer on a phone (390×844 and 360×740, touch): one column with no sideways scrolling,
// every actor drawn on screen, the drawing controls behind a menu button, the side panel a sheet
// that a tap on an actor opens on its details, and the timeline in a landmark of its own.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { drawn, launch, screenshot, settled, actorBoxes } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SCREENS = [
  { name: '390x844', width: 390, height: 844 },
  { name: '360x740', width: 360, height: 740 },
] as const;

const ACTORS = ['AFG', 'CHN', 'IND', 'PAK', 'RUS', 'USA'];

/** A page on a touch screen of this size, recording console errors and uncaught exceptions. */
async function openPhone(
  size: (typeof SCREENS)[number],
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(inject('shippedUrl'));
  await page.locator('.app').waitFor();
  await settled(page);
  return { page, problems };
}

async function close(page: Page): Promise<void> {
  await page.context().close();
}

/** Whether the page scrolls sideways. */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** The top of the side panel's sheet: what lies below it is covered. */
const sheetTop = (page: Page) =>
  page.locator('aside').evaluate((aside) => aside.getBoundingClientRect().top);

/** Brings the index-th graph canvas to the middle of the screen. */
async function showCanvas(page: Page, index = 0): Promise<void> {
  await page
    .locator('.canvas')
    .nth(index)
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

/** Every actor of the index-th canvas lies inside the canvas, the screen's width, and above the sheet. */
async function expectActorsOnScreen(page: Page, size: { width: number }, index = 0) {
  await showCanvas(page, index);
  const { canvas, actors } = await actorBoxes(page, index);
  const floor = await sheetTop(page);
  expect(Object.keys(actors).sort()).toEqual(ACTORS);
  expect(canvas.bottom - canvas.top).toBeGreaterThan(200);
  for (const [id, box] of Object.entries(actors)) {
    const where = `${id} at ${JSON.stringify(box)} in ${JSON.stringify(canvas)}`;
    expect(box.left, where).toBeGreaterThanOrEqual(Math.max(0, canvas.left));
    expect(box.right, where).toBeLessThanOrEqual(Math.min(size.width, canvas.right));
    expect(box.top, where).toBeGreaterThanOrEqual(Math.max(0, canvas.top));
    expect(box.bottom, where).toBeLessThanOrEqual(Math.min(floor, canvas.bottom));
  }
}

describe.each(SCREENS)('the explorer on a phone, $name', (size) => {
  it('fits the screen: no sideways scrolling, every actor and its name on screen, the era switch in sight', async () => {
    const { page, problems } = await openPhone(size);
    expect(await sideways(page)).toBe(false);
    const era = page.getByRole('group', { name: 'Era' });
    const eraBox = await era.boundingBox();
    expect(eraBox && eraBox.x >= 0 && eraBox.x + eraBox.width <= size.width).toBe(true);
    expect(await era.getByRole('button', { name: 'Cold War' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect((await drawn(page)).nodes.map((n) => n.label).sort()).toEqual(
      ['Afghanistan', 'China', 'India', 'Pakistan', 'Soviet Union', 'United States'].sort(),
    );
    await expectActorsOnScreen(page, size);
    await screenshot(page, `phone-${size.name}`);
    expect(problems).toEqual([]);
    await close(page);
  });

  it('keeps the drawing controls behind a menu button; its Compare shows both eras, one above the other', async () => {
    const { page, problems } = await openPhone(size);
    const menu = page.getByRole('button', { name: 'Controls' });
    const mode = page.getByRole('group', { name: 'Mode' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await mode.isVisible()).toBe(false);
    await menu.tap();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await mode.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Import data' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Export', exact: true }).isVisible()).toBe(true);
    expect(await sideways(page)).toBe(false);

    await mode.getByRole('button', { name: 'Compare' }).tap();
    await expect.poll(() => page.locator('.canvas').count()).toBe(2);
    await settled(page, 0);
    await settled(page, 1);
    expect(await mode.getByRole('button', { name: 'Compare' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await expect.poll(() => page.url()).toContain('mode=compare');
    expect(await sideways(page)).toBe(false);
    await expectActorsOnScreen(page, size, 0);
    await expectActorsOnScreen(page, size, 1);
    await screenshot(page, `phone-${size.name}-compare`);

    // The Export panel opens inside the screen's width.
    await page.getByRole('button', { name: 'Export', exact: true }).tap();
    const exportPanel = await page.getByRole('dialog', { name: 'Export' }).boundingBox();
    expect(
      exportPanel && exportPanel.x >= 0 && exportPanel.x + exportPanel.width <= size.width,
    ).toBe(true);
    expect(await sideways(page)).toBe(false);

    await menu.tap();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await mode.isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await close(page);
  });

  it('opens the side panel as a sheet on the details of an actor tapped in the graph', async () => {
    const { page, problems } = await openPhone(size);
    const handle = page.getByRole('button', { name: 'Side panel' });
    const details = page.getByRole('tabpanel', { name: 'Details' });
    // Folded at first: the tabs show, the panel does not.
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    const panel = page.locator('[role="tabpanel"]');
    expect(await panel.count()).toBe(1);
    expect(await panel.isVisible()).toBe(false);

    await showCanvas(page);
    // The middle of its shape (the label hangs below it).
    const centre = await page.evaluate(() => {
      const container = document.querySelector('.canvas') as HTMLElement & {
        _cyreg: { cy: { $id(id: string): { renderedPosition(): { x: number; y: number } } } };
      };
      const rect = container.getBoundingClientRect();
      const p = container._cyreg.cy.$id('PAK').renderedPosition();
      return { x: rect.left + p.x, y: rect.top + p.y };
    });
    await page.touchscreen.tap(centre.x, centre.y);
    const heading = details.getByRole('heading', { level: 2, name: 'Pakistan' });
    await heading.waitFor();
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('tab', { name: 'Details' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await expect.poll(() => page.url()).toContain('select=PAK');
    // The sheet has come up over the graph, with the details in sight.
    const box = await heading.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= size.height).toBe(true);
    expect((await drawn(page)).nodes.find((n) => n.id === 'PAK')?.classes).toContain('is-selected');
    expect(await sideways(page)).toBe(false);
    await screenshot(page, `phone-${size.name}-details`);

    // Folded again by its handle, the graph is in sight once more.
    await handle.tap();
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.count()).toBe(1);
    expect(await panel.isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await close(page);
  });

  it('switches the sheet’s tabs by touch, and its panel can be reached by the keyboard', async () => {
    const { page, problems } = await openPhone(size);
    const handle = page.getByRole('button', { name: 'Side panel' });
    await page.getByRole('tab', { name: 'Filters' }).tap();
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('tab', { name: 'Filters' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await page.getByLabel('Find an actor').isVisible()).toBe(true);

    await page.getByRole('tab', { name: 'Analysis' }).tap();
    const analysis = page.getByRole('tabpanel', { name: 'Analysis' });
    expect(await analysis.isVisible()).toBe(true);
    expect(await analysis.getByTestId('camps').isVisible()).toBe(true);
    // The panel scrolls within the sheet, and takes the focus, so a keyboard can scroll it.
    const scrolls = await analysis.evaluate((el) => el.scrollHeight > el.clientHeight);
    expect(scrolls).toBe(true);
    await analysis.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
      'tabpanel',
    );
    await page.keyboard.press('PageDown');
    await expect.poll(() => analysis.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);

    await page.getByRole('tab', { name: 'Details' }).tap();
    expect(await page.getByRole('tabpanel', { name: 'Details' }).textContent()).toContain(
      'Select an actor or a tie',
    );
    expect(await sideways(page)).toBe(false);
    expect(problems).toEqual([]);
    await close(page);
  });

  it('puts the timeline and the year strip in a landmark, usable by touch', async () => {
    const { page, problems } = await openPhone(size);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const slider = timeline.getByRole('slider', { name: 'Date' });
    const sliderBox = await slider.boundingBox();
    expect(sliderBox && sliderBox.x >= 0 && sliderBox.x + sliderBox.width <= size.width).toBe(true);
    expect(sliderBox?.width).toBeGreaterThan(size.width / 2);
    const play = timeline.getByRole('button', { name: 'Play' });
    const playBox = await play.boundingBox();
    expect(playBox && playBox.x + playBox.width <= size.width).toBe(true);

    const strip = timeline.getByTestId('camp-strip');
    await expect
      .poll(() => strip.locator('g.year').count(), { timeout: 15_000 })
      .toBeGreaterThan(70);
    const stripBox = await strip.boundingBox();
    expect(stripBox && stripBox.x >= 0 && stripBox.x + stripBox.width <= size.width).toBe(true);
    await strip
      .locator('g.year')
      .filter({ hasText: /^1971:/ })
      .locator('rect.hit')
      .tap();
    await expect.poll(() => timeline.getByTestId('timeline-span').textContent()).toMatch(/1971/);
    expect(await sideways(page)).toBe(false);
    expect(problems).toEqual([]);
    await close(page);
  });
});
