import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { Explorer } from '../../src/state/explorer.svelte';
import { explorerContext } from '../../src/state/explorer-context';
import EraSwitch from '../../src/ui/EraSwitch.svelte';
import { loadFixture } from '../fixtures/load-fixture';

let component: ReturnType<typeof mount> | undefined;

afterEach(async () => {
  if (component) await unmount(component);
  component = undefined;
  document.body.innerHTML = '';
});

function render(): { explorer: Explorer; buttons: () => HTMLButtonElement[] } {
  const explorer = new Explorer(loadFixture('minimal'));
  component = mount(EraSwitch, { target: document.body, context: explorerContext(explorer) });
  flushSync();
  return { explorer, buttons: () => [...document.querySelectorAll('button')] };
}

describe('EraSwitch', () => {
  it('shows one button per view in a group labelled "Era", the active one pressed', () => {
    const { buttons } = render();
    const group = document.querySelector('[role="group"]');
    const labelId = group?.getAttribute('aria-labelledby') ?? '';
    expect(document.getElementById(labelId)?.textContent).toBe('Era');
    expect(buttons().map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['Early', 'true'],
      ['Late', 'false'],
    ]);
  });

  it('selects the era on click and moves the pressed state', () => {
    const { explorer, buttons } = render();
    buttons()[1]?.click();
    flushSync();
    expect(explorer.window).toEqual({ kind: 'view', id: 'late' });
    expect(buttons().map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
  });
});
