import { describe, expect, it } from "vitest";
import type { Sentence } from "../types.ts";
import { fromIso } from "../util/dates.ts";
import { resolveTimes } from "./resolve.ts";
import { inEntryOrder } from "./entry-order.ts";

const PUB = "2012-12-11";

/** Each line a paragraph of its own, its dates read against the page's day. */
function paragraphs(lines: string[]): Sentence[] {
  const ref = fromIso(PUB);
  let start = 0;
  return lines.map((text, index) => {
    const times = resolveTimes(text, start, [], { published: ref, scene: ref });
    const s = {
      text,
      start,
      end: start + text.length,
      index,
      paragraph: index,
      kind: "body" as const,
      times,
      actors: [],
      quoteIds: [],
    };
    start += text.length + 2;
    return s;
  });
}

const firstDates = (lines: string[]) =>
  inEntryOrder(paragraphs(lines), PUB).map((s) => s.times[0]?.value);

describe("a run of yearless entries told in the calendar's order", () => {
  it("puts an entry read into the coming year before the entries after it", () => {
    expect(
      firstDates([
        "- 14 Feb: the envoy at the ministry",
        "- 3-4 May: talks in the capital",
        "- 17 Sep: a joint drill off the coast",
        "- 15 Nov: a new fleet commander named",
      ]),
    ).toEqual(["2012-02-14", "2012-05-03", "2012-09-17", "2012-11-15"]);
  });

  it("leaves a list told newest first as each entry was read", () => {
    expect(
      firstDates([
        "- 15 Nov: a new fleet commander named",
        "- 17 Sep: a joint drill off the coast",
        "- 14 Feb: the envoy at the ministry",
      ]),
    ).toEqual(["2012-11-15", "2012-09-17", "2013-02-14"]);
  });

  it("leaves dates inside prose, not opening an entry, as they were read", () => {
    expect(
      firstDates([
        "The envoy is due at the ministry on 14 Feb.",
        "- 3-4 May: talks in the capital",
        "- 17 Sep: a joint drill off the coast",
        "- 15 Nov: a new fleet commander named",
      ])[0],
    ).toBe("2013-02-14");
  });
});
