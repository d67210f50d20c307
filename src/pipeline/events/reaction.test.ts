import { describe, expect, it } from "vitest";
import { datedPeopleOf } from "../testing/corpus.ts";

/** Each event of a story published on Monday 6 May 2013, as "date: people". */
const eventsOf = (...paragraphs: string[]) =>
  datedPeopleOf("Report", "WASHINGTON, May 6, 2013", ...paragraphs);

const RELEASE = "The Pentagon released its annual report on the Chinese military on Monday.";

describe("an answer to a document already reported", () => {
  it("is a happening of its own, with who answered", async () => {
    expect(
      await eventsOf(
        RELEASE,
        "A Chinese defense ministry spokesman, Geng Yansheng, said on Monday that the report was groundless.",
      ),
    ).toEqual(["2013-05-06: Geng Yansheng", "2013-05-06: U.S. Department of Defense"]);
  });

  it("is a happening of its own when a body, not a person, answered", async () => {
    expect(
      await eventsOf(
        RELEASE,
        "China's Foreign Ministry rejected the report on Monday as groundless.",
      ),
    ).toEqual(["2013-05-06: Chinese Foreign Ministry", "2013-05-06: U.S. Department of Defense"]);
  });

  it.each([
    // Nobody acts before the document is named: the sentence tells more of the release.
    "The report, the first to name the army, was handed to Congress on Monday.",
    // The one who released it says more of it.
    "The Pentagon said on Monday that the report covers cyber espionage.",
  ])("is not told by: %s", async (second) => {
    expect(await eventsOf(RELEASE, second)).toEqual(["2013-05-06: U.S. Department of Defense"]);
  });

  it("keeps a year quoted from the document to the document", async () => {
    expect(
      await eventsOf(RELEASE, "“In 2012, the army tested two new missiles,” the report says."),
    ).toEqual(["2013-05-06: U.S. Department of Defense"]);
  });

  it("leaves a year a person is quoted on to its own act", async () => {
    expect(
      await eventsOf(RELEASE, "“In 2012, the army tested two new missiles,” Panetta said."),
    ).toContain("2012: Leon E. Panetta");
  });
});

describe("a document already reported, telling what it holds", () => {
  it.each([
    "The report estimated China's military spending for 2012 at up to 215 billion dollars.",
    "The report also found that intrusions in 2012 targeted government systems.",
  ])("keeps its dates to the document: %s", async (second) => {
    expect(await eventsOf(RELEASE, second)).toEqual(["2013-05-06: U.S. Department of Defense"]);
  });

  it("is not told by a sentence whose subject is someone else", async () => {
    expect(
      await eventsOf(
        RELEASE,
        "Chinese Defense Minister Liang Guanglie visited the Pentagon in 2012, the report noted.",
      ),
    ).toEqual(["2012: Liang Guanglie", "2013-05-06: U.S. Department of Defense"]);
  });
});
