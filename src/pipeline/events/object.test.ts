import { describe, expect, it } from "vitest";
import { objectOf } from "./object.ts";

describe("objectOf", () => {
  it.each<[string, string | undefined]>([
    ["The two agreed to hold talks on cyber security.", "to hold talks on cyber security"],
    // Long objects end at a phrase boundary, never inside a word ("… the Gulf of Ad").
    [
      "Gates and Liang agreed to work together on counterpiracy operations in the Gulf of Aden and on disaster relief.",
      "to work together on counterpiracy operations",
    ],
    // An initial's period does not end the clause.
    ["Liang will visit the U.S. later this year.", "visit the U.S. later this year"],
    [
      "Xi said he and Obama will both make visits to each other's country.",
      "make visits to each other's country",
    ],
    ["Gates and Liang agreed on Monday to resume exchanges.", "to resume exchanges"],
    ["The two leaders talked for an hour.", undefined],
  ])("%s", (sentence, want) => {
    expect(objectOf(sentence)).toBe(want);
  });
});
