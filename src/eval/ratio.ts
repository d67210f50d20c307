/** Figures are reported to three decimals, as a person compares them between runs. */
const round3 = (x: number): number => Number(x.toFixed(3));

/** n / d to three decimals; null when there is nothing to divide by (no gold, no events). */
export const ratio = (n: number, d: number): number | null => (d ? round3(n / d) : null);

/** Harmonic mean of two reported figures, to three decimals; 0 when either is 0 or missing. */
export const harmonic = (p: number | null, r: number | null): number =>
  p && r ? round3((2 * p * r) / (p + r)) : 0;

/** Counts of one micro-averaged set comparison, summed over the paired events. */
export interface Tally {
  /** In both the extracted and the gold set. */
  hit: number;
  /** Extracted but not in the gold. */
  extra: number;
  /** In the gold but not extracted. */
  missing: number;
}

export const emptyTally = (): Tally => ({ hit: 0, extra: 0, missing: 0 });

/**
 * Adds one event's comparison to `tally` and returns what differs: extracted-only items as
 * "+item", gold-only ones as "-item".
 */
export function compareSets(tally: Tally, got: Set<string>, want: Set<string>): string[] {
  const diff: string[] = [];
  for (const x of got) {
    if (want.has(x)) tally.hit++;
    else {
      tally.extra++;
      diff.push(`+${x}`);
    }
  }
  for (const x of want)
    if (!got.has(x)) {
      tally.missing++;
      diff.push(`-${x}`);
    }
  return diff;
}

/** Micro-averaged F1 of a tally: precision and recall rounded first, then their harmonic mean. */
export const tallyF1 = (t: Tally): number =>
  harmonic(ratio(t.hit, t.hit + t.extra), ratio(t.hit, t.hit + t.missing));
