// The benchmark's memory figure: the peak resident memory (Linux VmHWM) of the renderer that
// holds the page and its engine worker — the largest of the browser's renderer processes (a
// fresh browser has one for the page, and may keep a small spare).
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Peak resident memory of a process, MB; NaN where /proc cannot tell (not Linux). */
function peakOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1]) / 1024;
  } catch {
    return NaN;
  }
}

export async function rendererPeakMb(browser: Browser): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  const peak = processInfo
    .filter((p) => p.type === 'renderer')
    .reduce((max, p) => Math.max(max, peakOf(p.id)), -Infinity);
  return Number.isFinite(peak) ? peak : NaN;
}
