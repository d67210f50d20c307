import { describe, expect, it } from "vitest";
import { datePeople, storyEvents } from "../testing/corpus.ts";

/** Each event of a one-sentence story of 20 December 2011, as "date: people", and its evidence. */
async function partsOf(sentence: string): Promise<{ events: string[]; evidence: string[] }> {
  const events = await storyEvents("Year", "WASHINGTON, Dec. 20, 2011", sentence);
  return {
    events: events.map(datePeople).sort(),
    evidence: [
      ...new Set(events.flatMap((e) => e.sources.flatMap((x) => x.evidence.map((v) => v.text)))),
    ],
  };
}

describe("a sentence whose parts between semicolons each tell a dated act", () => {
  it.each<[string, string[]]>([
    // Each part is read as a sentence: the statement of the first part is not outranked by the
    // intrusion of the last, and each part keeps its own people and date …
    [
      "Lockheed Martin said on 4/12 that it had won a radar contract; the Pentagon released its cyber strategy on 7/14; and Google said on 8/9 that hackers had broken into Gmail accounts.",
      [
        "2011-04-12: Lockheed Martin",
        "2011-07-14: U.S. Department of Defense",
        "2011-08-09: Google",
      ],
    ],
    // … a part with no date of its own leaves the sentence whole …
    [
      "Both navies held a drill on May 3; it was the first such drill in years.",
      ["2011-05-03: U.S. Navy, PLA Navy"],
    ],
    // … so does a part that only says, with nothing said …
    [
      "The Pentagon released its cyber strategy on July 14; the State Department said more on July 15.",
      ["2011-07-14: U.S. Department of Defense"],
    ],
    // … and a semicolon inside parentheses divides no sentence.
    [
      "The Pentagon released its cyber strategy on July 14 (a draft had been ready on May 2; officials said so) and Google said hackers had broken into Gmail accounts.",
      ["2011-07-14: U.S. Department of Defense"],
    ],
  ])("%s", async (sentence, events) => {
    const found = await partsOf(sentence);
    expect(found.events).toEqual(events);
    // The evidence of every part is the whole sentence.
    expect(found.evidence).toEqual([sentence]);
  });
});

describe("a list of three acts or more between semicolons, only the first dated", () => {
  it("is one happening per part, each later part with someone of its own on the first part's day", async () => {
    expect(
      (
        await partsOf(
          "On Monday Google blamed a military unit for the break-in; spokesman Wang Ping rejected the charge as baseless; and Senator Jane Roe said the Senate would hold hearings.",
        )
      ).events,
    ).toEqual(["2011-12-19: Google", "2011-12-19: Jane Roe", "2011-12-19: Wang Ping"]);
  });

  it.each([
    // A list of two, and a list whose later part names no one new, are not read in parts.
    "On Monday Google blamed a military unit for the break-in; spokesman Wang Ping rejected the charge as baseless.",
    "On Monday Google blamed a military unit for the break-in; Google rejected a settlement; and Senator Jane Roe said the Senate would hold hearings.",
  ])("is not, when it is not such a list: %s", async (sentence) => {
    const parts = sentence.split(";").length;
    expect((await partsOf(sentence)).events.length).toBeLessThan(parts);
  });
});
