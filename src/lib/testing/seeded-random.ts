/**
 * mulberry32: a small, fast, seedable generator of floats in [0, 1) (Math.random cannot be
 * seeded), so generated datasets and random test scenes come out the same on every run and a
 * failing case can be replayed from its seed.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
