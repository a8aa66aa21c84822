import { countedRelations } from '../../src/core/analysis/analysis-core';
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { Explorer } from '../../src/state/explorer.svelte';
import { explorerContext } from '../../src/state/explorer-context';
import RelationsTable from '../../src/ui/RelationsTable.svelte';
import { loadFixture } from '../fixtures/load-fixture';
import { generate } from '../../src/cli/generate';
import { makeDataset } from '../../src/core/data/dataset';
import { loadDataset } from '../../src/core/data/load';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';

let component: ReturnType<typeof mount> | undefined;
afterEach(async () => {
  if (component) await unmount(component);
  document.body.innerHTML = '';
});

function render(search = '?view=early') {
  const explorer = new Explorer(loadFixture('minimal'), search);
  component = mount(RelationsTable, { target: document.body, context: explorerContext(explorer) });
  flushSync();
  const titles = () =>
    [...document.querySelectorAll('tbody tr')].map((tr) => tr.lastElementChild?.textContent);
  const header = (label: string) =>
    [...document.querySelectorAll('th')].find(
      (th) => th.textContent?.trim() === label,
    ) as HTMLElement;
  return { explorer, titles, header };
}

describe('RelationsTable', () => {
  it('lists the relations active in the window, labelled "Relations", by date', () => {
    const { titles } = render();
    expect(document.querySelector('table')?.getAttribute('aria-label')).toBe('Relations');
    expect(titles()).toEqual(['Northern Pact', 'North–East rivalry']);
    expect(document.querySelector('caption')?.textContent).toBe(
      '2 relations active in Early, 1950–1969',
    );
    expect(document.querySelector('tbody tr td:nth-child(3)')?.textContent).toBe('Mar 1955 – 1975');
  });

  it('sorts by a column, and reverses on a second click', () => {
    const { titles, header } = render();
    header('Score').querySelector('button')?.click();
    flushSync();
    expect(header('Score').getAttribute('aria-sort')).toBe('ascending');
    expect(titles()).toEqual(['North–East rivalry', 'Northern Pact']);
    header('Score').querySelector('button')?.click();
    flushSync();
    expect(header('Score').getAttribute('aria-sort')).toBe('descending');
    expect(titles()).toEqual(['Northern Pact', 'North–East rivalry']);
  });

  it('selects the tie of a row', () => {
    const { explorer } = render();
    (document.querySelector('tbody tr button') as HTMLButtonElement).click();
    flushSync();
    expect(explorer.selection).toEqual({ kind: 'tie', a: 'north', b: 'south' });
    expect(document.querySelector('tbody tr')?.classList.contains('selected')).toBe(true);
  });

  it('follows the era', () => {
    const { explorer, titles } = render();
    explorer.selectView('late');
    flushSync();
    expect(titles()).toEqual(['North–East rivalry', 'Visit to Northland']);
  });

  it('makes only the rows in sight of a long table, and the rest as you scroll', () => {
    const shipped = loadDataset(readGraphDataFolder(SHIPPED_DATA));
    if (!shipped.ok) throw new Error('invalid shipped data');
    const types = shipped.dataset.relationTypes;
    const dataset = makeDataset({
      ...generate({ actors: 40, relations: 6000, seed: 3 }, types),
      relationTypes: [...types],
    });
    const explorer = new Explorer(dataset, '?view=recent');
    component = mount(RelationsTable, {
      target: document.body,
      context: explorerContext(explorer),
    });
    flushSync();
    // The table lists the relations that count under the reading (security, the default here).
    const total = countedRelations(explorer.filtered, explorer.core).length;
    expect(total).toBeGreaterThan(1000);
    const table = document.querySelector('table') as HTMLTableElement;
    const rows = () => [...document.querySelectorAll('tbody tr[data-relation]')];
    const spacers = () =>
      [...document.querySelectorAll<HTMLElement>('tbody tr.spacer')].map((tr) =>
        parseFloat(tr.style.height),
      );
    expect(table.getAttribute('aria-rowcount')).toBe(String(total + 1));
    expect(rows().length).toBeLessThan(100);
    // The rows not made are stood in for by a spacer of their height (28 px each).
    expect(spacers()).toEqual([(total - rows().length) * 28]);
    expect(rows()[0]?.getAttribute('aria-rowindex')).toBe('2');

    // Scrolled to the 500th row: the rows there are made, and the spacers fill both sides.
    const wrap = document.querySelector('.wrap') as HTMLDivElement;
    wrap.scrollTop = 500 * 28;
    wrap.dispatchEvent(new Event('scroll'));
    flushSync();
    const first = Number(rows()[0]?.getAttribute('aria-rowindex'));
    expect(first).toBeGreaterThan(400);
    expect(first).toBeLessThanOrEqual(502);
    const [before, after] = spacers();
    expect((before ?? 0) + (after ?? 0) + rows().length * 28).toBe(total * 28);

    // Sorting still orders every row, not just those in sight.
    const header = [...document.querySelectorAll('th')].find(
      (th) => th.textContent?.trim() === 'Score',
    ) as HTMLElement;
    header.querySelector('button')?.click();
    flushSync();
    wrap.scrollTop = 0;
    wrap.dispatchEvent(new Event('scroll'));
    flushSync();
    const lowest = Math.min(
      ...countedRelations(explorer.filtered, explorer.core).map((c) => c.contribution),
    );
    expect(Number(rows()[0]?.querySelector('.num')?.textContent?.replace('−', '-'))).toBeCloseTo(
      lowest,
      1,
    );
  });
});
