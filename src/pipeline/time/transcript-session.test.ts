import { describe, expect, it } from "vitest";
import type { Sentence } from "../types.ts";
import { sentenceOf, timeOf } from "../testing/sentence.ts";
import { transcriptSession } from "./transcript-session.ts";

/** One sentence a paragraph, with the explicit days given for it. */
function page(paragraphs: [string, string[]][]) {
  const sentences = paragraphs.map(([text, days], i): Sentence => ({
    ...sentenceOf(text),
    index: i,
    paragraph: i,
    times: days.map((value) => timeOf(text, text.slice(0, 1), value)),
  }));
  return { texts: paragraphs.map(([text]) => text), sentences };
}

const OPENING = "The spokesman took questions at the ministry's weekly briefing on May 3, 2012.";
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
      "a transcript reprinted in full more than a week after its session",
      [[OPENING, ["2012-05-03"]], ...TURNS],
      "2012-05-12",
      { day: "2012-05-03", firstTurn: 1 },
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

describe("transcriptSession from the page's header", () => {
  const { texts, sentences } = page(TURNS);
  it.each<[string, string[], ReturnType<typeof transcriptSession>]>([
    // "DATE: THURSDAY, MAY 3, 2012" over "Posted: 05/04/2012": the session is the header's date.
    [
      "a labelled date the day before the posting",
      ["2012-05-04", "2012-05-03"],
      { day: "2012-05-03", firstTurn: 0 },
    ],
    // Negative: only the posting's own day, or a date weeks before it.
    ["only the posting's day", ["2012-05-04"], undefined],
    ["a date weeks before the posting", ["2012-04-03"], undefined],
  ])("%s", (_, headerDays, expected) => {
    expect(transcriptSession(texts, sentences, (s) => s.times, "2012-05-04", headerDays)).toEqual(
      expected,
    );
  });
});

describe("transcriptSession from a day named by its month, without the year", () => {
  /** The opening names its day in `words`, which the page's day resolved to `value`. */
  function opened(opening: string, words: string) {
    const { texts, sentences } = page(TURNS);
    const first: Sentence = {
      ...sentenceOf(opening),
      index: 0,
      paragraph: 0,
      times: [timeOf(opening, words, "2012-05-03", "relative-to-publication")],
    };
    const turns = sentences.map((s) => ({ ...s, index: s.index + 1, paragraph: s.paragraph + 1 }));
    return { texts: [opening, ...texts], sentences: [first, ...turns] };
  }
  it.each<[string, string, ReturnType<typeof transcriptSession>]>([
    [
      "The show was taped in the studio on Thursday, May 3.",
      "on Thursday, May 3",
      { day: "2012-05-03", firstTurn: 1 },
    ],
    ["The show was taped in the studio on 3 May.", "on 3 May", { day: "2012-05-03", firstTurn: 1 }],
    // Negative: a weekday alone, or "yesterday", names no calendar day.
    ["The show was taped in the studio on Thursday.", "on Thursday", undefined],
    ["The show was taped in the studio yesterday.", "yesterday", undefined],
  ])("%s", (opening, words, expected) => {
    const { texts, sentences } = opened(opening, words);
    expect(transcriptSession(texts, sentences, (s) => s.times, "2012-05-04")).toEqual(expected);
  });
});
