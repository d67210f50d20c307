import { describe, expect, it } from "vitest";
import { runOn, story } from "../testing/corpus.ts";

const LEAD =
  "President Barack Obama and Chinese President Xi Jinping met on Friday at the Sunnylands estate and discussed cyber security.";

async function actorsOn(date: string, sentence: string): Promise<string[] | undefined> {
  const state = await runOn({
    "a.txt": story("Talks", "RANCHO MIRAGE, Calif., June 8, 2013", LEAD, sentence),
  });
  const e = state.output?.events.events.find((x) => x.date.value === date);
  return e?.actors.map((a) => a.name);
}

/** An event sentence that names nobody borrows its actors from the best evidence at hand. */
describe("actors of events that name nobody", () => {
  it.each<[string, string, string, string[]]>([
    [
      "talks of the article's own days are the article's people's",
      "2013-06-08",
      "Talks resumed this morning, officials said.",
      ["Barack Obama", "Xi Jinping"],
    ],
    [
      "a programme of the article's own days lays out the article's people's plans",
      "2013-06-09",
      "The programme is to include talks on Sunday, the organisers said.",
      ["Barack Obama", "Xi Jinping"],
    ],
    [
      "'U.S.-China' names both sides (no word boundary after the full stop)",
      "2012-09",
      "Vice-ministerial talks on U.S.-China arms control resumed in September 2012.",
      ["United States", "China"],
    ],
    [
      "both sides named by nationality are the two governments",
      "2012-09",
      "Military contacts resumed in September 2012, when Chinese officials met with U.S. counterparts in Washington.",
      ["United States", "China"],
    ],
    [
      "'the two navies' are the two sides' navies, not their governments",
      "2011-01",
      "The two navies held a joint drill in January 2011.",
      ["U.S. Navy", "PLA Navy"],
    ],
    [
      "'the two militaries' have no bodies of their own in the lexicon: the two governments",
      "2011-01",
      "The two militaries held a joint drill in January 2011.",
      ["United States", "China"],
    ],
    [
      "'the two countries' are the two governments",
      "2011-01",
      "Talks between the two countries resumed in January 2011.",
      ["United States", "China"],
    ],
    [
      "a session of the two governments' standing mechanism is theirs",
      "2011-05",
      "The first Strategic Security Dialogue was held in May 2011.",
      ["United States", "China"],
    ],
    [
      "'the two leaders' as the subject are the article's two people, one of each side",
      "2012-11",
      "The two leaders last held talks in November 2012 in Cambodia.",
      ["Barack Obama", "Xi Jinping"],
    ],
  ])("%s", async (_, date, sentence, want) => {
    expect(await actorsOn(date, sentence)).toEqual(want);
  });

  it.each<[string, string, string]>([
    [
      "a named subject the lexicons do not know",
      "2013-06-08",
      "The Philippines said this morning that it met officials in Manila.",
    ],
    ["background years ago", "2011-01", "Talks resumed in January 2011."],
    // A dialogue the mechanisms' list does not name is nobody's in particular.
    ["an unlisted dialogue", "2011-05", "The first Energy Dialogue was held in May 2011."],
    // A plan is not the story's people's unless the story's own programme lays it out.
    ["a plan of its own", "2013-06-09", "A meeting is planned for Sunday, officials said."],
    ["a subject of its own", "2013-06-08", "Officials met again this morning to discuss trade."],
    // "the two leaders" inside the sentence, not its subject, names no one.
    [
      "the pair named only in passing",
      "2012-11",
      "Aides held talks in November 2012 before the two leaders spoke.",
    ],
  ])("borrows nobody for %s", async (_, date, sentence) => {
    expect(await actorsOn(date, sentence)).toEqual([]);
  });
});
