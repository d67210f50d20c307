import { describe, expect, it } from "vitest";
import { runOn, story } from "../testing/corpus.ts";

/** The people of each event of a story, by date. */
async function people(...paragraphs: string[]) {
  const state = await runOn({
    "a.txt": story("Talks", "WASHINGTON, Dec. 10, 2010", ...paragraphs),
  });
  return Object.fromEntries(
    (state.output?.events.events ?? []).map((e) => [e.date.value, e.actors.map((a) => a.name)]),
  );
}

const TALKS = "Defense officials of the two countries held talks at the Pentagon today.";

describe("the leaders of each side of talks just reported", () => {
  it.each([
    "Under Secretary of Defense Michele Flournoy led the American side, and the Chinese delegation was headed by Gen. Ma Xiaotian.",
    "The U.S. delegation was led by Michele Flournoy; Gen. Ma Xiaotian headed the Chinese team.",
    "Gen. Ma Xiaotian and Under Secretary of Defense Michele Flournoy led the delegations, an official said.",
  ])("take part in them: %s", async (sentence) => {
    expect((await people(TALKS, sentence))["2010-12-10"]).toEqual(
      expect.arrayContaining(["Michèle Flournoy", "Ma Xiaotian"]),
    );
  });

  it("joins the talks told by their sides alone, past a visit named in between", async () => {
    const found = await people(
      TALKS,
      "The talks were agreed in June when Defense Secretary Robert Gates visited Singapore.",
      "Both sides called them useful.",
      "Gen. Ma Xiaotian and Under Secretary of Defense Michele Flournoy led the delegations.",
    );
    expect(found["2010-12-10"]).toEqual(expect.arrayContaining(["Ma Xiaotian"]));
    expect(found["2010-06"]).not.toContain("Ma Xiaotian");
  });

  it("a side to be led joins the occasion to come", async () => {
    const found = await people(
      "The two sides will hold defense talks at the Pentagon on Friday.",
      "Gen. Ma Xiaotian will lead the Chinese delegation.",
    );
    expect(found["2010-12-10"]).toContain("Ma Xiaotian");
  });

  it("a sentence about others, with no side led, adds no one", async () => {
    const found = await people(
      TALKS,
      "Analyst Bonnie Glaser followed the talks closely from Honolulu.",
    );
    expect(found["2010-12-10"]).not.toContain("Bonnie Glaser");
  });
});
