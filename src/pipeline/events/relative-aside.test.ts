import { describe, expect, it } from "vitest";
import { datedPeopleOf, storyEvents } from "../testing/corpus.ts";

/** Each event of a story published on Monday 17 September 2012, as "date: people". */
const eventsOf = (sentence: string) => datedPeopleOf("Trip", "TOKYO, Sept. 17, 2012", sentence);

describe("an act with its own date in a relative clause, between clauses of the main acts", () => {
  it.each([
    [
      "Leon Panetta will hold talks tomorrow with Defense Minister Liang Guanglie, who visited the Pentagon in May, and he will travel Thursday to Qingdao.",
      [
        "2012-05: Liang Guanglie",
        "2012-09-18: Leon E. Panetta, Liang Guanglie",
        "2012-09-20: Leon E. Panetta",
      ],
    ],
    [
      "Leon Panetta met Vice President Xi Jinping on Wednesday at the Great Hall, where Robert Gates met Hu Jintao in January 2011, and he will fly to Qingdao on Thursday.",
      // Who is named only in the clause told in passing acted there alone.
      [
        "2011-01: Robert M. Gates, Hu Jintao",
        "2012-09-12: Leon E. Panetta, Xi Jinping",
        "2012-09-20: Leon E. Panetta",
      ],
    ],
  ])("%s", async (sentence, expected) => {
    expect(await eventsOf(sentence)).toEqual(expected);
  });

  it("not a date of the clause with no act of its own", async () => {
    const rows = await eventsOf(
      "Leon Panetta will hold talks tomorrow with Defense Minister Liang Guanglie, who has held the post since 2008, and he will travel Thursday to Qingdao.",
    );
    expect(rows.some((r) => r.startsWith("2008"))).toBe(false);
    expect(rows.length).toBe(2);
  });
});

describe("an act told only in a relative clause, with its own date", () => {
  it.each([
    // The clause's date is the act's; the main clause, with no act, only frames it …
    [
      "Military contacts, which China froze in January 2010 over an arms sale, were back on track in 2011.",
      ["2010-01"],
    ],
    // … while an act of the main clause keeps the main clause's date.
    [
      "On Thursday, Defense Minister Liang Guanglie said the firm, which announced on Jan. 2 that it would sell its unit, had broken no law.",
      ["2012-01-05"],
    ],
    ["Robert Gates, who turned 67 in September 2010, visited Beijing in January.", ["2012-01"]],
  ])("%s", async (sentence, expected) => {
    const events = await storyEvents("Ties", "BEIJING, Jan. 10, 2012", sentence);
    expect(events.map((e) => e.date.value)).toEqual(expected);
  });
});

describe("a later date that closes a restrictive relative clause with a subject of its own", () => {
  it.each([
    // The clause's subject did its act, not the sentence's subject …
    [
      "Robert Gates landed in China on Sunday to mend exchanges that Beijing suspended in January 2010.",
      ["2010-01: China", "2012-01-08: Robert M. Gates"],
    ],
    // … while a clause with no act of its own makes no event.
    [
      "Robert Gates landed in China on Sunday to mend exchanges that Beijing values.",
      ["2012-01-08: Robert M. Gates"],
    ],
  ])("%s", async (sentence, expected) => {
    const events = await storyEvents("Ties", "BEIJING, Jan. 10, 2012", sentence);
    expect(
      events.map((e) => `${e.date.value}: ${e.actors.map((a) => a.name).join(", ")}`).sort(),
    ).toEqual(expected);
  });
});
