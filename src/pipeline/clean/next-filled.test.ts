import { describe, expect, it } from "vitest";
import { nextFilledLines } from "./published.ts";

/** What nextFilledLines gives in one pass: the first line below with more than white space. */
const bySlicing = (lines: string[]) =>
  lines.map((_, i) => lines.slice(i + 1).find((l) => l.trim()));

describe("nextFilledLines", () => {
  it.each<[string[], (string | undefined)[]]>([
    [
      ["a", "b", "c"],
      ["b", "c", undefined],
    ],
    [
      ["a", "", "  ", "b"],
      ["b", "b", "b", undefined],
    ],
    [
      ["", "a"],
      ["a", undefined],
    ],
    // No filled line below: none.
    [
      ["a", " ", ""],
      [undefined, undefined, undefined],
    ],
    [[], []],
  ])("%j", (lines, next) => {
    expect(nextFilledLines(lines)).toEqual(next);
    expect(bySlicing(lines)).toEqual(next);
  });
});
