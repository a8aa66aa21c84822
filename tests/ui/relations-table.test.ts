import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { Explorer, explorerContext } from '../../src/state/explorer.svelte';
import RelationsTable from '../../src/ui/RelationsTable.svelte';
import { loadFixture } from '../fixtures/load-fixture';

let component: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (component) unmount(component);
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
      '2 relations active in Early · 1950 – 1969',
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
});
