import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataError } from '../../src/core/data/errors';
import ErrorList from '../../src/ui/ErrorList.svelte';

let component: ReturnType<typeof mount> | undefined;

afterEach(async () => {
  if (component) await unmount(component);
  document.body.innerHTML = '';
});

describe('ErrorList', () => {
  it('lists every error with its place and text, as text (markup in data is not rendered)', () => {
    const errors: DataError[] = [
      { file: 'views.json', record: 'early', field: 'end', message: '1940 is before start 1950' },
      {
        file: 'relations/x.json',
        message: 'JSON syntax error: expected a value',
        line: 3,
        column: 7,
      },
      {
        file: 'actors.json',
        record: '<img src=x onerror=alert(1)>',
        field: 'id',
        message: 'is bad',
      },
    ];
    component = mount(ErrorList, { target: document.body, props: { errors } });
    flushSync();
    expect(document.querySelector('h2')?.textContent).toBe('The data could not be loaded');
    expect(document.body.textContent?.replace(/\s+/g, ' ')).toContain(
      '3 errors in the graph-data folder',
    );
    const items = [...document.querySelectorAll('li')].map((li) =>
      [...li.querySelectorAll('span')].map((s) => s.textContent),
    );
    expect(items).toEqual([
      ['views.json#early', 'end 1940 is before start 1950'],
      ['relations/x.json:3:7', 'JSON syntax error: expected a value'],
      ['actors.json#<img src=x onerror=alert(1)>', 'id is bad'],
    ]);
    expect(document.querySelector('img')).toBeNull();
  });
});
