// Launches the system Chromium through playwright-core and opens pages that record what a test
// must see stay empty: console errors, uncaught exceptions and requests to other origins.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/node/chromium';

export const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors and uncaught exceptions, as text. */
  readonly problems: string[];
  /** Requests to any origin but the page's own. */
  readonly foreignRequests: string[];
}

export async function openPage(browser: Browser, url: string): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(url).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith('data:') && new URL(target).origin !== origin)
      foreignRequests.push(target);
  });
  await page.goto(url);
  // The app mounts once the engine worker has validated the data.
  await page.locator('.app').waitFor();
  return { page, problems, foreignRequests };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export interface DrawnGraph {
  readonly nodes: { id: string; label: string; classes: string[] }[];
  readonly edges: { id: string; classes: string[] }[];
}

/**
 * What Cytoscape holds in the index-th graph canvas, read through the registry Cytoscape keeps
 * on its container: for tests only, to check the drawing itself rather than our own state.
 */
export async function drawn(page: Page, index = 0): Promise<DrawnGraph> {
  return page.evaluate((i) => {
    const container = document.querySelectorAll('.canvas')[i] as unknown as {
      _cyreg: { cy: { nodes(): CyCollection; edges(): CyCollection } };
      // The ties of a large graph drawn by the edge layer (src/render/edge-layer.ts).
      _ententeEdges?: { drawn: { ids: string[]; classes: string[] } };
    };
    type CyCollection = {
      map<T>(f: (e: { id(): string; data(k: string): unknown; classes(): string[] }) => T): T[];
    };
    const cy = container._cyreg.cy;
    const layer = container._ententeEdges?.drawn;
    return {
      nodes: cy
        .nodes()
        .map((n) => ({ id: n.id(), label: String(n.data('label')), classes: n.classes() })),
      edges: [
        ...cy.edges().map((e) => ({ id: e.id(), classes: e.classes() })),
        ...(layer?.ids ?? []).map((id, k) => ({
          id,
          classes: (layer?.classes[k] ?? '').split(' ').filter(Boolean),
        })),
      ].filter((e) => !e.classes.includes('is-leaving')),
    };
  }, index);
}

/**
 * Waits until the index-th graph canvas has settled: Cytoscape has drawn it and has no frame
 * pending, nothing is fading in or out, and no transition is running. Read through the same
 * registry as drawn(), for tests only. A change shows only after the page has heard of it, so a
 * test waits for the change itself first (a caption, a label in drawn()), then for this.
 */
export async function settled(page: Page, index = 0): Promise<void> {
  await page.waitForFunction((i) => {
    type Cy = {
      destroyed(): boolean;
      elements(selector: string): { empty(): boolean };
      renderer(): { redrawCount?: number; requestedFrame?: boolean };
    };
    const container = document.querySelectorAll('.canvas')[i] as unknown as
      { _cyreg?: { cy?: Cy } } | undefined;
    const cy = container?._cyreg?.cy;
    if (!cy || cy.destroyed()) return false;
    const renderer = cy.renderer();
    return (
      (renderer.redrawCount ?? 0) > 0 &&
      !renderer.requestedFrame &&
      cy.elements('.is-entering, .is-leaving, :animated').empty()
    );
  }, index);
}

/** Clicks an actor where Cytoscape draws it, as a person would. */
export async function clickNode(page: Page, id: string, index = 0): Promise<void> {
  const point = await page.evaluate(
    ([nodeId, i]) => {
      const container = document.querySelectorAll('.canvas')[i as number] as HTMLElement & {
        _cyreg: { cy: { $id(id: string): { renderedPosition(): { x: number; y: number } } } };
      };
      const rect = container.getBoundingClientRect();
      const p = container._cyreg.cy.$id(nodeId as string).renderedPosition();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    [id, index] as const,
  );
  await page.mouse.click(point.x, point.y);
}

/** A cheap fingerprint of the pixels of all graph canvases, to tell two pictures apart. */
export async function canvasFingerprint(page: Page): Promise<string> {
  return page.evaluate(() => {
    let hash = 0;
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.canvas canvas')) {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0) continue;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 97) hash = (hash * 31 + (data[i] ?? 0)) | 0;
    }
    return String(hash);
  });
}

/** A box on the page, in viewport pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Where the index-th graph canvas draws each actor (its shape and its label), in the page's
 * viewport, with the canvas's own box: read through the registry Cytoscape keeps on its
 * container, as drawn() does.
 */
export async function actorBoxes(
  page: Page,
  index = 0,
): Promise<{ canvas: Box; actors: Record<string, Box> }> {
  return page.evaluate((i) => {
    type Bounds = { x1: number; y1: number; x2: number; y2: number };
    const container = document.querySelectorAll('.canvas')[i] as HTMLElement & {
      _cyreg: {
        cy: {
          nodes(): {
            map<T>(
              f: (n: {
                id(): string;
                renderedBoundingBox(o: { includeLabels: boolean }): Bounds;
              }) => T,
            ): T[];
          };
        };
      };
    };
    const rect = container.getBoundingClientRect();
    const actors: Record<string, Box> = {};
    for (const [id, b] of container._cyreg.cy
      .nodes()
      .map((n) => [n.id(), n.renderedBoundingBox({ includeLabels: true })] as const)) {
      actors[id] = {
        left: rect.left + b.x1,
        top: rect.top + b.y1,
        right: rect.left + b.x2,
        bottom: rect.top + b.y2,
      };
    }
    const canvas = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    return { canvas, actors };
  }, index);
}
