import type { TimeMention, TriggerHit } from "../types.ts";
import { FINENESS, interval } from "../util/dates.ts";
import { ACT_RANK } from "./ranks.ts";

/**
 * "Exchanges picked up this year, with a fleet's port call in March and the minister's visit in
 * July": a first date coarser than the rest (a year, a month), with no act of its own before it,
 * that holds two or more later, finer dates of the sentence only frames them. Kept, it would take
 * the first act as its own and leave the others sharing the rest. The dates of the sentence less
 * such a frame.
 */
export function withoutCoarseFrame(dates: TimeMention[], triggers: TriggerHit[]): TimeMention[] {
  const [first, ...rest] = dates;
  if (!first || rest.length < 2 || first.precision === "day") return dates;
  if (triggers.some((h) => !h.reference && h.rank >= ACT_RANK && h.start < first.start))
    return dates;
  const [from, to] = interval(first.value, first.precision, first.endValue);
  const held = rest.every(
    (d) =>
      FINENESS[d.precision] > FINENESS[first.precision] &&
      d.inQuote === first.inQuote &&
      d.value >= from &&
      d.value <= to,
  );
  return held ? rest : dates;
}
