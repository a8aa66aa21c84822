// The window cores (ties, camps, balance) of a large data set, worked out by the engine worker
// rather than on the main thread, so that a step along the timeline leaves the page free: 15–25 ms
// of analysis a step at 200 actors and 4,400 ties. Until the core of the window asked for comes,
// the page shows the latest one that came, with its own window and label (never another window's
// numbers under this one's caption). One request at a time: while one is under way, only the
// latest window wanted waits, so scrubbing never queues up windows already left behind.
import type { WindowCore } from '../core/analysis/analysis-core';
import type { Window } from '../core/time/time';
import { withAnswer } from './metrics-cache.svelte';

/** How many windows' cores are kept (a core of a large window holds thousands of ties). */
export const CORE_CACHE_SIZE = 24;

/** A window's core, with the window and the view's label it was computed for. */
export interface ShownCore {
  readonly core: WindowCore;
  readonly window: Window;
  readonly label: string;
}

/**
 * When a core that came is shown: at once, or (the browser's choice, `afterNextFrame`) in the next
 * frame, so that the frame the core arrives in (its message read and the core made whole) is not
 * also the one that rebuilds the scene and the panels.
 */
export type Arrival = (show: () => void) => void;

/** Shows a core in the next frame where the page is shown; at once where it is not. */
export const afterNextFrame: Arrival = (show) => {
  if (
    typeof requestAnimationFrame === 'function' &&
    globalThis.document?.visibilityState === 'visible'
  )
    requestAnimationFrame(() => show());
  else show();
};

interface Wanted {
  readonly key: string;
  readonly fetch: () => Promise<ShownCore | undefined>;
}

export class CoreLoader {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole ($state.raw), never mutated
  #answered = $state.raw<ReadonlyMap<string, ShownCore>>(new Map());
  #latest = $state.raw<ShownCore | null>(null);
  #asking: string | null = null;
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read on purpose without reactivity
  readonly #pinned = new Map<string, ShownCore>();
  #next: Wanted | null = null;
  /** Keys whose core came and waits to be shown (arrival): not asked again meanwhile. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read on purpose without reactivity
  readonly #arriving = new Set<string>();

  constructor(
    readonly capacity = CORE_CACHE_SIZE,
    private readonly arrival: Arrival = (show) => show(),
  ) {}

  get(key: string): ShownCore | undefined {
    return this.#answered.get(key);
  }

  has(key: string): boolean {
    return this.#answered.has(key);
  }

  /** The core that came last (what to show while another is on its way), or null before any. */
  get latest(): ShownCore | null {
    return this.#latest;
  }

  /** The key of the request under way, if any. */
  get asking(): string | null {
    return this.#asking;
  }

  /**
   * Asks for a key's core unless it is known or under way; while another is under way, it is
   * asked next (replacing any other waiting). A failed or lost answer leaves the key unknown, to
   * be asked again; `onError` hears a failure.
   */
  want(
    key: string,
    fetch: () => Promise<ShownCore | undefined>,
    onError: (error: unknown) => void = () => undefined,
  ): void {
    if (this.#answered.has(key) || this.#asking === key || this.#arriving.has(key)) return;
    if (this.#asking !== null) {
      this.#next = { key, fetch };
      return;
    }
    this.#asking = key;
    fetch()
      .then(
        (shown) => {
          if (!shown) return;
          this.#arriving.add(key);
          this.arrival(() => {
            this.#arriving.delete(key);
            this.keep(key, shown);
          });
        },
        (error: unknown) => onError(error),
      )
      .finally(() => {
        this.#asking = null;
        const next = this.#next;
        this.#next = null;
        if (next) this.want(next.key, next.fetch, onError);
      })
      .catch(onError);
  }

  /**
   * Keeps a core that came another way (the engine's opening windows, session.svelte.ts), for
   * good: `pinned` finds it without making a reader depend on the cores that come later.
   */
  seed(key: string, shown: ShownCore): void {
    this.#pinned.set(key, shown);
    if (!this.#answered.has(key)) this.keep(key, shown);
  }

  pinned(key: string): ShownCore | undefined {
    return this.#pinned.get(key);
  }

  private keep(key: string, shown: ShownCore): void {
    this.#answered = withAnswer(this.#answered, key, shown, this.capacity);
    this.#latest = shown;
  }
}
