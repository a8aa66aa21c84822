// The engine's metrics (centrality, communities, the split test) of the windows visited, by key:
// a key is either answered (ready) or not (pending). A request in flight is remembered only
// until it is answered or lost, and an answer is evicted only from the answered, so no key can
// be stranded: whatever is not kept may be asked for again.
import type { WindowExtras } from '../core/analysis/analysis-core';
import { PENDING, ready, type Metrics } from '../core/scene/scene';

/** How many windows' metrics are kept (a slider run visits many). */
export const METRICS_CACHE_SIZE = 200;

export class MetricsCache {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole ($state.raw), never mutated
  #answered = $state.raw<ReadonlyMap<string, WindowExtras>>(new Map());
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping of requests, not state to show
  readonly #inFlight = new Set<string>();

  constructor(readonly capacity = METRICS_CACHE_SIZE) {}

  /** The metrics of a key: ready when answered, else pending. */
  get(key: string): Metrics {
    const extras = this.#answered.get(key);
    return extras ? ready(extras) : PENDING;
  }

  has(key: string): boolean {
    return this.#answered.has(key);
  }

  /** How many answers are kept. */
  get size(): number {
    return this.#answered.size;
  }

  /** Whether a request for the key is under way. */
  asking(key: string): boolean {
    return this.#inFlight.has(key);
  }

  /**
   * Asks for a key's metrics unless they are known or already asked for, and keeps the answer.
   * A lost answer (undefined, or a failed request) leaves the key pending, to be asked again.
   */
  async load(key: string, fetch: () => Promise<WindowExtras | undefined>): Promise<void> {
    if (this.#answered.has(key) || this.#inFlight.has(key)) return;
    this.#inFlight.add(key);
    let extras: WindowExtras | undefined;
    try {
      extras = await fetch();
    } finally {
      this.#inFlight.delete(key);
    }
    if (!extras) return;
    this.#answered = withAnswer(this.#answered, key, extras, this.capacity);
  }
}

/**
 * The answers with one more, the latest last: the oldest go first past `capacity` (they are only
 * answers, so they may be asked for again). A new map, for a $state.raw field.
 */
export function withAnswer<T>(
  answers: ReadonlyMap<string, T>,
  key: string,
  value: T,
  capacity: number,
): ReadonlyMap<string, T> {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a new value for a $state.raw field
  const next = new Map(answers);
  next.delete(key);
  next.set(key, value);
  for (const oldest of next.keys()) {
    if (next.size <= capacity) break;
    next.delete(oldest);
  }
  return next;
}
