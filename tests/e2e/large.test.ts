// A large data set in Chromium (150 actors, 20,000 relations, imported as a folder): the graph
// is drawn with level of detail and kept in step with the window by incremental updates, long
// lists are cut short, the table makes only the rows in sight, and selection still works.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateCommand } from '../../src/cli/generate';
import { loadDataset } from '../../src/core/data/load';
import { signedTies, tieId } from '../../src/core/analysis/ties';
import { viewWindow } from '../../src/core/time/time';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { clickNode, drawn, launch, openPage } from './browser';

const dir = join(mkdtempSync(join(tmpdir(), 'entente-large-')), 'large');
let browser: Browser;
beforeAll(async () => {
  generateCommand(
    ['--actors', '150', '--relations', '20000', '--seed', '2', '--out', dir],
    () => undefined,
  );
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function expectedTies(view: string): string[] {
  const loaded = loadDataset(readGraphDataFolder(dir));
  if (!loaded.ok) throw new Error('the generated data do not validate');
  const found = loaded.dataset.viewById[view];
  if (!found) throw new Error(`no view ${view}`);
  return signedTies(loaded.dataset, viewWindow(found))
    .map((t) => tieId(t.a, t.b))
    .sort();
}

/**
 * Zooms in on the tie whose middle is farthest from any other line and any actor, that middle in
 * the centre of the canvas: where it is and which tie it is.
 */
function zoomOnLoneTie(page: Page): Promise<{ tie: string; x: number; y: number }> {
  return page.evaluate(() => {
    type Node = { position(): { x: number; y: number }; width(): number };
    const c = document.querySelector('.canvas') as HTMLElement & {
      _cyreg: {
        cy: {
          viewport(v: { zoom: number; pan: { x: number; y: number } }): void;
          nodes(): { map<T>(f: (n: Node) => T): T[] };
        };
      };
      _ententeEdges: { drawn: { segments: Float64Array; ties: string[] } };
    };
    const { segments: s, ties } = c._ententeEdges.drawn;
    const actors = c._cyreg.cy.nodes().map((n) => ({ ...n.position(), r: n.width() / 2 }));
    const gap = (px: number, py: number, k: number) => {
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = s.subarray(k, k + 4);
      const dx = x2 - x1;
      const dy = y2 - y1;
      const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(px - x1 - t * dx, py - y1 - t * dy);
    };
    let best = { i: -1, gap: -1 };
    for (let i = 0; i < ties.length; i++) {
      const mx = ((s[4 * i] ?? 0) + (s[4 * i + 2] ?? 0)) / 2;
      const my = ((s[4 * i + 1] ?? 0) + (s[4 * i + 3] ?? 0)) / 2;
      let nearest = Infinity;
      for (const a of actors) nearest = Math.min(nearest, Math.hypot(mx - a.x, my - a.y) - a.r);
      for (let j = 0; j < ties.length && nearest > best.gap; j++)
        if (j !== i) nearest = Math.min(nearest, gap(mx, my, 4 * j));
      if (nearest > best.gap) best = { i, gap: nearest };
    }
    const i = best.i;
    const mx = ((s[4 * i] ?? 0) + (s[4 * i + 2] ?? 0)) / 2;
    const my = ((s[4 * i + 1] ?? 0) + (s[4 * i + 3] ?? 0)) / 2;
    const zoom = 2;
    const rect = c.getBoundingClientRect();
    const pan = { x: rect.width / 2 - zoom * mx, y: rect.height / 2 - zoom * my };
    c._cyreg.cy.viewport({ zoom, pan });
    return { tie: ties[i] ?? '', x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
}

/** The colour of the pixel at a point of the page, as red, green and blue (0–255). */
async function colour(page: Page, at: { x: number; y: number }): Promise<number[]> {
  const shot = PNG.sync.read(
    await page.screenshot({
      clip: { x: Math.round(at.x), y: Math.round(at.y), width: 1, height: 1 },
    }),
  );
  return [shot.data[0] ?? 0, shot.data[1] ?? 0, shot.data[2] ?? 0];
}

/** How far the pixel at a point of the page is from white (0–255, the darkest channel's). */
async function darkness(page: Page, at: { x: number; y: number }): Promise<number> {
  const shot = PNG.sync.read(
    await page.screenshot({
      clip: { x: Math.round(at.x), y: Math.round(at.y), width: 1, height: 1 },
    }),
  );
  return 255 - Math.min(shot.data[0] ?? 255, shot.data[1] ?? 255, shot.data[2] ?? 255);
}

describe('A large data set in the explorer', () => {
  it('draws it with level of detail, in step with the era, and stays usable', async () => {
    const { page, problems } = await openPage(browser, inject('shippedUrl'));
    await page.getByRole('button', { name: 'Import data' }).click();
    await page.getByLabel('A graph-data folder').setInputFiles(dir);
    await expect
      .poll(() => page.getByTestId('imported-banner').textContent(), { timeout: 30_000 })
      .toMatch(/150\s+actors,\s+20000\s+relations/);
    // No GPU here: the ties are drawn in batches by the edge layer, the legend says so.
    expect(await page.locator('.canvas').getAttribute('data-detail')).toBe('large-batched');
    expect(await page.getByRole('region', { name: 'Legend' }).textContent()).toContain(
      'ties drawn in batches on a 2D canvas',
    );

    // From one era to another and back: Cytoscape holds exactly the ties of the window.
    const ids = async () => (await drawn(page)).edges.map((e) => e.id).sort();
    // The update is drawn a frame later, under a "Drawing…" note (shown only after 300 ms).
    await page.evaluate(() => {
      const w = window as unknown as { __notes: string[] };
      w.__notes = [];
      new MutationObserver(() => {
        const note = document.querySelector('.drawing.shown');
        if (note) w.__notes.push(`${note.textContent} ${getComputedStyle(note).animationDelay}`);
      }).observe(document.body, { attributes: true, childList: true, subtree: true });
    });
    await page.getByRole('button', { name: 'Cold War', exact: true }).click();
    await expect.poll(ids).toEqual(expectedTies('cold-war'));
    expect(
      await page.evaluate(() => (window as unknown as { __notes: string[] }).__notes),
    ).toContain('Drawing… 0.3s');
    // The window's measures come 200 ms after it rests (EXTRAS_SETTLE_MS) and may size the
    // actors anew, a second update under the same note: once both are drawn, the note is gone.
    await expect
      .poll(() =>
        page.evaluate(() => [
          document.querySelector('.canvas')?.getAttribute('aria-busy'),
          document.querySelectorAll('.drawing.shown').length,
          getComputedStyle(document.querySelector('.drawing')!).visibility,
        ]),
      )
      .toEqual(['false', 0, 'hidden']);
    await page.getByRole('button', { name: '2022', exact: true }).click();
    const in2022 = expectedTies('2022');
    expect(in2022.length).toBeGreaterThan(1000);
    await expect.poll(ids).toEqual(in2022);
    expect((await drawn(page)).nodes).toHaveLength(150);

    // A tie of the layer answers the pointer: the tie whose middle is farthest from any other
    // line and any actor, zoomed in on (the layer follows), hovered then clicked, shows its card
    // and is selected.
    // The ties are rasterised by a worker that owns their canvas (edge-layer.worker.ts).
    expect(await page.locator('canvas[data-layer="ties"]').getAttribute('data-painter')).toBe(
      'worker',
    );
    const lone = await zoomOnLoneTie(page);
    // Drawn where the layer now shows it, by the worker, at the new viewport.
    await expect.poll(() => darkness(page, lone)).toBeGreaterThan(40);
    expect(lone.tie).toMatch(/~/);
    await page.mouse.move(lone.x, lone.y);
    const card = page.getByTestId('hover-card');
    await card.waitFor();
    const [a, b] = lone.tie.split('~');
    const nodes = (await drawn(page)).nodes;
    const name = (id = '') => nodes.find((n) => n.id === id)?.label;
    expect(await card.textContent()).toContain(`${name(a)} – ${name(b)}`);
    await page.mouse.click(lone.x, lone.y);
    await expect.poll(() => page.url()).toContain(`select=${encodeURIComponent(lone.tie)}`);
    // The selected tie is drawn last, in its own batch.
    await expect
      .poll(async () => (await drawn(page)).edges.filter((e) => e.classes.includes('is-selected')))
      .toEqual([{ id: lone.tie, classes: expect.arrayContaining(['is-selected']) as string[] }]);
    await page.keyboard.press('Escape');
    await page.mouse.click(5, 5);

    // A step back along the timeline changes some ties and keeps the rest.
    await page.getByRole('slider').first().focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByTestId('caption').textContent()).toContain('2021');
    const label = await page.locator('.canvas').getAttribute('aria-label');
    const shown = Number(/and (\d+) ties/.exec(label ?? '')?.[1]);
    await expect.poll(async () => (await ids()).length).toBe(shown);
    expect(await ids()).not.toEqual(in2022);

    // Long lists are cut short, with a way to see all.
    await expect
      .poll(() => page.locator('[data-legend="camp-A"]').textContent())
      .toMatch(/and \d+ more/);
    await page.getByRole('tab', { name: 'Analysis' }).click();
    // The details of the split sit behind "More".
    await page.getByTestId('more').locator('summary').click();
    const frustrated = page.getByTestId('frustrated-ties');
    expect(await frustrated.locator('li').count()).toBe(12);
    await page
      .getByRole('button', { name: /^Show all [\d,]+$/ })
      .first()
      .click();
    expect(await frustrated.locator('li').count()).toBeGreaterThan(12);

    // The table makes only the rows in sight of thousands.
    await page.getByRole('tab', { name: 'Table' }).click();
    const table = page.getByRole('table', { name: 'Relations' });
    const count = Number((await table.getAttribute('aria-rowcount')) ?? 0) - 1;
    expect(count).toBeGreaterThan(1000);
    expect(await table.locator('tbody tr[data-relation]').count()).toBeLessThan(80);
    await page.getByRole('tab', { name: 'Graph' }).click();

    // The year strip starts folded for a large data set, leaving the height to the graph.
    expect(
      await page.getByRole('button', { name: /Camps year by year/ }).getAttribute('aria-expanded'),
    ).toBe('false');
    // Selecting an actor on the canvas still works: click the actor least crowded by others, so
    // that the click cannot land on a neighbour drawn over it.
    const loneliest = await page.evaluate(() => {
      const c = document.querySelector('.canvas') as HTMLElement & {
        _cyreg: {
          cy: {
            nodes(): {
              map<T>(
                f: (n: { id(): string; renderedPosition(): { x: number; y: number } }) => T,
              ): T[];
            };
          };
        };
      };
      const points = c._cyreg.cy.nodes().map((n) => ({ id: n.id(), ...n.renderedPosition() }));
      let best = { id: '', gap: -1 };
      for (const p of points) {
        let gap = Infinity;
        for (const q of points) if (q !== p) gap = Math.min(gap, Math.hypot(p.x - q.x, p.y - q.y));
        if (gap > best.gap) best = { id: p.id, gap };
      }
      return best.id;
    });
    const actor = (await drawn(page)).nodes.find((n) => n.id === loneliest);
    await clickNode(page, actor?.id ?? '');
    await expect.poll(() => page.url()).toContain(`select=${actor?.id}`);
    // Its body is drawn by the layer (Cytoscape's is see-through), in its camp's colour: seen
    // zoomed in on, as an actor is a few pixels wide at this zoom, with Cytoscape's canvases
    // (names, which may cross a body) hidden for the while.
    const body = await page.evaluate((id) => {
      const c = document.querySelector('.canvas') as HTMLElement & {
        _cyreg: {
          cy: {
            $id(id: string): { position(): { x: number; y: number } };
            viewport(v: { zoom: number; pan: { x: number; y: number } }): void;
          };
        };
        _ententeEdges: { drawn: { nodes: { id: string; look: { fill: string } }[] } };
      };
      const at = c._cyreg.cy.$id(id).position();
      const box = c.getBoundingClientRect();
      const zoom = 3;
      const pan = { x: box.width / 2 - zoom * at.x, y: box.height / 2 - zoom * at.y };
      c._cyreg.cy.viewport({ zoom, pan });
      for (const canvas of c.querySelectorAll<HTMLElement>('canvas:not([data-layer])'))
        canvas.style.visibility = 'hidden';
      const fill = c._ententeEdges.drawn.nodes.find((n) => n.id === id)?.look.fill ?? '';
      return { x: box.left + box.width / 2, y: box.top + box.height / 2, fill };
    }, loneliest);
    const rgb = [1, 3, 5].map((i) => parseInt(body.fill.slice(i, i + 2), 16));
    await expect
      .poll(async () => {
        const got = await colour(page, body);
        return Math.max(...got.map((v, i) => Math.abs(v - (rgb[i] ?? 0))));
      })
      .toBeLessThan(8);
    await page.evaluate(() => {
      for (const canvas of document.querySelectorAll<HTMLElement>('.canvas canvas'))
        canvas.style.visibility = '';
    });
    await page.getByRole('tab', { name: 'Details' }).click();
    expect(await page.locator('#panel-details h2').first().textContent()).toBe(actor?.label);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the ties on the page when the worker that would draw them cannot start', async () => {
    const { page, problems } = await openPage(browser, inject('shippedUrl'));
    await page.route(/edge-layer\.worker/, (route) => route.abort());
    await page.getByRole('button', { name: 'Import data' }).click();
    await page.getByLabel('A graph-data folder').setInputFiles(dir);
    await page.getByTestId('imported-banner').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '2022', exact: true }).click();
    const layer = page.locator('canvas[data-layer="ties"]');
    await expect.poll(() => layer.getAttribute('data-painter')).toBe('page');
    await expect.poll(() => layer.count()).toBe(1);
    const lone = await zoomOnLoneTie(page);
    await expect.poll(() => darkness(page, lone)).toBeGreaterThan(40);
    // The worker's failure is the browser's to report (a failed script load), not the page's.
    expect(problems.filter((p) => !/edge-layer\.worker|Failed to load resource/.test(p))).toEqual(
      [],
    );
    await page.close();
  });
});
