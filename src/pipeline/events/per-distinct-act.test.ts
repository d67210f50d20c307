import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** The events of a one-sentence story of Sunday 31 January 2010, as sorted "date title (actors)". */
const told = async (sentence: string) =>
  (await storyEvents("Ties", "BEIJING, Jan. 31, 2010", sentence))
    .map((e) => `${e.date.value} ${e.title} (${e.actors.map((a) => a.name).join(", ")})`)
    .sort();

describe("one subject's acts of different kinds, joined by 'and'", () => {
  it.each<[string, string, string[]]>([
    [
      "a suspension and a sanction",
      "China suspended its military exchanges with the United States and imposed sanctions on two arms makers on Saturday.",
      [
        "2010-01-30 China imposed sanctions on two arms makers (China)",
        "2010-01-30 China suspended its military exchanges with the United States (China)",
      ],
    ],
    [
      "a sanction pledged after talks called off",
      "The ministry called off a round of security talks and pledged to sanction the suppliers on Saturday.",
      [
        "2010-01-30 The ministry called off a round of security talks ()",
        "2010-01-30 The ministry pledged to sanction the suppliers ()",
      ],
    ],
    // Negative: acts of one kind, or acts told at a meeting, stay one happening.
    [
      "two suspensions",
      "China suspended its military exchanges and canceled a port call on Saturday.",
      ["2010-01-30 China suspended its military exchanges and canceled a port call (China)"],
    ],
    [
      "an accord signed and pledged",
      "The two sides signed an accord and pledged to widen exchanges on Saturday.",
      [
        "2010-01-30 The two sides signed an accord and pledged to widen exchanges (United States, China)",
      ],
    ],
    [
      "acts at a meeting",
      "Gen. Ma Xiaotian met Adm. Robert Willard and agreed to resume the exchanges on Saturday.",
      ["2010-02-06 Planned: Ma and Willard hold talks (Ma Xiaotian, Robert F. Willard)"],
    ],
  ])("%s", async (_, sentence, events) => {
    expect(await told(sentence)).toEqual(events);
  });
});
