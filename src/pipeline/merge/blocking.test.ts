import { describe, expect, it } from "vitest";
import type { EventDraft } from "../types.ts";
import { draft, mention, randomDrafts, type DraftSpec } from "../testing/drafts.ts";
import { BlockingIndex, blockingKeys, mayMatch } from "./blocking.ts";
import { pairCompatible, pairLinked } from "./compatible.ts";

const panetta = mention("Leon E. Panetta", "USA");
const liang = mention("Liang Guanglie", "CHN");
const xi = mention("Xi Jinping", "CHN");
const usGov = { name: "United States", country: "USA" };
const cnGov = { name: "China", country: "CHN" };
const beijing = { name: "Beijing", country: "CHN" };

const withPanetta = (date: string, more: DraftSpec = {}) =>
  draft({ date, actors: [panetta], ...more });

describe("blocking: which pairs are candidates", () => {
  it.each<[string, EventDraft, EventDraft, boolean]>([
    // Dates: one day of slack, whatever the precision.
    ["same day", withPanetta("2013-06-07"), withPanetta("2013-06-07"), true],
    ["the next day", withPanetta("2013-06-07"), withPanetta("2013-06-08"), true],
    ["two days apart", withPanetta("2013-06-07"), withPanetta("2013-06-09"), false],
    [
      "a range and the day after its end",
      withPanetta("2013-06-07..2013-06-09"),
      withPanetta("2013-06-10"),
      true,
    ],
    [
      "a range and two days after its end",
      withPanetta("2013-06-07..2013-06-09"),
      withPanetta("2013-06-11"),
      false,
    ],
    [
      "a day inside a range",
      withPanetta("2013-06-07..2013-06-09"),
      withPanetta("2013-06-08"),
      true,
    ],
    [
      "a range ending in the next month",
      withPanetta("2013-05-30..2013-06-02"),
      withPanetta("2013-06-02"),
      true,
    ],
    ["a year and a day in that year", withPanetta("2011"), withPanetta("2011-08-15"), true],
    ["a day and a year (either side)", withPanetta("2011-08-15"), withPanetta("2011"), true],
    ["a year and a day two years later", withPanetta("2011"), withPanetta("2013-06-07"), false],
    [
      "a year and the first day of the next one (a day of slack)",
      withPanetta("2011"),
      withPanetta("2012-01-01"),
      true,
    ],
    [
      "a year and the second day of the next one",
      withPanetta("2011"),
      withPanetta("2012-01-02"),
      false,
    ],
    ["a month and a day in it", withPanetta("2012-05"), withPanetta("2012-05-31"), true],
    ["a month and a day in the next", withPanetta("2012-05"), withPanetta("2012-06-02"), false],
    ["a month and its year", withPanetta("2012-05"), withPanetta("2012"), true],
    ["a month and another year", withPanetta("2012-05"), withPanetta("2013"), false],
    ["two years", withPanetta("2011"), withPanetta("2011"), true],
    [
      "a day range and a year it reaches",
      withPanetta("2011-12-30..2012-01-03"),
      withPanetta("2012"),
      true,
    ],
    // Keys.
    ["no person in common", withPanetta("2013-06-07"), draft({ actors: [xi] }), false],
    [
      "one person in common",
      draft({ actors: [panetta, liang] }),
      draft({ actors: [xi, liang] }),
      true,
    ],
    [
      "the S&ED and its name",
      draft({ occasion: "S&ED" }),
      draft({ occasion: "Fifth round of the U.S.-China Strategic and Economic Dialogue" }),
      true,
    ],
    [
      "a name and its end",
      draft({ occasion: "second round of the China-U.S. Strategic Security Dialog" }),
      draft({ occasion: "Strategic Security Dialogue" }),
      true,
    ],
    [
      "two different occasions",
      draft({ occasion: "Shangri-La Dialogue" }),
      draft({ occasion: "RIMPAC" }),
      false,
    ],
    [
      "one government in one specific act",
      draft({ cameo: "160", bodies: [cnGov] }),
      draft({ cameo: "160", bodies: [cnGov, usGov] }),
      true,
    ],
    ["one government in talks", draft({ bodies: [cnGov] }), draft({ bodies: [cnGov] }), false],
    [
      "the two governments and officials of both, at a place",
      draft({ bodies: [usGov, cnGov], location: beijing }),
      draft({ actors: [panetta, liang], location: { name: "Qingdao", country: "CHN" } }),
      true,
    ],
    [
      "the two governments and officials of one side",
      draft({ bodies: [usGov, cnGov], location: beijing }),
      draft({ actors: [panetta], location: beijing }),
      false,
    ],
    [
      "nobody named, both at a place",
      draft({ location: beijing }),
      draft({ location: { name: "Washington", country: "USA" } }),
      true,
    ],
    ["nobody named, one without a place", draft({ location: beijing }), draft({}), false],
    [
      "two documents released on a day, named apart",
      draft({ cameo: "010", noun: "report", occasion: "report to Congress" }),
      draft({ cameo: "010", noun: "report", occasion: "report on China's military" }),
      true,
    ],
    [
      "a firm acting alone on a day, in a statement",
      draft({ cameo: "010", bodies: [{ name: "Microsoft" }] }),
      draft({ cameo: "010", bodies: [{ name: "Microsoft" }] }),
      true,
    ],
    [
      "a government acting alone on a day, in a statement",
      draft({ cameo: "010", bodies: [cnGov] }),
      draft({ cameo: "010", bodies: [cnGov] }),
      false,
    ],
    [
      "a document and a meeting on a day",
      draft({ cameo: "010", noun: "report", occasion: "report to Congress" }),
      draft({ occasion: "Shangri-La Dialogue" }),
      false,
    ],
  ])("%s → %s", (_name, a, b, expected) => {
    expect(mayMatch(a, b)).toBe(expected);
    expect(mayMatch(b, a)).toBe(expected);
    const index = new BlockingIndex<string>();
    index.add(a, "a");
    expect(index.candidates(b)).toEqual(expected ? ["a"] : []);
  });

  it("keys are deterministic and carry no duplicates", () => {
    const d = draft({ actors: [panetta, panetta], occasion: "the S&ED", location: beijing });
    expect(blockingKeys(d)).toEqual(blockingKeys(d));
    expect(new Set(blockingKeys(d)).size).toBe(blockingKeys(d).length);
  });
});

describe("blocking is complete and exact", () => {
  const drafts = randomDrafts(600, 7);

  it("every pair the merge rules can join is a candidate pair", () => {
    let joinable = 0;
    for (const a of drafts)
      for (const b of drafts) {
        if (a === b || !pairCompatible(a, b) || !pairLinked(a, b)) continue;
        joinable++;
        expect(mayMatch(a, b), JSON.stringify([a, b])).toBe(true);
      }
    // The generator must exercise the rules, not only produce strangers.
    expect(joinable).toBeGreaterThan(500);
  });

  it("the index returns exactly the values of the drafts the pairwise rule accepts, each once", () => {
    // Drafts filed under 40 values (as the merge files them under clusters), some twice.
    const filed = [...drafts.slice(0, 400), ...drafts.slice(0, 50)];
    const value = (i: number) => i % 40;
    const index = new BlockingIndex<number>();
    filed.forEach((d, i) => index.add(d, value(i)));
    for (const q of drafts.slice(400)) {
      const found = index.candidates(q).sort((x, y) => x - y);
      const expected = [...new Set(filed.flatMap((d, i) => (mayMatch(q, d) ? [value(i)] : [])))];
      expect(found).toEqual(expected.sort((x, y) => x - y));
    }
  });
});
