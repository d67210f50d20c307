import { describe, expect, it } from "vitest";
import { matchesTerms, normalizeText, searchTerms } from "./search.ts";

describe("searchTerms", () => {
  it.each([
    ["", []],
    ["   ", []],
    ["Cyber", ["cyber"]],
    ["  Panetta   CYBER ", ["panetta", "cyber"]],
    ["Zhōu Énlái", ["zhou", "enlai"]],
    ["cyber-security talks", ["cybersecurity", "talks"]],
    ["Military-to-military", ["military", "to", "military"]],
  ])("%j → %j", (query, expected) => expect(searchTerms(query)).toEqual(expected));
});

describe("matchesTerms", () => {
  const haystack = normalizeText("Panetta hosts Liang | “We must talk about cyber,” he said");
  it.each([
    [[], true],
    [["panetta"], true],
    [["cyber", "panetta"], true],
    [["milit"], false],
    [["liang", "xi"], false],
    [["talk about"], true],
  ])("%j → %s", (terms, expected) => expect(matchesTerms(haystack, terms)).toBe(expected));
});
