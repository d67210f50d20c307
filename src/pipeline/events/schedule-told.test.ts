import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** The events of a one-sentence story of Thursday 21 November 2013, as "date title (actors)". */
const told = async (sentence: string) =>
  (await storyEvents("Briefing", "BEIJING, Nov. 21, 2013", sentence))
    .map((e) => `${e.date.value} ${e.title} (${e.actors.map((a) => a.name).join(", ")})`)
    .sort();

const SPOKESMAN = "Foreign Ministry spokesman Hong Lei told a regular news briefing on Wednesday";

describe("a telling that only gives a schedule", () => {
  it.each<[string, string, string[]]>([
    // The scheduled act is the event, done by what the clause names, not by the speaker.
    [
      "a ship's sailing",
      `${SPOKESMAN} that the hospital ship would set sail on Thursday.`,
      ["2013-11-21 Planned: The hospital ship would set sail ()"],
    ],
    [
      "a drill next month",
      `${SPOKESMAN} that Chinese naval ships would join a drill near Guam in December.`,
      ["2013-12 Planned: Chinese naval ships would join a drill near Guam ()"],
    ],
    // Negative: a plan with no date of its own leaves the telling its day.
    [
      "a plan with no date",
      `${SPOKESMAN} that the hospital ship would set sail soon.`,
      ["2013-11-20 Hong speaks on summits & dialogue (Hong Lei)"],
    ],
    // Negative: the speaker's own plan, told by them, leaves the telling its day.
    [
      "the speaker's own plan, told at a briefing",
      `${SPOKESMAN} that he would visit Manila in December.`,
      [
        "2013-11-20 Hong speaks on summits & dialogue (Hong Lei)",
        "2013-12 Planned: Hong visits Manila (Hong Lei)",
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
