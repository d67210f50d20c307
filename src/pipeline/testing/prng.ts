/**
 * mulberry32: a small, fast, seedable generator (Math.random cannot be seeded), for generated
 * test data and benchmark corpora that must come out the same on every run. Returns a function
 * giving an integer in [0, n).
 */
export function prng(seed: number): (n: number) => number {
  let s = seed | 0;
  return (n) => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}
