// The main thread's busy time around an action, read from a Chromium trace of the renderer: for
// the benchmark, so that waiting for the display's next frame does not count as work.
import type { Page } from 'playwright-core';

/**
 * The main thread's busy time from an action until the frame that shows it has been painted
 * (and, for a large graph, updated a frame later, drawn): the action's own work, Svelte's
 * update, Cytoscape's drawing, style, layout and paint, and whatever the step sets off (the
 * worker's centrality arriving). Read from a trace of the renderer's main thread, so that
 * waiting for the display's next frame (vsync) does not count. `total` is all of it — what
 * bounds how many steps a second scrubbing can show; `longestFrame` the busiest frame in it —
 * what must fit in 16.7 ms for no frame to be late. A frame runs from the start of one of the
 * main thread's frames (`ProxyMain::BeginMainFrame`, its animation callbacks, style, layout,
 * paint and commit) to the start of the next, with the tasks between, as DevTools counts them.
 * (Until 2026-12-01 frames were cut at a callback of the page's own, which runs after
 * Cytoscape's in the same frame, and so counted Cytoscape's drawing with the frame before.)
 */
export async function busyTimes(
  page: Page,
  runs: number,
): Promise<{ total: number[]; longestFrame: number[] }> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  await browser.startTracing(page, {
    categories: ['toplevel', 'devtools.timeline', 'blink.user_timing', 'cc'],
  });
  await page.evaluate(async (runs) => {
    const step = (window as unknown as { __benchStep?: (i: number) => void }).__benchStep;
    const painted = () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(0);
        }),
      );
    for (let i = 0; i < runs; i++) {
      await new Promise((r) => setTimeout(r, 60));
      await painted();
      performance.mark(`bench:start:${i}`);
      step?.(i);
      await painted();
      // A large graph is updated a frame later (GraphCanvas): wait until it is drawn.
      while (document.querySelector('.canvas[aria-busy="true"]')) await painted();
      await painted();
      performance.mark(`bench:end:${i}`);
    }
  }, runs);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number }[];
  };
  const events = trace.traceEvents;
  const marks = new Map<string, (typeof events)[number]>();
  for (const e of events) if (e.name.startsWith('bench:')) marks.set(e.name, e);
  const main = marks.get('bench:start:0');
  if (!main) throw new Error('the trace has no marks');
  const frameStarts = events
    .filter(
      (e) =>
        e.name === 'ProxyMain::BeginMainFrame' &&
        e.ph === 'X' &&
        e.tid === main.tid &&
        e.pid === main.pid,
    )
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  if (frameStarts.length === 0) throw new Error('the trace has no frames of the main thread');
  // Tasks of the thread that made the marks (the renderer's main thread).
  const tasks = events.filter(
    (e) =>
      e.ph === 'X' &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
      e.tid === main.tid &&
      e.pid === main.pid,
  );
  /** The union of the tasks' spans inside [start, end] (task events may nest), in ms. */
  const busy = (start: number, end: number): number => {
    const spans = tasks
      .map((t) => [Math.max(start, t.ts), Math.min(end, t.ts + (t.dur ?? 0))] as const)
      .filter(([from, to]) => to > from)
      .sort((a, b) => a[0] - b[0]);
    let sum = 0;
    let reached = -Infinity;
    for (const [from, to] of spans) {
      if (to <= reached) continue;
      sum += to - Math.max(from, reached);
      reached = to;
    }
    return sum / 1000;
  };
  const total: number[] = [];
  const longestFrame: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = marks.get(`bench:start:${i}`)?.ts;
    const end = marks.get(`bench:end:${i}`)?.ts;
    if (start === undefined || end === undefined) continue;
    total.push(busy(start, end));
    const cuts = [start, ...frameStarts.filter((t) => t > start && t < end), end];
    let longest = 0;
    for (let k = 1; k < cuts.length; k++)
      longest = Math.max(longest, busy(cuts[k - 1] ?? start, cuts[k] ?? end));
    longestFrame.push(longest);
  }
  return { total, longestFrame };
}
