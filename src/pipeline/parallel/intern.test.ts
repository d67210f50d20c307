import { describe, expect, it } from "vitest";
import { internStrings } from "./intern.ts";

describe("internStrings", () => {
  it.each([
    ["a string", "visit", "visit"],
    ["an array", ["a", "b", "a"], ["a", "b", "a"]],
    [
      "an object",
      { type: { label: "Meet" }, topics: ["cyber"] },
      { type: { label: "Meet" }, topics: ["cyber"] },
    ],
    [
      "numbers, booleans and nulls as they are",
      { n: 3, ok: false, none: null },
      { n: 3, ok: false, none: null },
    ],
  ])("keeps %s equal to what it was", (_, value, expected) => {
    expect(internStrings(value, new Map())).toEqual(expected);
  });

  it("makes equal texts one entry of the pool, and leaves different texts apart", () => {
    const pool = new Map<string, string>();
    // Built at run time, so the engine cannot have made them one string already.
    const first = { label: ["Me", "et"].join("") };
    const second = { label: ["M", "eet"].join(""), other: "Visit" };
    internStrings(first, pool);
    internStrings(second, pool);
    expect([...pool.keys()]).toEqual(["Meet", "Visit"]);
  });
});
