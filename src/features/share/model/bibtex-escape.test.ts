import { describe, expect, it } from "vitest";
import { bibtexKey, bibtexUrl, escapeBibtex } from "./bibtex-escape.ts";
import { shortHash, viewCitationKey } from "./citation-key.ts";

describe("escapeBibtex", () => {
  it.each([
    ["plain text", "plain text"],
    ["{braces}", "\\textbraceleft{}braces\\textbraceright{}"],
    ["100% & #1", "100\\% \\& \\#1"],
    ["snake_case $5", "snake\\_case \\$5"],
    ["back\\slash", "back\\textbackslash{}slash"],
    ["a~b^c", "a\\textasciitilde{}b\\textasciicircum{}c"],
    ["US\u2013China \u2014 talks", "US--China --- talks"],
    ["two\nlines", "two lines"],
    ['"quoted" @ (x)', '"quoted" @ (x)'],
  ])("%j → %j", (input, expected) => expect(escapeBibtex(input)).toBe(expected));

  it("never leaves a brace unbalanced", () => {
    const escaped = escapeBibtex("}{ a } { b {");
    let depth = 0;
    for (const c of escaped) {
      depth += c === "{" ? 1 : c === "}" ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});

describe("bibtexUrl", () => {
  it.each([
    ["https://x.org/?q=a%20b&topics=cyber#x", "https://x.org/?q=a%20b&topics=cyber#x"],
    ["https://x.org/a b{c}\\d", "https://x.org/a%20b%7Bc%7D%5Cd"],
  ])("%s → %s", (input, expected) => expect(bibtexUrl(input)).toBe(expected));
});

describe("citation keys", () => {
  it.each([
    ["art-14ad3a58a51c", "art-14ad3a58a51c"],
    ["nyt/2013 06 07", "nyt-2013-06-07"],
    ["{x}", "x"],
  ])("bibtexKey(%j) → %s", (input, expected) => expect(bibtexKey(input)).toBe(expected));

  it("hashes with 32-bit FNV-1a", () => {
    expect(shortHash("")).toBe("811c9dc5");
    expect(shortHash("a")).toBe("e40c292c");
    expect(shortHash("foobar")).toBe("bf9cf968");
  });

  it("names the version and the view", () => {
    expect(viewCitationKey("44e2b4e29a0c", "https://x.org/")).toBe(
      "dialogue-timeline-44e2b4e29a0c",
    );
    expect(viewCitationKey(undefined, "https://x.org/")).toBe("dialogue-timeline-unversioned");
    expect(viewCitationKey("v1", "https://x.org/?topics=cyber")).toBe(
      `dialogue-timeline-v1-${shortHash("?topics=cyber")}`,
    );
    // The same view on another host is the same view.
    expect(viewCitationKey("v1", "https://y.org/app/?topics=cyber")).toBe(
      viewCitationKey("v1", "https://x.org/?topics=cyber"),
    );
  });
});
