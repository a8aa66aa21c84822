// Data that cannot be fetched at start show what went wrong, with a Retry that tries again without
// reloading the page; the try that works shows the page.
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Session } from '../../src/state/session.svelte';
import Startup from '../../src/ui/Startup.svelte';
import { folder, relation } from '../builders';
import { localEngine, memoryStore } from '../state/local-engine';

let component: ReturnType<typeof mount> | undefined;
afterEach(async () => {
  if (component) await unmount(component);
  component = undefined;
  document.body.innerHTML = '';
});

/** A promise and the functions that settle it, so a test says when each try ends. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const alert = () => document.querySelector('[data-testid="start-failed"]');
const retry = () =>
  document.querySelector<HTMLButtonElement>('[data-testid="start-failed"] button');

describe('Startup', () => {
  it('shows why the data could not be loaded, and retries without a reload until the page shows', async () => {
    const session = new Session({ engine: localEngine(), store: memoryStore() });
    const tries = [deferred(), deferred(), deferred()];
    let count = 0;
    const start = vi.fn(
      () => tries[count++]?.promise ?? Promise.reject(new Error('no more tries')),
    );
    component = mount(Startup, { target: document.body, props: { session, start } });
    flushSync();
    // The first try is under way: nothing to show yet.
    expect(alert()).toBeNull();
    expect(document.querySelector('.app')).toBeNull();

    tries[0]?.reject(new Error('the server answered 503'));
    await vi.waitFor(() => expect(alert()).not.toBeNull());
    expect(alert()?.textContent).toContain('Entente could not start');
    expect(alert()?.textContent).toContain(
      'The data could not be loaded: the server answered 503.',
    );
    expect(retry()?.textContent?.trim()).toBe('Retry');
    expect(retry()?.disabled).toBe(false);
    expect(document.querySelector('.app')).toBeNull();

    // A retry keeps the message in sight while it runs, and says a failure again.
    retry()?.click();
    flushSync();
    expect(start).toHaveBeenCalledTimes(2);
    expect(retry()?.textContent?.trim()).toBe('Trying again…');
    expect(retry()?.disabled).toBe(true);
    tries[1]?.reject(new TypeError('Failed to fetch'));
    await vi.waitFor(() => expect(retry()?.disabled).toBe(false));
    expect(alert()?.textContent).toContain('The data could not be loaded: Failed to fetch.');

    // The try that reaches the data shows the page, and the message goes. (Data with an error,
    // so that the page lists it instead of drawing a graph, which jsdom cannot.)
    retry()?.click();
    flushSync();
    expect(start).toHaveBeenCalledTimes(3);
    await session.start(folder({ relations: [relation({ target: 'atlantis' })] }));
    tries[2]?.resolve();
    await vi.waitFor(() => expect(document.querySelector('.app')).not.toBeNull());
    expect(alert()).toBeNull();
    expect(document.body.textContent).not.toContain('could not start');
    expect(document.querySelector('[data-testid="error-list"]')?.textContent).toContain('atlantis');
  });

  it('quotes a long error by its start', async () => {
    const session = new Session({ engine: localEngine(), store: memoryStore() });
    const start = () => Promise.reject(new Error(`bad ${'x'.repeat(500)}\nsecond line`));
    component = mount(Startup, { target: document.body, props: { session, start } });
    await vi.waitFor(() => expect(alert()).not.toBeNull());
    const text = alert()?.textContent ?? '';
    expect(text).toContain('bad xxx');
    expect(text).toContain('…');
    expect(text).not.toContain('x'.repeat(100));
    expect(text).not.toContain('second line');
  });
});
