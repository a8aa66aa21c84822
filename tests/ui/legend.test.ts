// The legend on screen: the size key shows its circles from smallest to largest with their
// values, under the measure's human name, and says the values to screen readers too.
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { sizeKey } from '../../src/core/scene/legend';
import Legend from '../../src/ui/Legend.svelte';

let component: ReturnType<typeof mount> | undefined;
afterEach(async () => {
  if (component) await unmount(component);
  document.body.innerHTML = '';
});

describe('Legend', () => {
  it('draws the size key: circles growing with the value, each labelled, the measure named', () => {
    const key = sizeKey({ measure: 'pagerank', values: [{ A: 0.05, B: 0.1, C: 0.25 }] });
    if (!key) throw new Error('expected a size key');
    component = mount(Legend, { target: document.body, props: { entries: [key] } });
    flushSync();
    const item = document.querySelector('[data-legend="size"]');
    expect(item?.textContent).toContain('Node size: PageRank');
    const radii = Array.from(item?.querySelectorAll('circle') ?? []).map((c) =>
      Number(c.getAttribute('r')),
    );
    expect(radii).toHaveLength(3);
    expect(radii[0]).toBeLessThan(radii[1] ?? 0);
    expect(radii[1]).toBeLessThan(radii[2] ?? 0);
    const values = Array.from(item?.querySelectorAll('svg text') ?? []).map((t) => t.textContent);
    expect(values).toEqual(['0.05', '0.15', '0.25']);
    expect(item?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(item?.querySelector('.visually-hidden')?.textContent?.trim()).toBe('0.05, 0.15, 0.25');
  });
});
