// The benchmark's interaction figures on a page already open: an era click and a slider step,
// each as the busiest frame and the main-thread time until painted, beside the same wait on the
// idle page.
import type { Page } from 'playwright-core';
import { busyTimes } from './main-thread';
import { figure, median, percentile, type Figure } from './measure';
import { install, timeToIdle, timeToPaint, visibleEdges } from './page-timing';

/** Years the slider steps back and forth over (page-timing.ts install). */
export const SLIDER_YEARS = 20;

/** `eras` are the buttons an era click alternates between; `label` names the data set. */
export async function interactionFigures(
  page: Page,
  label: string,
  eras: string[],
  runs: number,
  targets: { readonly paint: number; readonly scrubFrame: number },
): Promise<Figure[]> {
  const figures: Figure[] = [];
  await install(page, 'none');
  const idleFrames = await timeToPaint(page, null, runs);
  const frame = { value: median(idleFrames), name: 'one frame of the idle page' };
  const small = label === 'shipped';
  const idle = await busyTimes(page, runs);
  const baseline = { value: median(idle.total), name: 'the same wait, doing nothing' };
  if (small) {
    // Everything a click runs before the page is idle again: the analysis (timed alone in
    // Node against the 2 ms target), Svelte's DOM updates and Cytoscape's element updates.
    // (A large graph is updated a frame later, so there only the painted frame counts.)
    await install(page, 'era', ['One era']); // a click that changes nothing
    const noop = await timeToIdle(page, runs);
    await install(page, 'era', eras);
    const work = await timeToIdle(page, runs);
    figures.push(
      figure(
        `era click: script until idle (${label})`,
        median(work),
        'ms',
        { value: median(noop), name: 'a click that changes nothing' },
        null,
      ),
    );
  }
  await install(page, 'era', eras);
  const era = await busyTimes(page, runs);
  // Back and forth over SLIDER_YEARS years: as many new windows as kept ones. Forty steps, so that
  // the p95 is a p95: of the sixteen steps measured until 2026-12-03 the nearest-rank p95 was the
  // slowest step. The slowest is reported beside it.
  await install(page, 'slider', [], SLIDER_YEARS);
  const slider = await busyTimes(page, 2 * SLIDER_YEARS);
  const edges = await visibleEdges(page);
  const frameBaseline = {
    value: median(idle.longestFrame),
    name: 'the busiest frame of the same wait, doing nothing',
  };
  figures.push(
    figure(
      `era click: busiest frame until painted (${label})`,
      median(era.longestFrame),
      'ms',
      frameBaseline,
      small ? targets.paint : null,
    ),
    figure(
      `era click: main-thread time until painted (${label})`,
      median(era.total),
      'ms',
      baseline,
      null,
    ),
    figure(
      `slider step: busiest frame, p95 (${label}, ${edges} edges)`,
      percentile(slider.longestFrame, 95),
      'ms',
      frameBaseline,
      // Issue 16 asks no frame be late while scrubbing the scale set too.
      targets.paint,
    ),
    figure(
      // The steps to windows not kept yet (the first half): each asks the engine for its core.
      `slider step: busiest frame, p95 of the ${SLIDER_YEARS} steps to new windows (${label})`,
      percentile(slider.longestFrame.slice(0, SLIDER_YEARS), 95),
      'ms',
      frameBaseline,
      null,
    ),
    figure(
      `slider step: busiest frame, slowest of ${slider.longestFrame.length} (${label})`,
      percentile(slider.longestFrame, 100),
      'ms',
      frameBaseline,
      null,
    ),
    figure(
      `slider step: main-thread time until painted, median (${label})`,
      median(slider.total),
      'ms',
      baseline,
      small ? null : targets.scrubFrame,
    ),
    figure(
      `slider step: main-thread time until painted, p95 (${label})`,
      percentile(slider.total, 95),
      'ms',
      baseline,
      null,
    ),
    figure(
      `slider step → next frame on screen, median (${label})`,
      median(await timeToPaint(page, 'slider', runs)),
      'ms',
      frame,
      null,
    ),
  );
  return figures;
}
