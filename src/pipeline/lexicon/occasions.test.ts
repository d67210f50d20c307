import { describe, expect, it } from "vitest";
import { parseLexicon } from "./compile/parse.ts";
import { compileOccasions, OCCASIONS, occasionsFileSchema } from "./occasions.ts";
import { DEFINITE_OCCASION, NOUN_FAMILY } from "./triggers.ts";

describe("occasion families", () => {
  it.each([
    ["talks", "meeting"],
    ["consultations", "meeting"],
    ["forum", "meeting"],
    ["press conference", "news conference"],
    ["trip", "visit"],
    ["reception", "meal"],
    // Testimony is told by "testified", a speech of its own.
    ["testimony", "speech"],
  ])("%s is a %s", (noun, family) => {
    expect(NOUN_FAMILY[noun]).toBe(family);
  });

  it.each<[string, string[]]>([
    ["After the talks, that report and the dinner.", ["talks", "report", "dinner"]],
    // A length of days between the article and the noun still refers back …
    ["The two days of talks ended, and the three-day visit went on.", ["talks", "visit"]],
    // … but a count of occasions names others ("the two visits" are not one).
    ["The two meetings and three talks followed.", []],
    // Only the nouns a family refers back by: "the reception" names a meal without referring back.
    ["During the reception, the reports came.", []],
  ])("%s refers back to %j", (sentence, nouns) => {
    expect([...sentence.matchAll(DEFINITE_OCCASION)].map((m) => m[1])).toEqual(nouns);
  });

  it.each([
    ["visit", "encounter"],
    ["meeting", "encounter"],
    ["meal", "apart"],
    ["speech", "apart"],
    // A news conference or a report is neither: its merging is left to the other tests.
    ["news conference", "neither"],
    ["report", "neither"],
  ])("the %s family merges as %s", (family, merge) => {
    const found = OCCASIONS.encounters.has(family)
      ? "encounter"
      : OCCASIONS.apart.has(family)
        ? "apart"
        : "neither";
    expect(found).toBe(merge);
  });

  it("rejects an unknown way of merging, naming the file", () => {
    const data = [{ family: "hearing", merge: "always", nouns: ["hearing"] }];
    expect(() => parseLexicon(occasionsFileSchema, data, "occasions.json")).toThrow(
      /occasions\.json/,
    );
  });

  it("compiles an added family", () => {
    const { family, definite, apart, encounters } = compileOccasions(
      parseLexicon(
        occasionsFileSchema,
        [{ family: "hearing", merge: "apart", nouns: ["hearing"] }],
        "occasions.json",
      ),
    );
    expect(family).toEqual({ hearing: "hearing" });
    expect(definite.test("at the hearing")).toBe(true);
    expect([...apart, ...encounters]).toEqual(["hearing"]);
  });

  it("rejects a noun in two families, naming the file and entry", () => {
    const data = [
      { family: "meeting", nouns: ["session"] },
      { family: "hearing", nouns: ["session"] },
    ];
    expect(() =>
      compileOccasions(parseLexicon(occasionsFileSchema, data, "occasions.json")),
    ).toThrow(/occasions\.json: entry 1 \(hearing\): "session" is also in meeting/);
  });
});
