// The year strip under the timeline: each year's camps, asked from the engine a decade at a time
// (so that it answers the window shown in between) and kept for one key — the filters and the
// reading it was computed under.
import type { CampYear } from '../core/analysis/series';
import type { StripQuery } from '../core/engine/engine';

/** The year strip is asked for this many years at a time. */
export const STRIP_CHUNK_YEARS = 10;

export type StripRequest = Omit<StripQuery, 'from' | 'to'>;

export class StripLoader {
  /** The strip, once computed, with the key it was computed for. */
  value = $state.raw<{ readonly key: string; readonly years: readonly CampYear[] } | null>(null);
  #asking = '';

  /** Whether the strip shown is not the one of `key`. */
  pendingFor(key: string): boolean {
    return this.value?.key !== key;
  }

  /**
   * Asks for the strip of `key` (once at a time), chunk by chunk; stops when an answer is lost or
   * the key changed meanwhile (`current` says the key wanted now).
   */
  async load(
    key: string,
    current: () => string,
    years: { readonly min: number; readonly max: number },
    request: StripRequest,
    ask: (query: StripQuery) => Promise<readonly CampYear[] | undefined>,
  ): Promise<void> {
    if (this.#asking === key || this.value?.key === key) return;
    this.#asking = key;
    const found: CampYear[] = [];
    try {
      for (let from = years.min; from <= years.max; from += STRIP_CHUNK_YEARS) {
        const to = Math.min(years.max, from + STRIP_CHUNK_YEARS - 1);
        const chunk = await ask({ ...request, from, to });
        if (!chunk || key !== current()) return;
        for (const year of chunk) found.push(year);
      }
      this.value = { key, years: found };
    } finally {
      if (this.#asking === key) this.#asking = '';
    }
  }
}
