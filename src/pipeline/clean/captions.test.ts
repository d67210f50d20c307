import { describe, expect, it } from "vitest";
import { isCaptionTranscript, readCaptionTurns, truecaseTurn } from "./captions.ts";
import { runOn } from "../testing/corpus.ts";

const captions = [
  "Evening News : KXYZ : March 4, 2012 6:00pm-6:30pm PST",
  "",
  "6:00pm",
  ">> good evening the defense secretary flew",
  "to beijing on monday for talks",
  ">> secretary of state john kerry",
  "praised the navies for the hotline",
  ">> praised the navies for the hotline",
  "6:01pm",
  ">> we'll be right back",
];

describe("isCaptionTranscript", () => {
  it("takes several '>>' turns in lower case for captions", () => {
    expect(isCaptionTranscript(captions)).toBe(true);
  });

  it.each([
    // A mail's quoted lines are written in capitals where they fall.
    [[">> On Monday, Gates met Liang.", ">> He said the talks went well.", ">> Thanks, Bob."]],
    // Two turns are too few to tell a transcript by.
    [[">> good evening", ">> thanks for having me"]],
  ])("does not take %j for captions", (lines) => {
    expect(isCaptionTranscript(lines)).toBe(false);
  });
});

describe("truecaseTurn", () => {
  it.each([
    // Places, months, weekdays and known people get their capitals back, and the turn a stop.
    [
      "the minister flew to beijing on monday and met xi jinping in march",
      "The minister flew to Beijing on Monday and met Xi Jinping in March.",
    ],
    // A name right after a title, up to two words, stopping at a verb or a word of grammar.
    [
      "spokesman zhao ming saying the report was false",
      "Spokesman Zhao Ming saying the report was false.",
    ],
    ["senator jones said the bill would pass", "Senator Jones said the bill would pass."],
    // A stop already there stays; "i" is "I".
    ["i think so.", "I think so."],
    // A month that is a common word too is one only where a date is told; "us" stays a pronoun.
    [
      "the talks may resume in may, they told us, and the navies march on march 3",
      "The talks may resume in May, they told us, and the navies march on March 3.",
    ],
  ])("%j → %j", (turn, cased) => {
    expect(truecaseTurn(turn)).toBe(cased);
  });

  it("leaves words of the lexicon inside other words alone", () => {
    expect(truecaseTurn("the chinatown market opened")).toBe("The chinatown market opened.");
  });
});

describe("readCaptionTurns", () => {
  it("makes each turn a line of its own, drops the clock and a turn that echoes the last", () => {
    expect(readCaptionTurns(captions)).toEqual([
      "Evening News : KXYZ : March 4, 2012 6:00pm-6:30pm PST",
      "",
      "6:00pm",
      "",
      "Good evening the Defense Secretary flew to Beijing on Monday for talks.",
      "",
      "Secretary of State John Kerry praised the navies for the hotline.",
      "",
      "We'll be right back.",
    ]);
  });

  it("returns other pages as they are", () => {
    const page = ["WASHINGTON — Officials met on Monday.", "", ">> quoted line"];
    expect(readCaptionTurns(page)).toEqual(page);
  });
});

describe("a caption page through the pipeline", () => {
  it("is read as a story: its turns are sentences and their dated acts events", async () => {
    const page = [
      "TV ARCHIVE | Search | About",
      "Evening News : KXYZ : March 7, 2012 6:00pm-6:30pm PST",
      "",
      "6:00pm",
      ">> in washington the defense secretary met",
      "chinese officials in beijing on monday",
      ">> the pentagon said the talks went well",
      ">> in other news the weather stays cold",
    ].join("\n");
    const state = await runOn({ "a.txt": page });
    const events = state.output?.events.events ?? [];
    expect(events.map((e) => [e.date.value, e.type.cameo])).toEqual([["2012-03-05", "040"]]);
    expect(events[0]?.sources[0]?.evidence[0]?.text).toBe(
      "In Washington the Defense Secretary met Chinese officials in Beijing on Monday.",
    );
  });
});
