import { describe, expect, it } from "vitest";
import { endless, makeTitle } from "./title.ts";

describe("endless", () => {
  it.each([
    ["Kerry visits Beijing.", "Kerry visits Beijing"],
    ["Kerry visits Beijing", "Kerry visits Beijing"],
    ["Gates visits the U.S.", "Gates visits the U.S."],
    ["Talks in Washington, D.C.", "Talks in Washington, D.C."],
    ["Hagel visits Beijing. ", "Hagel visits Beijing"],
  ])("%j → %j", (input, expected) => {
    expect(endless(input)).toBe(expected);
  });
});

describe("makeTitle", () => {
  const visit = {
    type: { cameo: "042", label: "Make a visit" },
    topics: [],
    status: "occurred" as const,
  };
  it.each([
    [
      { people: [{ name: "John Kerry", country: "USA" }], destination: "Beijing." },
      "Kerry visits Beijing",
    ],
    [
      { people: [{ name: "John Kerry", country: "USA" }], destination: "the U.S." },
      "Kerry visits the U.S.",
    ],
    [{ people: [], headline: "The talks resumed." }, "The talks resumed"],
  ])("%j → %j", (parts, expected) => {
    expect(makeTitle(visit, parts)).toBe(expected);
  });
});
