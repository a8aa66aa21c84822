// The relations table says how many sources each relation cites, marks the weak ones, and sorts by it.
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/data/load';
import { Explorer } from '../../src/state/explorer.svelte';
import { explorerContext } from '../../src/state/explorer-context';
import RelationsTable from '../../src/ui/RelationsTable.svelte';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';

let component: ReturnType<typeof mount> | undefined;
afterEach(async () => {
  if (component) await unmount(component);
  document.body.innerHTML = '';
});

describe('RelationsTable sources', () => {
  it("counts each relation's sources and marks the weak ones", () => {
    const loaded = loadDataset(readGraphDataFolder(SHIPPED_DATA));
    if (!loaded.ok) throw new Error('Expected the shipped data to load');
    const explorer = new Explorer(loaded.dataset, '?view=cold-war');
    component = mount(RelationsTable, {
      target: document.body,
      context: explorerContext(explorer),
    });
    flushSync();
    const cell = (id: string) =>
      document.querySelector(`tr[data-relation="${id}"] [data-testid="sources"]`);
    // Five sources, one of kind "other".
    expect(cell('pak-rus-1954-cold-war-hostility')?.textContent?.replace(/\s+/g, ' ')).toBe(
      '5 1 weak',
    );
    expect(cell('pak-rus-1954-cold-war-hostility')?.querySelector('.weak')).not.toBeNull();
    const strong = loaded.dataset.relations.find(
      (r) => r.id.startsWith('pak-') && r.sources.every((s) => s.kind !== 'other') && cell(r.id),
    );
    expect(strong).toBeDefined();
    expect(cell(strong?.id ?? '')?.textContent?.trim()).toBe(String(strong?.sources.length));
    expect(cell(strong?.id ?? '')?.querySelector('.weak')).toBeNull();

    const header = [...document.querySelectorAll('th')].find(
      (th) => th.textContent?.trim() === 'Sources',
    );
    header?.querySelector('button')?.click();
    flushSync();
    const counts = [...document.querySelectorAll('[data-testid="sources"]')].map((td) =>
      Number.parseInt(td.textContent ?? '', 10),
    );
    expect(counts.length).toBeGreaterThan(10);
    expect(counts).toEqual([...counts].sort((p, q) => p - q));
  });
});
