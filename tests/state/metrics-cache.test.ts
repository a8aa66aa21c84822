// The metrics cache: answers kept by key, a request in flight asked once, eviction that never
// strands a key (what is not kept can be asked for again).
import { describe, expect, it, vi } from 'vitest';
import { emptyExtras, type WindowExtras } from '../../src/core/analysis/analysis-core';
import { MetricsCache } from '../../src/state/metrics-cache.svelte';

const extras = (tag: number): WindowExtras => ({
  ...emptyExtras({ actors: [{ id: 'a', name: 'A' }], dyads: [] }),
  modularity: tag,
});

describe('MetricsCache', () => {
  it('is pending until answered, then ready with the answer', async () => {
    const cache = new MetricsCache(4);
    expect(cache.get('k')).toEqual({ status: 'pending' });
    await cache.load('k', () => Promise.resolve(extras(1)));
    const got = cache.get('k');
    expect(got.status).toBe('ready');
    expect(got.status === 'ready' && got.extras.modularity).toBe(1);
  });

  it('asks once while a request is in flight, and not again once answered', async () => {
    const cache = new MetricsCache(4);
    let resolve: (value: WindowExtras) => void = () => {};
    const fetch = vi.fn(() => new Promise<WindowExtras>((r) => (resolve = r)));
    const first = cache.load('k', fetch);
    const second = cache.load('k', fetch);
    expect(cache.asking('k')).toBe(true);
    resolve(extras(2));
    await Promise.all([first, second]);
    await cache.load('k', fetch);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(cache.asking('k')).toBe(false);
  });

  it('asks again after a lost answer or a failed request', async () => {
    const cache = new MetricsCache(4);
    await cache.load('k', () => Promise.resolve(undefined));
    expect(cache.get('k').status).toBe('pending');
    await expect(cache.load('k', () => Promise.reject(new Error('worker died')))).rejects.toThrow(
      'worker died',
    );
    expect(cache.asking('k')).toBe(false);
    await cache.load('k', () => Promise.resolve(extras(3)));
    expect(cache.get('k').status).toBe('ready');
  });

  it('keeps at most its capacity, evicting the oldest — which can then be asked for again', async () => {
    const cache = new MetricsCache(3);
    for (const key of ['w1', 'w2', 'w3', 'w4', 'w5'])
      await cache.load(key, () => Promise.resolve(extras(Number(key.slice(1)))));
    expect(cache.size).toBe(3);
    expect(['w1', 'w2', 'w3', 'w4', 'w5'].map((k) => cache.has(k))).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
    // The evicted window is not stranded: it is asked for again and kept.
    const fetch = vi.fn(() => Promise.resolve(extras(1)));
    await cache.load('w1', fetch);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(cache.has('w1')).toBe(true);
    expect(cache.size).toBe(3);
  });

  it('never evicts an answer for a request that was in flight across evictions', async () => {
    const cache = new MetricsCache(2);
    let resolve: (value: WindowExtras) => void = () => {};
    const slow = cache.load('slow', () => new Promise<WindowExtras>((r) => (resolve = r)));
    for (const key of ['a', 'b', 'c']) await cache.load(key, () => Promise.resolve(extras(0)));
    resolve(extras(9));
    await slow;
    // The slow answer arrived last: it is the newest, and kept.
    expect(cache.has('slow')).toBe(true);
    expect(cache.size).toBe(2);
  });
});
