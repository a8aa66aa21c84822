// Issue 13's points, on a phone (390×844, touch): the headline above the graph in each era's names
// with every actor on screen; a tie's details — from a tap on its line or on a row of the Table —
// in the sheet, with a bar per relation and sources that say their kind; "?" and the glossary;
// the diff's headline and its marked actors; Export at the foot of the screen with a real PNG
// download; Import with its CSV columns; and never a sideways scroll.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SOURCE_KIND_LABELS } from '../../src/core/scene/source-kinds';
import { drawn, launch, screenshot, settled, actorBoxes } from './browser';

const WIDTH = 390;
const HEIGHT = 844;
const ACTORS = ['AFG', 'CHN', 'IND', 'PAK', 'RUS', 'USA'];
const ROOT = join(import.meta.dirname, '../..');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Phone {
  readonly page: Page;
  readonly problems: string[];
  readonly foreignRequests: string[];
}

/** A page on a 390×844 touch screen, recording console errors, uncaught exceptions and requests to other origins. */
async function openPhone(query = ''): Promise<Phone> {
  const url = `${inject('shippedUrl')}${query}`;
  const context = await browser.newContext({
    viewport: { width: WIDTH, height: HEIGHT },
    hasTouch: true,
    isMobile: true,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(url).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const target = request.url();
    if (
      !target.startsWith('data:') &&
      !target.startsWith('blob:') &&
      new URL(target).origin !== origin
    )
      foreignRequests.push(target);
  });
  await page.goto(url);
  await page.locator('.app').waitFor();
  await settled(page);
  return { page, problems, foreignRequests };
}

async function finish({ page, problems, foreignRequests }: Phone): Promise<void> {
  expect(problems).toEqual([]);
  expect(foreignRequests).toEqual([]);
  await page.context().close();
}

/** The page does not scroll sideways. */
async function expectNoSidewaysScroll(page: Page, when: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `scrollWidth ${scroll} > clientWidth ${client} ${when}`).toBeLessThanOrEqual(
    client,
  );
}

/** A box lies inside the screen's width. */
function expectInsideWidth(
  box: { x: number; width: number } | null,
  what: string,
): asserts box is { x: number; y: number; width: number; height: number } {
  expect(box, `${what} has no box`).not.toBeNull();
  const b = box!;
  expect(b.x, `${what} at ${JSON.stringify(b)}`).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width, `${what} at ${JSON.stringify(b)}`).toBeLessThanOrEqual(WIDTH);
}

