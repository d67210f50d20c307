import { describe, expect, it } from "vitest";
import type { Sentence, TimeMention } from "../types.ts";
import { transcriptSession } from "./transcript-session.ts";

/** One sentence a paragraph, with the explicit days given for it. */
function page(paragraphs: [string, string[]][]) {
  const sentences = paragraphs.map(([text, days], i): Sentence => ({
    start: 0,
    end: text.length,
    text,
    index: i,
    paragraph: i,
    kind: "body",
    times: days.map((value): TimeMention => ({
      start: 0,
      end: 1,
      text: value,
      value,
      precision: value.length === 10 ? "day" : "month",
      basis: "explicit",
      inQuote: false,
      future: false,
    })),
    actors: [],
    quoteIds: [],
  }));
  return { texts: paragraphs.map(([text]) => text), sentences };
}

const OPENING =
  "On the afternoon of May 3, 2012, the spokesperson held a regular press conference.";
const TURNS: [string, string[]][] = [
  ["Q: Did the envoy deliver a protest yesterday?", []],
  ["A: He did. We urge the other side to stop.", []],
];

describe("transcriptSession", () => {
  it.each<[string, [string, string[]][], string, ReturnType<typeof transcriptSession>]>([
    [
      "a transcript posted the morning after its session",
      [[OPENING, ["2012-05-03"]], ...TURNS],
      "2012-05-04",
      { day: "2012-05-03", firstTurn: 1 },
    ],
    [
      "a transcript posted on its session's day",
      [[OPENING, ["2012-05-03"]], ...TURNS],
      "2012-05-03",
      { day: "2012-05-03", firstTurn: 1 },
    ],
    [
      "a story with no turns",
      [
        [OPENING, ["2012-05-03"]],
        ["The envoy left.", []],
      ],
      "2012-05-04",
      undefined,
    ],
    [
      "turns under no stated day",
      [["The spokesperson took questions.", []], ...TURNS],
      "2012-05-04",
      undefined,
    ],
    [
      "a stated day weeks before the posting",
      [[OPENING, ["2012-04-03"]], ...TURNS],
      "2012-05-04",
      undefined,
    ],
    [
      "a stated day after the posting",
      [[OPENING, ["2012-05-09"]], ...TURNS],
      "2012-05-04",
      undefined,
    ],
    ["a month, not a day", [[OPENING, ["2012-05"]], ...TURNS], "2012-05-04", undefined],
  ])("%s", (_, paragraphs, published, expected) => {
    const { texts, sentences } = page(paragraphs);
    expect(transcriptSession(texts, sentences, (s) => s.times, published)).toEqual(expected);
  });
});
