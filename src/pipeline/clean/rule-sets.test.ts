import { describe, expect, it } from "vitest";
import { joinRules, matchesAny } from "./rule-sets.ts";

const RULES: readonly RegExp[] = [
  /^related (articles|news)\b/i,
  /^editors?\s*:/i,
  /^(\d+|One)\s+(Responses?|Comments?)\s+(to|on)\s/,
  /\bcopyright\b/i,
  /©/,
  /(?<=\d)\s*hrs?$/i,
  // Not joined: a backreference, a named group, a rule that keeps state.
  /^(\w+) and \1$/,
  /^(?<label>tags?)\s*:/i,
  /\bshare\b/gi,
];

describe("matchesAny over joined rules", () => {
  it.each<[string, boolean]>([
    ["Related News", true],
    ["RELATED ARTICLES and more", true],
    ["Editor: Jane Roe", true],
    ["3 Comments on this post", true],
    // The rule without the i flag keeps its case.
    ["3 comments on this post", false],
    ["Page © The Courier", true],
    ["All content Copyright 2013", true],
    ["1824 hrs", true],
    ["talks and talks", true],
    ["Tags: China", true],
    ["Share this", true],
    // An anchored rule matches at the start alone.
    ["See Related News", false],
    ["The minister met his counterpart on Monday.", false],
    ["", false],
  ])("%j → %s", (line, any) => {
    expect(matchesAny(RULES, line)).toBe(any);
    expect(RULES.some((r) => new RegExp(r.source, r.flags).test(line))).toBe(any);
  });

  it("joins rules of one kind, and keeps apart those it cannot join", () => {
    const joined = joinRules(RULES);
    // Anchored with i, anchored without, i, none: the flags and the anchor part them.
    expect(joined.length).toBe(4 + 3);
    expect(joined.slice(-3)).toEqual([RULES[6], RULES[7], RULES[8]]);
    // A rule alone of its kind is kept as it is.
    const alone = /a/i;
    expect(joinRules([alone])[0]).toBe(alone);
    expect(joinRules([])).toEqual([]);
  });
});
