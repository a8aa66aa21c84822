import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Explorer } from '../../src/state/explorer.svelte';
import { explorerContext } from '../../src/state/explorer-context';
import Timeline from '../../src/ui/Timeline.svelte';
import { loadFixture } from '../fixtures/load-fixture';

let component: ReturnType<typeof mount> | undefined;
afterEach(async () => {
  if (component) await unmount(component);
  document.body.innerHTML = '';
  vi.useRealTimers();
});

function render() {
  const explorer = new Explorer(loadFixture('minimal'));
  component = mount(Timeline, { target: document.body, context: explorerContext(explorer) });
  flushSync();
  const slider = document.querySelector('input[type="range"]') as HTMLInputElement;
  const length = document.querySelector('select') as HTMLSelectElement;
  const span = () => document.querySelector('output')?.textContent;
  return { explorer, slider, length, span };
}

describe('Timeline', () => {
  it('is a slider labelled "Date" that shows the era the buttons chose', () => {
    const { slider, span } = render();
    expect(document.querySelector(`label[for="${slider.id}"]`)?.textContent).toBe('Date');
    expect(slider.value).toBe('1969');
    expect(span()).toBe('1950–1969');
  });

  it('moves the window when slid, keeping its length; the length can be chosen', () => {
    const { explorer, slider, length, span } = render();
    slider.value = '1980';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    expect(explorer.window).toEqual({ kind: 'years', from: 1961, to: 1980 });
    length.value = '5';
    length.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    expect(span()).toBe('1976–1980');
  });

  it('plays year by year and pauses', () => {
    vi.useFakeTimers();
    const { explorer } = render();
    explorer.setTimeline(1990, 1);
    flushSync();
    const play = document.querySelector('button') as HTMLButtonElement;
    play.click();
    flushSync();
    expect(play.getAttribute('aria-pressed')).toBe('true');
    vi.advanceTimersByTime(900 * 3);
    flushSync();
    expect(explorer.timeline.year).toBe(1993);
    play.click();
    flushSync();
    vi.advanceTimersByTime(900 * 3);
    expect(explorer.timeline.year).toBe(1993);
  });
});
