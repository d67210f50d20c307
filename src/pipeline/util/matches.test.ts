import { describe, expect, it } from "vitest";
import { matchesOf } from "./matches.ts";

/** What matchAll gives, as plain values to compare. */
const seen = (ms: Iterable<RegExpExecArray>) =>
  [...ms].map((m) => ({ at: m.index, all: [...m], groups: m.groups }));

describe("matchesOf", () => {
  it.each<[string, RegExp, string]>([
    ["words", /\w+/g, "The two sides held talks."],
    ["groups and names", /(?<word>t\w+)\s+(\w+)/gi, "The two sides held talks in Tokyo."],
    ["none", /\bvisit\b/g, "The two sides held talks."],
    ["empty matches", /x*/g, "axxb"],
    ["empty matches over a surrogate pair, u", /x*/gu, "a😀xb"],
    ["empty matches over a surrogate pair", /x*/g, "a😀xb"],
    ["look-behind at the start", /(?<=\s)\w+/g, "talks in Beijing"],
  ])("gives what matchAll gives: %s", (_name, re, text) => {
    expect(seen(matchesOf(text, re))).toEqual(seen(text.matchAll(re)));
  });

  it("starts at the pattern's lastIndex, as matchAll does, and leaves it there", () => {
    const re = /\w+/g;
    re.lastIndex = 4;
    expect(seen(matchesOf("The two sides", re))).toEqual(seen("The two sides".matchAll(re)));
    expect(re.lastIndex).toBe(4);
  });

  it("refuses a pattern that is not global, as matchAll does", () => {
    expect(() => matchesOf("talks", /talks/)).toThrow(TypeError);
  });
});
