// The explorer in real Chromium, on a production build of the shipped data.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, screenshot, type WatchedPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** How many pixels of the graph canvas are not background: a blank canvas has none. */
async function paintedPixels(watched: WatchedPage): Promise<number> {
  return watched.page.evaluate(() => {
    let count = 0;
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.canvas canvas')) {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0 || canvas.height === 0) continue;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count++;
    }
    return count;
  });
}

describe('the explorer on the shipped data', () => {
  it('draws the six actors with the era switch, and switching era renames and redraws', async () => {
    const watched = await openPage(browser, inject('shippedUrl'));
    const { page } = watched;

    const era = page.getByRole('group', { name: 'Era' });
    await expect.poll(() => era.getByRole('button').count()).toBeGreaterThanOrEqual(2);
    const coldWar = era.getByRole('button', { name: 'Cold War' });
    const y2022 = era.getByRole('button', { name: '2022' });
    expect(await coldWar.getAttribute('aria-pressed')).toBe('true');
    expect(await y2022.getAttribute('aria-pressed')).toBe('false');

    const actors = page.getByTestId('actor-list').locator('.name');
    expect(await actors.allTextContents()).toEqual([
      'Pakistan',
      'Soviet Union',
      'United States',
      'China',
      'India',
      'Afghanistan',
    ]);
    await expect.poll(() => paintedPixels(watched)).toBeGreaterThan(1000);
    const coldWarCaption = await page.getByTestId('caption').textContent();
    expect(coldWarCaption).toContain('Cold War');
    await screenshot(page, 'explorer-cold-war');

    await y2022.click();
    expect(await y2022.getAttribute('aria-pressed')).toBe('true');
    expect(await coldWar.getAttribute('aria-pressed')).toBe('false');
    expect(await actors.nth(1).textContent()).toBe('Russia');
    expect(await page.getByTestId('caption').textContent()).toContain('2022');
    await screenshot(page, 'explorer-2022');

    expect(watched.problems).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await page.close();
  });

  it('operates the era switch by keyboard alone', async () => {
    const { page, problems } = await openPage(browser, inject('shippedUrl'));
    const y2022 = page.getByRole('button', { name: '2022' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('2022');
    await page.keyboard.press('Enter');
    expect(await y2022.getAttribute('aria-pressed')).toBe('true');
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
