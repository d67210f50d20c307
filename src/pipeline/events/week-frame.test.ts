import { describe, expect, it } from "vitest";
import { runOn, story } from "../testing/corpus.ts";
import { sentenceOf, timeOf } from "../testing/sentence.ts";
import { withoutWeekFrame } from "./week-frame.ts";

/** Each event's date and type, from one sentence published on Friday 14 May 2010. */
async function dated(sentence: string) {
  const state = await runOn({ "a.txt": story("Tour", "NORFOLK, May 14, 2010", sentence) });
  return (state.output?.events.events ?? []).map((e) => [e.date.value, e.type.cameo]).sort();
}

describe("a week that opens a sentence and holds its days", () => {
  it.each([
    [
      "Earlier in the week the admiral met General Fang in Beijing on Monday and toured a destroyer in Qingdao on Tuesday.",
      [
        ["2010-05-10", "040"],
        ["2010-05-11", "042"],
      ],
    ],
    [
      "Last week the admiral met General Fang in Beijing on Monday and toured a destroyer in Qingdao on Tuesday.",
      [
        ["2010-05-03", "040"],
        ["2010-05-04", "042"],
      ],
    ],
  ])("only frames the days: %s", async (sentence, rows) => {
    expect(await dated(sentence)).toEqual(rows);
  });
});

/** A sentence with its dates, each [words, value] found where the words stand. */
function sentenceWith(text: string, dates: [string, string][]) {
  const times = dates.map(([words, value]) =>
    timeOf(text, words, value, "relative-to-publication"),
  );
  return { s: { ...sentenceOf(text), times }, times };
}

describe("withoutWeekFrame", () => {
  it.each<[string, [string, string][], string[]]>([
    [
      "Earlier in the week he met Fang on Monday and Wu on Tuesday.",
      [
        ["in the week", "2010-05"],
        ["on Monday", "2010-05-10"],
        ["on Tuesday", "2010-05-11"],
      ],
      ["on Monday", "on Tuesday"],
    ],
    [
      "This week he met Fang on Monday and Wu on Tuesday.",
      [
        ["This week", "2010-05"],
        ["on Monday", "2010-05-10"],
        ["on Tuesday", "2010-05-11"],
      ],
      ["on Monday", "on Tuesday"],
    ],
    // One day after the week may be the day the act was told.
    [
      "Earlier in the week he met Fang, officials said on Thursday.",
      [
        ["in the week", "2010-05"],
        ["on Thursday", "2010-05-13"],
      ],
      ["in the week", "on Thursday"],
    ],
    // Last week's days, read in it (time/named-week.ts).
    [
      "Last week he met Fang on Monday and Wu on Tuesday.",
      [
        ["Last week", "2010-05"],
        ["on Monday", "2010-05-03"],
        ["on Tuesday", "2010-05-04"],
      ],
      ["on Monday", "on Tuesday"],
    ],
    // A week that does not open the sentence, or a day outside it.
    [
      "He said earlier in the week that he met Fang on Monday and Wu on Tuesday.",
      [
        ["in the week", "2010-05"],
        ["on Monday", "2010-05-10"],
        ["on Tuesday", "2010-05-11"],
      ],
      ["in the week", "on Monday", "on Tuesday"],
    ],
    [
      "Earlier in the week he recalled meeting Fang on April 5 and Wu on May 11.",
      [
        ["in the week", "2010-05"],
        ["on April 5", "2010-04-05"],
        ["on May 11", "2010-05-11"],
      ],
      ["in the week", "on April 5", "on May 11"],
    ],
  ])("%s", (text, dates, kept) => {
    const { s, times } = sentenceWith(text, dates);
    expect(withoutWeekFrame(s, times).map((t) => t.text)).toEqual(kept);
  });
});
