import { describe, expect, it } from "vitest";
import { makeEvent } from "../testing/make-event.ts";
import { confidenceFactors, confidenceLevel } from "./confidence.ts";

const one = { articles: 1, outlets: ["Xinhua"], unknownOutlets: 0 };
const two = { articles: 2, outlets: ["Xinhua", "Reuters"], unknownOutlets: 0 };
const named = [{ articleId: "a", evidence: [{ text: "Xi met Obama.", start: 0, end: 13 }] }];
const actors = [{ name: "Xi Jinping", country: "CHN" }];

describe("confidenceLevel", () => {
  it.each([
    [0.9, "high"],
    [0.85, "high"],
    [0.75, "medium"],
    [0.64, "low"],
  ])("%s → %s", (score, level) => expect(confidenceLevel(score)).toBe(level));
});

describe("confidenceFactors", () => {
  it("says what supports an explicit, named, corroborated event", () => {
    const factors = confidenceFactors(makeEvent({ actors, sources: named }), two);
    expect(factors.map((f) => [f.kind, f.weakens])).toEqual([
      ["date", false],
      ["sources", false],
    ]);
    expect(factors[1]?.text).toContain("Xinhua, Reuters");
  });

  it("names each weakness, weaknesses first: inferred date, borrowed actors, one source, a plan", () => {
    const event = makeEvent({
      date: { basis: "previous-date", text: "that year" },
      actors,
      sources: [{ articleId: "a", evidence: [{ text: "They met, he said.", start: 0, end: 18 }] }],
      status: "planned",
    });
    const factors = confidenceFactors(event, one);
    expect(factors.map((f) => f.kind)).toEqual(["date", "actors", "sources", "status"]);
    expect(factors.every((f) => f.weakens)).toBe(true);
    expect(factors[0]?.text).toContain("\u201Cthat year\u201D");
    expect(factors[1]?.text).toContain("Xi Jinping");
  });

  it("counts several articles from one outlet as one voice", () =>
    expect(
      confidenceFactors(makeEvent({ actors, sources: named }), {
        articles: 2,
        outlets: ["Xinhua"],
        unknownOutlets: 0,
      }).find((f) => f.kind === "sources"),
    ).toMatchObject({ weakens: true }));

  it("says when nobody is named at all", () =>
    expect(
      confidenceFactors(makeEvent({ actors: [], sources: named }), two).find(
        (f) => f.kind === "actors",
      )?.text,
    ).toBe("No one who took part is named."));

  it("says a date set by a correction is a researcher's, not a weakness", () => {
    const event = makeEvent({ date: { basis: "corrected", text: "2010" }, actors, sources: named });
    expect(confidenceFactors(event, two)[0]).toEqual({
      kind: "date",
      weakens: false,
      text: "The date was set by a researcher's correction; the article says \u201C2010\u201D.",
    });
  });
});
