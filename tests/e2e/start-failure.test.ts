// A production build whose data cannot be fetched at start: the page says so, with a Retry that
// fetches them again without reloading, and then shows the explorer.
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a failed start', () => {
  it('shows why, and a Retry that fetches the data again without a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // The data file of the build (assets/graph-data-<hash>.txt): refused twice, then served.
    const answers: ((route: Route) => Promise<void>)[] = [
      (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }),
      (route) => route.abort('connectionrefused'),
    ];
    let fetches = 0;
    await page.route(/\/assets\/graph-data-[0-9a-f]+\.txt$/, async (route) => {
      fetches++;
      const answer = answers.shift();
      await (answer ? answer(route) : route.continue());
    });
    let loads = 0;
    page.on('load', () => loads++);

    await page.goto(inject('shippedUrl'));
    const failed = page.getByTestId('start-failed');
    await expect
      .poll(() => failed.textContent())
      .toContain('The data could not be loaded: the server answered 503.');
    expect(await failed.getByRole('heading').textContent()).toBe('Entente could not start');
    expect(await page.locator('.app').count()).toBe(0);
    await screenshot(page, 'start-failed');

    await failed.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => fetches).toBe(2);
    await expect
      .poll(() => failed.textContent())
      .toContain('The data could not be loaded: Failed to fetch.');
    expect(await failed.getByRole('button', { name: 'Retry' }).isEnabled()).toBe(true);

    await failed.getByRole('button', { name: 'Retry' }).click();
    await page.locator('.app').waitFor();
    expect(fetches).toBe(3);
    expect(loads).toBe(1);
    expect(await failed.count()).toBe(0);
    expect(
      await page
        .getByRole('group', { name: 'Era' })
        .getByRole('button', { name: 'Cold War' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await page.close();
  });
});