/** Brings the graph canvas to the middle of the screen. */
async function showCanvas(page: Page, index = 0): Promise<void> {
  await page
    .locator('.canvas')
    .nth(index)
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

/** Every actor, with its name, is drawn inside the canvas and the screen's width. */
async function expectActorsInsideWidth(page: Page): Promise<void> {
  await showCanvas(page);
  const { canvas, actors } = await actorBoxes(page);
  expect(Object.keys(actors).sort()).toEqual(ACTORS);
  for (const [id, box] of Object.entries(actors)) {
    const where = `${id} at ${JSON.stringify(box)} in canvas ${JSON.stringify(canvas)}`;
    expect(box.left, where).toBeGreaterThanOrEqual(Math.max(0, canvas.left));
    expect(box.right, where).toBeLessThanOrEqual(Math.min(WIDTH, canvas.right));
    expect(box.top, where).toBeGreaterThanOrEqual(canvas.top);
    expect(box.bottom, where).toBeLessThanOrEqual(canvas.bottom);
  }
}

/** The kinds of the sources of each relation of pak-usa.json, from the shipped data. */
const shippedKinds: ReadonlyMap<string, string[]> = new Map(
  (
    JSON.parse(readFileSync(join(ROOT, 'graph-data/relations/pak-usa.json'), 'utf8')) as {
      relations: { id: string; sources: { kind?: string }[] }[];
    }
  ).relations.map((r) => [r.id, r.sources.map((s) => s.kind ?? '')]),
);

/**
 * The sheet is up on the details of Pakistan – United States: the heading in sight, the
 * contribution bars an SVG with one bar per relation listed (and as many as the score says),
 * inside the screen's width, and every source of every relation with its kind, as the data give
 * it, weak ones marked.
 */
async function expectTieDetailsInSheet(page: Page, headingInSight = true): Promise<void> {
  const details = page.getByRole('tabpanel', { name: 'Details' });
  const heading = details.getByRole('heading', { level: 2, name: 'Pakistan – United States' });
  await heading.waitFor();
  expect(await page.getByRole('button', { name: 'Side panel' }).getAttribute('aria-expanded')).toBe(
    'true',
  );
  expect(await page.getByRole('tab', { name: 'Details' }).getAttribute('aria-selected')).toBe(
    'true',
  );
  await expect.poll(() => page.url()).toMatch(/select=PAK(~|%7E)USA/i);
  const headingBox = await heading.boundingBox();
  expectInsideWidth(headingBox, 'the tie heading');
  if (headingInSight) {
    expect(headingBox.y).toBeGreaterThanOrEqual(0);
    expect(headingBox.y + headingBox.height).toBeLessThanOrEqual(HEIGHT);
  }

  const relations = details.locator('ol.relations > li[data-relation]');
  const listed = await relations.count();
  expect(listed).toBeGreaterThan(1);
  const said = (await details.getByTestId('tie-score').textContent()) ?? '';
  expect(said).toContain(`the sum of the ${listed} relations below`);

  const bars = details.locator('svg[data-testid="contribution-bars"]');
  expect(await bars.count()).toBe(1);
  expect(await bars.getAttribute('role')).toBe('img');
  expect(await bars.locator('g.bar').count()).toBe(listed);
  expect(await bars.locator('g.bar rect').count()).toBe(listed);
  // One bar for each relation listed, by id.
  const barIds = (
    await bars.locator('g.bar').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-bar') ?? ''))
  ).sort();
  const relationIds = (
    await relations.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-relation') ?? ''))
  ).sort();
  expect(barIds).toEqual(relationIds);
  await bars.scrollIntoViewIfNeeded();
  expectInsideWidth(await bars.boundingBox(), 'the contribution bars');

  // Every source says its kind, as the data give it; a weak one is marked.
  let weak = 0;
  for (const id of relationIds) {
    const card = details.locator(`li[data-relation="${id}"]`);
    const items = card.locator('.sources li');
    const kinds = shippedKinds.get(id);
    expect(kinds, `${id} is a relation of pak-usa.json`).toBeDefined();
    expect(await items.count(), id).toBe(kinds!.length);
    const shown = await items.locator('.kind').allTextContents();
    expect(
      shown.map((s) => s.trim()),
      id,
    ).toEqual(kinds!.map((k) => SOURCE_KIND_LABELS[k as keyof typeof SOURCE_KIND_LABELS]));
    const marked = await items.evaluateAll((lis) => lis.map((li) => li.classList.contains('weak')));
    expect(marked, id).toEqual(kinds!.map((k) => k === 'other'));
    weak += marked.filter(Boolean).length;
  }
  // The Cold War tie cites weak sources: their marking is seen here.
  expect(weak).toBeGreaterThan(0);
  await expectNoSidewaysScroll(page, 'with the tie details in the sheet');
}

describe('issue 13 on a phone, 390×844', () => {
  it('says above the graph who sided with whom, in each era’s names, with every actor inside the screen', async () => {
    const phone = await openPhone();
    const { page } = phone;
    const headline = page.getByTestId('headline');
    await expect.poll(() => headline.textContent()).toMatch(/^Two camps: /);
    const cold = (await headline.textContent()) ?? '';
    expect(cold).toContain('Soviet Union');
    expect(cold).not.toContain('Russia');
    expect(cold).toContain('Pakistan');
    const h = await headline.boundingBox();
    const c = await page.locator('.canvas').first().boundingBox();
    expectInsideWidth(h, 'the headline');
    expect(c).not.toBeNull();
    expect(h.y + h.height, 'the headline ends above the graph').toBeLessThanOrEqual(c!.y);
    expect((await drawn(page)).nodes.find((n) => n.id === 'RUS')?.label).toBe('Soviet Union');
    await expectActorsInsideWidth(page);
    await expectNoSidewaysScroll(page, 'in the Cold War');
    await screenshot(page, 'phone-points-headline-cold-war');

    await page.getByRole('group', { name: 'Era' }).getByRole('button', { name: '2022' }).tap();
    await expect.poll(() => headline.textContent()).toContain('Russia');
    const now = (await headline.textContent()) ?? '';
    expect(now).toMatch(/^Two camps: /);
    expect(now).not.toContain('Soviet Union');
    await expect
      .poll(async () => (await drawn(page)).nodes.find((n) => n.id === 'RUS')?.label)
      .toBe('Russia');
    await settled(page);
    const h2 = await headline.boundingBox();
    const c2 = await page.locator('.canvas').first().boundingBox();
    expectInsideWidth(h2, 'the 2022 headline');
    expect(h2.y + h2.height).toBeLessThanOrEqual(c2!.y);
    await expectActorsInsideWidth(page);
    await expectNoSidewaysScroll(page, 'in 2022');
    await screenshot(page, 'phone-points-headline-2022');
    await finish(phone);
  });

  it('opens the tie details in the sheet from a tap on the tie line, a third of the way from Pakistan', async () => {
    const phone = await openPhone();
    const { page } = phone;
    expect((await drawn(page)).edges.map((e) => e.id)).toContain('PAK~USA');
    await showCanvas(page);
    const { point, onNode, sheetTop } = await page.evaluate(() => {
      type Pos = { x: number; y: number };
      type Bounds = { x1: number; y1: number; x2: number; y2: number };
      const container = document.querySelector('.canvas') as HTMLElement & {
        _cyreg: {
          cy: {
            $id(id: string): { renderedPosition(): Pos };
            nodes(): { map<T>(f: (n: { renderedBoundingBox(o: object): Bounds }) => T): T[] };
          };
        };
      };
      const rect = container.getBoundingClientRect();
      const cy = container._cyreg.cy;
      const pak = cy.$id('PAK').renderedPosition();
      const usa = cy.$id('USA').renderedPosition();
      const at = { x: pak.x + (usa.x - pak.x) / 3, y: pak.y + (usa.y - pak.y) / 3 };
      const onNode = cy
        .nodes()
        .map((n) => n.renderedBoundingBox({ includeLabels: true }))
        .some((b) => at.x >= b.x1 && at.x <= b.x2 && at.y >= b.y1 && at.y <= b.y2);
      return {
        point: { x: rect.left + at.x, y: rect.top + at.y },
        onNode,
        sheetTop: document.querySelector('aside')!.getBoundingClientRect().top,
      };
    });
    // The point is on the line, not on an actor, and in sight above the folded sheet.
    expect(onNode).toBe(false);
    expect(point.x).toBeGreaterThan(0);
    expect(point.x).toBeLessThan(WIDTH);
    expect(point.y).toBeGreaterThan(0);
    expect(point.y).toBeLessThan(sheetTop);
    await page.touchscreen.tap(point.x, point.y);
    await expectTieDetailsInSheet(page);
    expect((await drawn(page)).edges.find((e) => e.id === 'PAK~USA')?.classes).toContain(
      'is-selected',
    );
    await screenshot(page, 'phone-points-tie-tap');
    await finish(phone);
  });

  it('opens the tie details in the sheet from a tap on a row of the Table', async () => {
    const phone = await openPhone();
    const { page } = phone;
    await page.getByRole('tablist', { name: 'Show' }).getByRole('tab', { name: 'Table' }).tap();
    const table = page.getByRole('table', { name: 'Relations' });
    const row = table.locator('tbody tr[data-relation="pak-usa-1955-seato"]');
    await row.waitFor();
    await expectNoSidewaysScroll(page, 'with the Table shown');
    // A tap on the row (its Type cell, not the pair's button).
    await row.locator('td').nth(1).tap();
    const details = page.getByRole('tabpanel', { name: 'Details' });
    const chosen = details.locator('li[data-relation="pak-usa-1955-seato"]');
    await expect.poll(() => chosen.getAttribute('aria-current')).toBe('true');
    // The relation tapped is brought into sight in the sheet (the heading may scroll away above).
    const card = await chosen.boundingBox();
    const sheet = await details.boundingBox();
    expectInsideWidth(card, 'the chosen relation');
    expect(sheet).not.toBeNull();
    expect(card.y).toBeGreaterThanOrEqual(Math.max(0, sheet!.y) - 1);
    expect(card.y).toBeLessThan(Math.min(HEIGHT, sheet!.y + sheet!.height));
    await screenshot(page, 'phone-points-table-tap');
    await expectTieDetailsInSheet(page, false);
    expect(await row.getAttribute('class')).toContain('selected');
    await finish(phone);
  });

  it('explains a term in place with "?", and opens the glossary inside the screen', async () => {
    const phone = await openPhone();
    const { page } = phone;
    await page.getByRole('tab', { name: 'Analysis' }).tap();
    const analysis = page.getByRole('tabpanel', { name: 'Analysis' });
    await analysis.waitFor();
    const ask = analysis.getByRole('button', { name: 'What is “Hedging”?' });
    expect(await ask.getAttribute('aria-expanded')).toBe('false');
    await ask.tap();
    expect(await ask.getAttribute('aria-expanded')).toBe('true');
    const note = page.locator(`#${await ask.getAttribute('aria-controls')}`);
    expect(await note.getAttribute('role')).toBe('note');
    expect(await note.textContent()).toContain('would lose little by switching camps');
    expect(await note.isVisible()).toBe(true);
    // In place: the explanation is inside the Analysis panel, inside the screen's width.
    expect(await analysis.locator('[role="note"]').count()).toBe(1);
    await note.scrollIntoViewIfNeeded();
    expectInsideWidth(await note.boundingBox(), 'the explanation');
    await expectNoSidewaysScroll(page, 'with a term explained');
    await screenshot(page, 'phone-points-explain');
    await ask.tap();
    expect(await ask.getAttribute('aria-expanded')).toBe('false');
    expect(await note.count()).toBe(0);

    await analysis.getByRole('button', { name: 'Words used here' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Words used here' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    const box = await dialog.boundingBox();
    expectInsideWidth(box, 'the glossary');
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT);
    expect(await dialog.locator('dt').allTextContents()).toEqual(
      expect.arrayContaining(['Camp', 'Hedging', 'Balanced triangle', 'Valence']),
    );
    // Its text wraps within it: nothing runs off to the side.
    expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
    await expectNoSidewaysScroll(page, 'with the glossary open');
    await screenshot(page, 'phone-points-glossary');
    await dialog.getByRole('button', { name: 'Close' }).tap();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await finish(phone);
  });

  it('shows in Diff, from the ☰ menu, who changed sides in the headline and marks them in the graph', async () => {
    const phone = await openPhone();
    const { page } = phone;
    const menu = page.getByRole('button', { name: 'Controls' });
    await menu.tap();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Diff' }).tap();
    await expect.poll(() => page.url()).toContain('mode=diff');
    const headline = page.getByTestId('headline');
    await expect.poll(() => headline.textContent()).toMatch(/^Changed sides since Cold War/);
    await expect
      .poll(async () => (await drawn(page)).nodes.some((n) => n.classes.includes('is-moved')))
      .toBe(true);
    await settled(page);
    const graph = await drawn(page);
    const moved = graph.nodes.filter((n) => n.classes.includes('is-moved')).map((n) => n.label);
    const said = (await headline.textContent()) ?? '';
    for (const name of moved) expect(said).toContain(`${name} now with`);
    // Who did not move is not marked.
    for (const n of graph.nodes.filter((n) => !n.classes.includes('is-moved')))
      expect(said).not.toContain(`${n.label} now with`);
    expectInsideWidth(await headline.boundingBox(), 'the diff headline');
    await expectActorsInsideWidth(page);
    await expectNoSidewaysScroll(page, 'in Diff');
    await screenshot(page, 'phone-points-diff');
    await finish(phone);
  });

  it('opens Export from the ☰ menu at the foot of the screen and downloads a PNG', async () => {
    const phone = await openPhone();
    const { page } = phone;
    await page.getByRole('button', { name: 'Controls' }).tap();
    await page.getByRole('button', { name: 'Export', exact: true }).tap();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    expectInsideWidth(box, 'the Export panel');
    // At the foot of the screen: it ends just above the screen's bottom edge.
    expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT);
    expect(box.y + box.height).toBeGreaterThan(HEIGHT - 24);
    expect(box.y).toBeGreaterThanOrEqual(0);
    await expectNoSidewaysScroll(page, 'with the Export panel open');
    await screenshot(page, 'phone-points-export');

    await dialog.getByLabel('PNG size').selectOption('1');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'PNG', exact: true }).tap(),
    ]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/\.png$/);
    expect(name).toBe('entente-cold-war-1947-1991.png');
    const bytes = readFileSync(await download.path());
    // A PNG: its signature, then an image header of some size.
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(100);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(100);
    await expect
      .poll(() => dialog.getByTestId('export-status').textContent())
      .toContain(`Saved ${name}`);
    await expectNoSidewaysScroll(page, 'after the PNG download');
    await finish(phone);
  });

  it('opens Import from the ☰ menu inside the screen, listing the CSV columns', async () => {
    const phone = await openPhone();
    const { page } = phone;
    await page.getByRole('button', { name: 'Controls' }).tap();
    await page.getByRole('button', { name: 'Import data' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Import data' });
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    expectInsideWidth(box, 'the Import panel');
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT);
    // The columns, as the importer reads them (fetched when the panel first opens).
    const required = dialog.getByTestId('csv-required').locator('code');
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
    const optional = await dialog.getByTestId('csv-optional').locator('code').allTextContents();
    expect(optional).toEqual(expect.arrayContaining(['end', 'weight', 'source_titles']));
    // The list is in the panel, readable inside the screen's width.
    const list = dialog.getByTestId('csv-required');
    await list.scrollIntoViewIfNeeded();
    expect(await list.isVisible()).toBe(true);
    expectInsideWidth(await list.boundingBox(), 'the list of required columns');
    expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
    await expectNoSidewaysScroll(page, 'with the Import panel open');
    await screenshot(page, 'phone-points-import');
    await finish(phone);
  });
});
