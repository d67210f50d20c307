import { describe, expect, it } from "vitest";
import {
  literal,
  literalAnyFirstCase,
  regexLiteral,
  termPattern,
  wordsPattern,
} from "./patterns.ts";

const finds = (source: string, text: string, flags = "") => new RegExp(source, flags).test(text);

describe("lexicon patterns", () => {
  it.each<[string, string, boolean]>([
    // Words match whole: "U.S." ends on its full stop, so "U.S.-China" still names it.
    [wordsPattern(["U.S."]), "the U.S.-China talks", true],
    [wordsPattern(["China"]), "Chinese officials", false],
    [wordsPattern(["People's Daily"]), "the People’s Daily said", true],
    [literal("S&ED (2013)"), "the S&ED (2013)", true],
    [literalAnyFirstCase("tour"), "Tours", true],
    // A phrase holds across a hard-wrapped line, not across words run together.
    [literal("was received at"), "was received\nat the base", true],
    [literal("was received at"), "was receivedat the base", false],
    [termPattern("cyber*"), "cybersecurity", true],
    [termPattern("cyber"), "cybersecurity", false],
    [termPattern("hack(ing|ers?|ed)?"), "the hackers", true],
    [termPattern("humanitarian(?! law)"), "international humanitarian law", false],
  ])("%s in %j → %s", (source, text, found) => {
    expect(finds(source, text)).toBe(found);
  });

  it("reads /pattern/flags literals", () => {
    expect(regexLiteral("/^related\\s*:?$/i").test("RELATED:")).toBe(true);
    expect(() => regexLiteral("related")).toThrow(/not a \/pattern\/flags literal/);
  });
});
