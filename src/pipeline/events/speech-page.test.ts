import { describe, expect, it } from "vitest";
import { runOn } from "../testing/corpus.ts";

/** A speech page under its header, with the speech's own sentences after the greeting. */
const speech = (...sentences: string[]) =>
  [
    "Naval Academy of the Fleet",
    "As Prepared for Delivery by Secretary of the Navy Jane Roe, Qingdao, China, Thursday, June 6, 2013",
    "",
    "Thank you, Admiral, for that kind welcome, and thank you to the students for coming this morning.",
    ...sentences.flatMap((s) => ["", s]),
  ].join("\n");

/** The page's events of the speech's day, as [CAMEO code, actors] rows. */
async function ofTheDay(page: string) {
  const state = await runOn({ "s.txt": page });
  return (state.output?.events.events ?? [])
    .filter((e) => e.date.value === "2013-06-06")
    .map((e) => [e.type.cameo, e.actors.map((a) => a.name).join("+")])
    .sort((a, b) => String(a).localeCompare(String(b)));
}

describe("what the speaker alone says on the speech's day is the speech", () => {
  it.each([
    // Talking about a subject today, in the speech, is giving it: one event.
    ["I am glad to talk today about the freedom of the seas.", [["010", "Jane Roe"]]],
    // Negative: a meeting with someone named that day is a happening of its own …
    [
      "Today I met Admiral Wu Ming at the fleet's headquarters.",
      [
        ["010", "Jane Roe"],
        ["040", "Jane Roe+Wu Ming"],
      ],
    ],
    // … and so is what the speaker did at an occasion named.
    [
      "This morning I spoke on the sea lanes at the Regional Forum.",
      [
        ["010", "Jane Roe"],
        ["040", "Jane Roe"],
      ],
    ],
  ])("%s", async (sentence, expected) => {
    expect(await ofTheDay(speech(sentence))).toEqual(expected);
  });

  it("keeps the folded sentence as the speech's evidence", async () => {
    const state = await runOn({
      "s.txt": speech("I am glad to talk today about the freedom of the seas."),
    });
    const given = (state.output?.events.events ?? []).find((e) => e.date.value === "2013-06-06");
    expect(given?.sources[0]?.evidence.map((x) => x.text.slice(0, 20))).toEqual([
      "Thank you, Admiral, ",
      "I am glad to talk to",
    ]);
  });
});
