// Timing inside the page, for the benchmark: an action the run repeats (an era click, a slider
// step) installed in the page, and how long until its frame is painted or the main thread is
// idle again, each measured by the page's own clock.
import type { Page } from 'playwright-core';

/**
 * Runs `act` in the page and times it until the frame it causes has been painted: a
 * requestAnimationFrame callback (the frame's rendering, Cytoscape's drawing included, runs
 * right after it), then a task posted from there, which runs once that frame is done. The same
 * wait after doing nothing is the baseline: one frame of an idle page.
 */
export async function timeToPaint(page: Page, act: string | null, runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ act, runs }) => {
      const painted = () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now());
            channel.port2.postMessage(0);
          }),
        );
      const step = (window as unknown as { __benchStep?: (i: number) => void }).__benchStep;
      const times: number[] = [];
      await painted();
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        if (act && step) step(i);
        let end = await painted();
        // A large graph is updated a frame later (GraphCanvas): until it is drawn.
        while (document.querySelector('.canvas[aria-busy="true"]')) end = await painted();
        times.push(end - start);
      }
      return times;
    },
    { act, runs },
  );
}

/**
 * Installs the action a run repeats: clicking eras in turn, or stepping the slider back and forth
 * over `years` years, one year a step (2 × years steps a round: years new windows, then as many
 * kept ones on the way back).
 */
export async function install(
  page: Page,
  kind: 'era' | 'slider' | 'none',
  eras: string[] = [],
  years = 10,
) {
  await page.evaluate(
    ({ kind, eras, years }) => {
      const w = window as unknown as { __benchStep?: (i: number) => void };
      if (kind === 'era') {
        const buttons = eras.map(
          (label) =>
            [...document.querySelectorAll<HTMLButtonElement>('button')].find(
              (b) => b.textContent?.trim() === label,
            ) as HTMLButtonElement,
        );
        w.__benchStep = (i) => buttons[i % buttons.length]?.click();
      } else if (kind === 'slider') {
        const slider = document.querySelector<HTMLInputElement>('input[type=range]');
        if (!slider) throw new Error('no slider');
        const start = Number(slider.value);
        const min = Number(slider.min);
        w.__benchStep = (i) => {
          const k = i % (2 * years);
          slider.value = String(Math.max(min, start - (k < years ? k + 1 : 2 * years - 1 - k)));
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        };
      } else delete w.__benchStep;
    },
    { kind, eras, years },
  );
}

/** The main-thread work of an action alone: until a task posted right after it runs. */
export async function timeToIdle(page: Page, runs: number): Promise<number[]> {
  return page.evaluate(async (runs) => {
    const step = (window as unknown as { __benchStep?: (i: number) => void }).__benchStep;
    const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await settle();
      const start = performance.now();
      step?.(i);
      await new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      });
      times.push(performance.now() - start);
    }
    return times;
  }, runs);
}

export async function visibleEdges(page: Page): Promise<number> {
  return page.evaluate(() => {
    const c = document.querySelector('.canvas') as unknown as {
      _cyreg: { cy: { edges(): { length: number } } };
      _ententeEdges?: { drawn: { ids: string[] } };
    };
    return c._cyreg.cy.edges().length + (c._ententeEdges?.drawn.ids.length ?? 0);
  });
}
