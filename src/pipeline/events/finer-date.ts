import type { TimeMention } from "../types.ts";
import { FINENESS } from "../util/dates.ts";

/**
 * "A report last month …, released Feb. 19", "this year, on May 3": where one act has a coarse
 * date and the sentence also gives a finer one inside it, told the same way (both past or both to
 * come, both in or both out of a quotation), the finer one dates the act. A finer date outside the
 * coarse one is another happening's and changes nothing.
 */
export function finerDateWithin(t: TimeMention, others: readonly TimeMention[]): TimeMention {
  let best = t;
  for (const o of others) {
    if (o === t || o.endValue || t.endValue) continue;
    if (o.future !== t.future || o.inQuote !== t.inQuote) continue;
    if (FINENESS[o.precision] <= FINENESS[best.precision]) continue;
    if (o.value.startsWith(t.value)) best = o;
  }
  return best;
}
