// The year strip over a data set whose years start before 1000 (four-digit dates such as 0632).
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/data/load';
import { Explorer } from '../../src/state/explorer.svelte';
import { explorerContext } from '../../src/state/explorer-context';
import CampStrip from '../../src/ui/CampStrip.svelte';
import { actor, folder, relation, view } from '../builders';
import { localEngine } from '../state/local-engine';

let component: ReturnType<typeof mount> | undefined;
afterEach(async () => {
  if (component) await unmount(component);
  document.body.innerHTML = '';
});

const files = folder({
  actors: [actor(), actor({ id: 'south', name: 'Southland' })],
  relations: [relation({ start: '0632', end: '0661' })],
  views: [view({ id: 'rashidun', label: 'Rashidun', start: '0632', end: '0661' })],
});

describe('CampStrip', () => {
  it('draws and names the years of a data set before 1000', async () => {
    const loaded = loadDataset(files);
    if (!loaded.ok) throw new Error('Expected the data set to load');
    const engine = localEngine();
    const reply = engine.engine.load(files);
    if (!reply.ok) throw new Error('Expected the engine to load the data set');
    const explorer = new Explorer(loaded.dataset, '?from=632&to=641', {
      extras: async () => undefined,
      strip: (r) => engine.strip(reply.dataset, { ...r, pValues: false }),
    });
    expect(explorer.window).toEqual({ kind: 'years', from: 632, to: 641 });
    expect(explorer.notices).toEqual([]);
    await explorer.loadStrip();
    expect(explorer.strip?.years[0]?.year).toBe(632);
    component = mount(CampStrip, { target: document.body, context: explorerContext(explorer) });
    flushSync();
    const titles = [...document.querySelectorAll('g.year title')].map((t) => t.textContent);
    expect(titles[0]).toBe('632: one bloc');
    expect(titles).toHaveLength(30);
    expect(explorer.url).toBe('?from=632&to=641');
  });
});
