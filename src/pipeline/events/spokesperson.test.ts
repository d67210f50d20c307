import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

const STATEMENT =
  "China's Ministry of National Defense on Wednesday dismissed a U.S. company's report on hacking as groundless.";

/** Each event of a story published on Wednesday 20 February 2013, as "date: actors". */
async function eventsOf(...paragraphs: string[]): Promise<string[]> {
  const events = await storyEvents("Hacking", "BEIJING, Feb. 20, 2013", ...paragraphs);
  return events.map((e) => `${e.date.value}: ${e.actors.map((a) => a.name).join(", ")}`);
}

/** A body's statement, and its spokesperson quoted on it in the sentences after. */
describe("a spokesperson who speaks for the body whose statement was told", () => {
  it.each([
    [
      "the body's title before the name",
      "“The military has never supported hacking,” ministry spokesman Geng Yansheng said in a statement.",
    ],
    [
      "the title in apposition",
      "Geng Yansheng, a spokesman for the ministry, said the report lacked technical proof.",
    ],
    [
      "the title alone, opening the sentence",
      "Spokesman Geng Yansheng said the report lacked technical proof.",
    ],
    [
      "the body named in full",
      "Defense Ministry spokesman Geng Yansheng said the report lacked technical proof.",
    ],
  ])("joins the statement: %s", async (_, sentence) => {
    expect(await eventsOf(STATEMENT, sentence)).toEqual([
      "2013-02-20: Chinese Ministry of National Defense, Geng Yansheng",
    ]);
  });

  it.each([
    [
      "a spokesperson of another body",
      "Foreign Ministry spokesman Hong Lei said the report lacked technical proof.",
    ],
    ["someone who is no spokesperson", "Li Wei, a researcher, said the report was weak."],
    ["a titled person who only comments on it", "Senator Ann Lowe said the report was weak."],
  ])("leaves the statement to the body alone: %s", async (_, sentence) => {
    expect(await eventsOf(STATEMENT, sentence)).toEqual([
      "2013-02-20: Chinese Ministry of National Defense",
    ]);
  });

  it.each([
    [
      "a spokesperson of the government's side joins it",
      "Foreign Ministry spokeswoman Hua Chunying said hacking was illegal in China.",
      ["2013-02-20: China, Hua Chunying"],
    ],
    [
      "a spokesperson the lexicon does not know takes the side of the body named in the title",
      "Foreign Ministry spokesman Wang Fang said hacking was illegal in China.",
      ["2013-02-20: China, Wang Fang"],
    ],
    [
      "a spokesperson of the other side does not",
      "Pentagon spokesman George Little said the report was accurate.",
      ["2013-02-20: China"],
    ],
  ])("a government's statement: %s", async (_, sentence, want) => {
    const events = await eventsOf(
      "China on Wednesday rejected the charges as groundless.",
      sentence,
    );
    expect(events).toEqual(want);
  });

  it("leaves a statement told sentences earlier", async () => {
    expect(
      await eventsOf(
        STATEMENT,
        "The report was long.",
        "It named a unit.",
        "It was read widely.",
        "Defense Ministry spokesman Geng Yansheng said the report lacked technical proof.",
      ),
    ).toEqual(["2013-02-20: Chinese Ministry of National Defense"]);
  });
});

/**
 * A spokesperson titled by their body, telling the news in a sentence of their own, is its actor;
 * the body their title names speaks through them and is no second actor.
 */
describe("a spokesperson titled by their body", () => {
  it.each([
    [
      "the body's title before the name",
      "Foreign Ministry spokesman Hong Lei on Wednesday called the report groundless.",
      ["2013-02-20: Hong Lei"],
    ],
    [
      "the title and the name set apart by a comma",
      "At a briefing on Wednesday, a Foreign Ministry spokesman, Hong Lei, called the report groundless.",
      ["2013-02-20: Hong Lei"],
    ],
    [
      "the title in apposition",
      "Hong Lei, a spokesman for the Foreign Ministry, on Wednesday called the report groundless.",
      ["2013-02-20: Hong Lei"],
    ],
    [
      "a spokesperson among others at a meeting is one of its people",
      "Xi Jinping met Leon Panetta on Wednesday, with Pentagon spokesman George Little present.",
      ["2013-02-20: Xi Jinping, Leon E. Panetta, George Little"],
    ],
    [
      "a spokesperson whose title names no body",
      "A spokesman, Hong Lei, on Wednesday called the report groundless.",
      ["2013-02-20: Hong Lei"],
    ],
  ])("%s", async (_, sentence, want) => {
    expect(await eventsOf(sentence)).toEqual(want);
  });
});
