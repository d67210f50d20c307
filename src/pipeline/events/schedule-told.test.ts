import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** The events of a one-sentence story of Thursday 21 November 2013, as "date title (actors)". */
const told = async (sentence: string) =>
  (await storyEvents("Briefing", "BEIJING, Nov. 21, 2013", sentence))
    .map((e) => `${e.date.value} ${e.title} (${e.actors.map((a) => a.name).join(", ")})`)
    .sort();

const SPOKESMAN = "Defense Ministry spokesman Geng Yansheng told reporters on Wednesday";

describe("a telling that only gives a schedule", () => {
  it.each<[string, string, string[]]>([
    // The scheduled act is the event, done by what the clause names, not by the speaker.
    [
      "a ship's arrival",
      `${SPOKESMAN} that the frigate would arrive on Thursday.`,
      ["2013-11-21 Planned: The frigate would arrive ()"],
    ],
    [
      "a drill next month",
      `${SPOKESMAN} that two cruisers would take part in a drill off Guam in December.`,
      ["2013-12 Planned: Two cruisers would take part in a drill off Guam ()"],
    ],
    // Negative: a plan with no date of its own leaves the telling its day.
    [
      "a plan with no date",
      `${SPOKESMAN} that the frigate would arrive soon.`,
      ["2013-11-20 Geng speaks on military-to-military (Geng Yansheng)"],
    ],
    // Negative: the speaker's own plan, told by them, leaves the telling its day.
    [
      "the speaker's own plan, told at a briefing",
      `${SPOKESMAN} that he would visit Manila in December.`,
      [
        "2013-11-20 Geng speaks on military-to-military (Geng Yansheng)",
        "2013-12 Planned: Geng visits Manila (Geng Yansheng)",
      ],
    ],
    // Negative: "he" may be the speaker, who then does the act.
    [
      "the speaker's own plan",
      "Hong Lei said on Wednesday that he would visit Manila in December.",
      ["2013-12 Planned: Hong visits Manila (Hong Lei)"],
    ],
  ])("%s", async (_, sentence, events) => {
    expect(await told(sentence)).toEqual(events);
  });
});
