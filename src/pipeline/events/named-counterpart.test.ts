import { describe, expect, it } from "vitest";
import { datedPeopleOf } from "../testing/corpus.ts";

/** Each event of a story published on Monday 24 September 2012, as "date: people". */
const eventsOf = (...sentences: string[]) =>
  datedPeopleOf("Trip", "WASHINGTON, Sept. 24, 2012", ...sentences);

describe("a definite occasion opening a sentence with a counterpart of its own", () => {
  it.each([
    // Someone new, on a day apart from the occasion reported: a new occasion.
    [
      [
        "Defense Secretary Leon Panetta met Defense Minister Liang Guanglie on Sept. 18.",
        "The talks with Premier Wen Jiabao two days later drew the most notice.",
      ],
      ["2012-09-18: Leon E. Panetta, Liang Guanglie", "2012-09-20: Wen Jiabao"],
    ],
    // Negatives: the occasion's own counterpart, or a day inside its dates, is the same occasion.
    [
      [
        "Defense Secretary Leon Panetta met Defense Minister Liang Guanglie on Sept. 18.",
        "The talks with Defense Minister Liang Guanglie two days later drew the most notice.",
      ],
      ["2012-09-18: Leon E. Panetta, Liang Guanglie"],
    ],
    [
      [
        "Defense Secretary Leon Panetta held talks with Chinese leaders in Beijing in September.",
        "The talks with Premier Wen Jiabao on Sept. 19 drew the most notice.",
      ],
      ["2012-09-19: Leon E. Panetta, Wen Jiabao"],
    ],
  ])("%j", async (sentences, expected) => {
    expect(await eventsOf(...sentences)).toEqual(expected);
  });
});
