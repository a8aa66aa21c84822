// The seedable random numbers behind every draw (the camp and community searches, the split
// test's shuffles, synthetic data), so each gives the same answer for the same seed.

/** A small, fast, seedable generator (mulberry32), so a search or shuffle can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
