import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** The people of each event of a story published on Thursday 21 February 2013. */
const peopleOf = async (...sentences: string[]) =>
  (await storyEvents("Talks", "WASHINGTON, Feb. 21, 2013", ...sentences)).map((e) =>
    e.actors.map((a) => a.name),
  );

const TALKS = "Defense Secretary Leon Panetta met Gen. Liang Guanglie at the Pentagon on Tuesday.";

describe("a later sentence that says someone did not speak", () => {
  it.each([
    "Gen. Martin Dempsey declined to comment on the meeting.",
    "Gen. Martin Dempsey could not be reached for comment on the meeting.",
  ])("adds no one to the event: %s", async (second) => {
    expect(await peopleOf(TALKS, second)).toEqual([["Leon E. Panetta", "Liang Guanglie"]]);
  });

  it("… while one who took part is added", async () => {
    expect(await peopleOf(TALKS, "Gen. Martin Dempsey also attended the meeting.")).toEqual([
      ["Leon E. Panetta", "Liang Guanglie", "Martin E. Dempsey"],
    ]);
  });

  it("… and a report's release keeps its author", async () => {
    expect(
      await peopleOf(
        "On Tuesday, Mandiant released a report that named the unit.",
        "White House spokeswoman Jane Roe would not comment on what the report found.",
      ),
    ).toEqual([["Mandiant"]]);
  });
});
