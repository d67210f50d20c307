import { describe, expect, it } from "vitest";
import { abbreviates, acronymDefinitions, definitionMatches, initialsOf } from "./acronyms.ts";

describe("acronymDefinitions", () => {
  it.each<[string, Record<string, string>]>([
    [
      "at the fifth round of the U.S.-China Strategic and Economic Dialogue (S&ED), pledging",
      { "S&ED": "Strategic and Economic Dialogue" },
    ],
    [
      "held the first meeting of a new Cyber Working Group (CWG), set up",
      { CWG: "Cyber Working Group" },
    ],
    [
      "the Association of Southeast Asian Nations (ASEAN) and the Rim of the Pacific exercise (RIMPAC)",
      { ASEAN: "Association of Southeast Asian Nations", RIMPAC: "Rim of the Pacific exercise" },
    ],
    // A parenthesis that is no acronym, or one the words before do not spell, defines nothing.
    ["Liang (pictured) met Panetta (right) and the press (AP)", {}],
    ["the talks in Beijing (SSD)", {}],
  ])("%s", (text, want) => {
    expect(Object.fromEntries(acronymDefinitions(text))).toEqual(want);
  });
});

describe("definitionMatches", () => {
  it("finds what the pattern it replaces finds, on texts of words, spaces and parentheses", () => {
    const PATTERN = /((?:[^\s()]+\s+){1,10})\(([A-Z][A-Za-z&-]{1,9})\)/g;
    const parts = ["ab", "Cd", " ", "  ", "\n", "(", ")", "(ABC)", "(S&ED)", "(Ab-Cd)", "(X)"];
    const more = [
      "Strategic",
      "and",
      "Dialogue",
      "\u00a0",
      ",",
      "x(AB)",
      "(AB)(CD)",
      "a b c d e f",
    ];
    const vocabulary = [...parts, ...more];
    let seed = 1;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    let found = 0;
    for (let i = 0; i < 3000; i++) {
      let text = "";
      for (let j = next(60); j > 0; j--) text += vocabulary[next(vocabulary.length)];
      const expected = [...text.matchAll(PATTERN)].map((m) => [m[1], m[2]]);
      found += expected.length;
      expect([...definitionMatches(text)], JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(1000);
  });
});

describe("abbreviates", () => {
  it.each<[string, string, boolean]>([
    ["S&ED", "Strategic and Economic Dialogue", true],
    ["S&ED", "Fifth round of the U.S.-China Strategic and Economic Dialogue", true],
    ["SSD", "Strategic Security Dialogue", true],
    ["ADMM-Plus", "ASEAN Defense Ministers Meeting-Plus", true],
    ["SSD", "Strategic and Economic Dialogue", false],
    ["S&ED", "Shangri-La Dialogue", false],
    // Two letters spell whole names only: "ED" is no "Strategic and Economic Dialogue".
    ["ED", "Strategic and Economic Dialogue", false],
    ["Dialogue", "Strategic and Economic Dialogue", false],
  ])("%s ~ %s: %s", (acronym, name, want) => {
    expect(abbreviates(acronym, name)).toBe(want);
  });

  it("initials skip function words and split hyphenated words", () => {
    expect(
      initialsOf("Association of Southeast Asian Nations Defense Ministers Meeting-Plus"),
    ).toBe("ASANDMMP");
  });
});
