// A part of the page that fails shows "This … failed" with a button to try again, and the rest of
// the page goes on working.
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Explorer } from '../../src/state/explorer.svelte';
import { explorerContext } from '../../src/state/explorer-context';
import { sessionContext } from '../../src/state/session-context';
import { Session } from '../../src/state/session.svelte';
import ExplorerView from '../../src/ui/ExplorerView.svelte';
import Sidebar from '../../src/ui/Sidebar.svelte';
import { loadFixture } from '../fixtures/load-fixture';
import { localEngine, memoryStore } from '../state/local-engine';

// The table's rows come from countedRelations: made to fail on demand.
const broken = vi.hoisted(() => ({ counted: false }));
vi.mock('../../src/core/analysis/analysis-core', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/analysis/analysis-core')>();
  return {
    ...real,
    countedRelations: (...args: Parameters<typeof real.countedRelations>) => {
      if (broken.counted) throw new Error('counted is broken');
      return real.countedRelations(...args);
    },
  };
});

let component: ReturnType<typeof mount> | undefined;
let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  if (component) await unmount(component);
  component = undefined;
  document.body.innerHTML = '';
  consoleError.mockRestore();
  broken.counted = false;
});

/** Makes reading one of the explorer's values throw, until the returned function undoes it. */
function breakValue(explorer: Explorer, key: 'scene'): () => void {
  Object.defineProperty(explorer, key, {
    configurable: true,
    get() {
      throw new Error(`${key} is broken`);
    },
  });
  return () => {
    delete (explorer as unknown as Record<string, unknown>)[key];
  };
}

const text = () => document.body.textContent ?? '';
const button = (label: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);

describe('PanelBoundary', () => {
  it('shows a failed side panel as a message, and the other panels still work', () => {
    const explorer = new Explorer(loadFixture('minimal'), '?view=early');
    const repair = breakValue(explorer, 'scene');
    component = mount(Sidebar, { target: document.body, context: explorerContext(explorer) });
    flushSync();
    // The Analysis panel (shown first) reads the scene: it fails alone.
    expect(document.querySelector('[role="alert"]')?.textContent).toContain(
      'This panel failed: scene is broken',
    );
    expect(consoleError).toHaveBeenCalled();
    expect(document.querySelectorAll('[role="tab"]')).toHaveLength(3);

    button('Filters')?.click();
    flushSync();
    expect(document.querySelector('[role="alert"]')).toBeNull();
    expect(document.querySelectorAll('input[type="checkbox"]').length).toBeGreaterThan(0);

    button('Analysis')?.click();
    flushSync();
    expect(text()).toContain('This panel failed');
    repair();
    button('Try again')?.click();
    flushSync();
    expect(document.querySelector('[role="alert"]')).toBeNull();
    expect(document.querySelector('[data-testid="camps-headline"]')).not.toBeNull();
  });

  it('tries the details again for the next selection', async () => {
    const explorer = new Explorer(loadFixture('minimal'), '?view=early&select=north');
    const seriesFor = explorer.seriesFor.bind(explorer);
    explorer.seriesFor = (id) => {
      if (id === 'north') throw new Error('no series for north');
      return seriesFor(id);
    };
    component = mount(Sidebar, { target: document.body, context: explorerContext(explorer) });
    // The details come in a chunk of their own, loaded with the first selection.
    // (The first load transforms the details' modules: allow it time.)
    await vi.waitFor(() => expect(text()).toContain('This panel failed: no series for north'), {
      timeout: 15_000,
    });
    explorer.select({ kind: 'actor', id: 'south' });
    flushSync();
    await vi.waitFor(() =>
      expect(document.querySelector('#panel-details h2')?.textContent).toBe('Old Southland'),
    );
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows a failed relations table as a message, and the rest of the explorer renders', async () => {
    const explorer = new Explorer(loadFixture('minimal'), '?view=early&tab=table');
    broken.counted = true;
    const session = new Session({ engine: localEngine(), store: memoryStore() });
    component = mount(ExplorerView, {
      target: document.body,
      props: { explorer },
      context: new Map<symbol, unknown>([...explorerContext(explorer), ...sessionContext(session)]),
    });
    flushSync();
    // The table comes in a chunk of its own, fetched when its tab is first shown.
    const alerts = () => [...document.querySelectorAll('[role="alert"]')];
    await vi.waitFor(
      () =>
        expect(alerts().map((a) => a.querySelector('p')?.textContent)).toEqual([
          'This table failed: counted is broken',
        ]),
      { timeout: 15_000 },
    );
    broken.counted = false;
    expect(document.querySelector('table')).toBeNull();
    expect(document.querySelector('h1')?.textContent).toBe('Entente');
    expect(document.querySelector('input[type="range"]')).not.toBeNull();
    expect(document.querySelector('[data-testid="camps-headline"]')?.textContent).not.toBe('');
    expect(button('Graph')).toBeDefined();
  });
});
