// The window cores of a large data set from the engine: one request at a time, the latest window
// wanted asked next (scrubbing never queues windows left behind), the latest answer shown
// meanwhile, a lost or failed answer asked again, the oldest answers let go.
import { describe, expect, it, vi } from 'vitest';
import type { WindowCore } from '../../src/core/analysis/analysis-core';
import { yearWindow } from '../../src/core/time/time';
import { CoreLoader, type Arrival, type ShownCore } from '../../src/state/core-loader.svelte';

const shown = (year: number): ShownCore => ({
  core: { window: { start: `${year}-01-01`, end: `${year}-12-31` } } as WindowCore,
  window: yearWindow(year, year),
  label: String(year),
});

/** A request the test answers when it chooses. */
function pending() {
  const asked: string[] = [];
  const answers = new Map<string, (value: ShownCore | undefined) => void>();
  const fetch = (key: string) => () => {
    asked.push(key);
    return new Promise<ShownCore | undefined>((resolve) => answers.set(key, resolve));
  };
  const answer = async (key: string, value: ShownCore | undefined) => {
    answers.get(key)?.(value);
    // Let the loader's then/finally run.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { asked, fetch, answer };
}

describe('CoreLoader', () => {
  it('shows a core when its arrival says (the next frame), asking for the next one meanwhile', async () => {
    const waiting: (() => void)[] = [];
    const arrival: Arrival = (show) => waiting.push(show);
    const loader = new CoreLoader(24, arrival);
    const { asked, fetch, answer } = pending();
    loader.want('2001', fetch('2001'));
    loader.want('2002', fetch('2002'));
    await answer('2001', shown(2001));
    // Came, not shown yet; the next window is already asked for.
    expect(loader.has('2001')).toBe(false);
    expect(loader.latest).toBeNull();
    expect(asked).toEqual(['2001', '2002']);
    // Waiting to be shown, it is not asked again.
    loader.want('2001', fetch('2001'));
    await answer('2002', shown(2002));
    expect(asked).toEqual(['2001', '2002']);
    expect(waiting).toHaveLength(2);
    for (const show of waiting) show();
    expect(loader.get('2001')?.label).toBe('2001');
    expect(loader.latest?.label).toBe('2002');
  });

  it('asks one window at a time, and of those wanted meanwhile only the latest', async () => {
    const loader = new CoreLoader();
    const { asked, fetch, answer } = pending();
    loader.want('2001', fetch('2001'));
    loader.want('2002', fetch('2002'));
    loader.want('2003', fetch('2003'));
    expect(asked).toEqual(['2001']);
    expect(loader.asking).toBe('2001');
    expect(loader.latest).toBeNull();
    await answer('2001', shown(2001));
    expect(asked).toEqual(['2001', '2003']);
    expect(loader.get('2001')?.label).toBe('2001');
    expect(loader.latest?.label).toBe('2001');
    expect(loader.has('2002')).toBe(false);
    await answer('2003', shown(2003));
    expect(loader.latest?.label).toBe('2003');
    expect(loader.asking).toBeNull();
    // Known: not asked again.
    loader.want('2001', fetch('2001'));
    expect(asked).toEqual(['2001', '2003']);
  });

  it('asks again for a window whose answer was lost or failed, and says why it failed', async () => {
    const loader = new CoreLoader();
    const onError = vi.fn();
    loader.want('k', () => Promise.resolve(undefined), onError);
    await Promise.resolve();
    await Promise.resolve();
    expect(loader.has('k')).toBe(false);
    loader.want('k', () => Promise.reject(new Error('worker gone')), onError);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(onError).toHaveBeenCalledWith(new Error('worker gone'));
    expect(loader.asking).toBeNull();
    loader.want('k', () => Promise.resolve(shown(1999)), onError);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(loader.get('k')?.label).toBe('1999');
  });

  it('keeps the latest few answers and lets the oldest go', async () => {
    const loader = new CoreLoader(2);
    for (const year of [2001, 2002, 2003]) {
      loader.want(String(year), () => Promise.resolve(shown(year)));
      for (let i = 0; i < 5; i++) await Promise.resolve();
    }
    expect([loader.has('2001'), loader.has('2002'), loader.has('2003')]).toEqual([
      false,
      true,
      true,
    ]);
  });
});
