import { useId } from "react";

interface OutletMinimumProps {
  /** The minimum in force; 1 keeps every event. */
  value: number;
  /** The most outlets any event in the dataset has: the last option offered. */
  max: number;
  /** Given the other filters, how many events each number of outlets reports. */
  byOutletCount: ReadonlyMap<number, number>;
  onChange: (minimum: number) => void;
}

/** How many events at least `n` outlets report, from the counts per number of outlets. */
function atLeast(byOutletCount: ReadonlyMap<number, number>, n: number): number {
  let sum = 0;
  for (const [outlets, count] of byOutletCount) if (n <= 1 || outlets >= n) sum += count;
  return sum;
}

/**
 * Keeps only the events that several outlets report: an event one outlet tells may be right, but
 * one that two independent outlets tell is corroborated.
 */
export function OutletMinimum({ value, max, byOutletCount, onChange }: OutletMinimumProps) {
  const id = useId();
  const options = Array.from({ length: Math.max(2, max) }, (_, i) => i + 1);
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="mb-2 block text-sm font-semibold text-slate-800">
        Reported by
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        className="w-full rounded-md border border-slate-300 bg-surface px-2 py-1.5 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600"
      >
        {options.map((n) => (
          <option key={n} value={n}>
            {n === 1 ? "any number of outlets" : `at least ${n} outlets`} (
            {atLeast(byOutletCount, n)})
          </option>
        ))}
      </select>
    </div>
  );
}
