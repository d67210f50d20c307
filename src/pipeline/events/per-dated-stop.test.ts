import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

describe("a trip's stops, each followed by its own day", () => {
  it.each<[string, string[] | number]>([
    [
      "Adm. Jane Roe visits Fort Hood on Tuesday, Camp Pendleton and Naval Base San Diego on Wednesday, and the Naval Academy on Thursday before heading back.",
      [
        "2011-05-17 Planned: Roe visits Fort Hood",
        "2011-05-18 Planned: Roe visits Camp Pendleton",
        "2011-05-18 Planned: Roe visits Naval Base San Diego",
        "2011-05-19 Planned: Roe visits the Naval Academy",
      ],
    ],
    [
      "Adm. Jane Roe is due in Austin today, at Fort Hood, Tex., and Fort Bliss, Tex., on Tuesday, and at West Point on Wednesday.",
      [
        "2011-05-16 Planned: Roe visits Austin",
        "2011-05-17 Planned: Roe visits Fort Bliss, Tex",
        "2011-05-17 Planned: Roe visits Fort Hood, Tex",
        "2011-05-18 Planned: Roe visits West Point",
      ],
    ],
    // Negative: a part of the list that names no place leaves the trip one happening.
    ["Adm. Jane Roe visits Fort Hood on Tuesday and a farm on Wednesday.", 1],
  ])("%s", async (sentence, expected) => {
    const events = await storyEvents("Tour", "WASHINGTON, May 16, 2011", sentence);
    const titles = events.map((e) => `${e.date.value} ${e.title}`).sort();
    if (typeof expected === "number") expect(titles).toHaveLength(expected);
    else expect(titles).toEqual(expected);
  });
});
