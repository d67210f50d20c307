import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";
import { definiteBody } from "./definite-body.ts";

const HPSCI = "The House Intelligence Committee released its annual report in May.";
const USCC = "The U.S.-China Economic and Security Review Commission met in March.";
const CMC = "The Central Military Commission approved the plan in April.";

describe("definiteBody: a body named in full, then by a noun of its kind", () => {
  it.each<[string, string, string, string | undefined]>([
    [
      "the committee after its full name",
      "The committee held",
      HPSCI,
      "House Intelligence Committee",
    ],
    [
      "the panel",
      "The panel later questioned",
      USCC,
      "U.S.-China Economic and Security Review Commission",
    ],
    ["his committee", "and his committee opened", HPSCI, "House Intelligence Committee"],
    // Of two bodies the noun may name, the one named last.
    [
      "the commission, named last",
      "The commission then",
      `${USCC} ${CMC}`,
      "Central Military Commission",
    ],
    // Negative: a noun no named body takes, or a body never named in full.
    ["another noun", "The agency held", HPSCI, undefined],
    ["never named", "The committee held", "Lawmakers met in May.", undefined],
  ])("%s", (_, clause, earlier, name) => {
    expect(definiteBody(clause, earlier, earlier.length)?.name).toBe(name);
  });
});

describe("a body called by a noun of its kind acts", () => {
  it.each<[string, string[], string[]]>([
    [
      "named before, the committee holds the hearing",
      [
        "The House Intelligence Committee opened an inquiry into two telecom firms in November.",
        "The committee held a hearing on Thursday.",
      ],
      ["House Intelligence Committee"],
    ],
    // Negative: with no body named before, "the committee" names no one.
    ["never named, no actor", ["The committee held a hearing on Thursday."], []],
  ])("%s", async (_, sentences, actors) => {
    const events = await storyEvents("Hearing", "WASHINGTON, Sept. 15, 2012", ...sentences);
    const hearing = events.find((e) => e.date.value === "2012-09-13");
    expect(hearing?.actors.map((a) => a.name)).toEqual(actors);
  });
});
