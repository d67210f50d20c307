import { describe, expect, it } from "vitest";
import { parseLexicon } from "./compile/parse.ts";
import raw from "./data/abbreviations.json" with { type: "json" };
import { abbreviationsFileSchema, MAY_END, NEVER_ENDS, STARTERS } from "./abbreviations.ts";

const parse = (data: unknown) => parseLexicon(abbreviationsFileSchema, data, "abbreviations.json");

describe("abbreviations", () => {
  it("reads each list as the sentence splitter asks for it", () => {
    expect(NEVER_ENDS.has("gen")).toBe(true);
    expect(NEVER_ENDS.has("u.s")).toBe(false);
    // A state's abbreviation may end a sentence too.
    expect(MAY_END.has("calif")).toBe(true);
    expect(STARTERS.test("“The talks")).toBe(true);
    expect(STARTERS.test("Theodore said")).toBe(false);
  });

  it.each<[string, (data: Record<string, unknown>) => void, RegExp]>([
    [
      "a token written with its last period",
      (d) => (d.neverEnd = ["gen."]),
      /abbreviations\.json: neverEnd entry 0 \(gen\.\): lower case, without the last period/,
    ],
    [
      "a starter of two words",
      (d) => (d.startersAfter = ["The", "In fact"]),
      /abbreviations\.json: startersAfter entry 1 \(In fact\): one capitalised word/,
    ],
    ["an unknown list", (d) => (d.sometimesEnd = ["ca"]), /abbreviations\.json: /],
  ])("rejects %s, naming the file and entry", (_, edit, message) => {
    const data = structuredClone(raw) as Record<string, unknown>;
    edit(data);
    expect(() => parse(data)).toThrow(message);
  });
});
