import { describe, expect, it } from "vitest";
import { abbreviates, acronymDefinitions, initialsOf } from "./acronyms.ts";

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
