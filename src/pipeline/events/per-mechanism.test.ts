import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** Each event of a story published on Wednesday 10 April 2013, as "date status". */
const eventsOf = async (sentence: string) =>
  (await storyEvents("Cyber", "WASHINGTON, April 10, 2013", sentence))
    .map((e) => `${e.date.value} ${e.status}`)
    .sort();

describe("a standing mechanism's session set beside the sentence's act", () => {
  it.each([
    "The new working group on cyber security will hold its first meeting in July, in conjunction with the fifth round of the Strategic and Economic Dialogue.",
    "The new working group on cyber security will hold its first meeting in July alongside the fifth Strategic and Economic Dialogue in Washington.",
  ])("is a happening of its own: %s", async (sentence) => {
    expect(await eventsOf(sentence)).toEqual(["2013-07 planned", "2013-07 planned"]);
  });

  it.each([
    // On the sidelines of an occasion: a meeting inside it.
    "The new working group on cyber security will hold its first meeting in July on the sidelines of the Strategic and Economic Dialogue.",
    // No act of its own before it: the mechanism is the sentence's act.
    "Officials will gather in July alongside the fifth Strategic and Economic Dialogue.",
  ])("is not: %s", async (sentence) => {
    expect(await eventsOf(sentence)).toEqual(["2013-07 planned"]);
  });
});
