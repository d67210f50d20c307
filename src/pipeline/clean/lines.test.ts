import { describe, expect, it } from "vitest";
import { wordCount } from "./lines.ts";

/** What the one-pass count must agree with: runs of non-space holding a letter. */
const byRegex = (line: string) => line.match(/[^\s]*\p{L}[^\s]*/gu)?.length ?? 0;

describe("wordCount", () => {
  it.each<[string, number]>([
    ["Talks resumed in Beijing.", 4],
    // Runs without a letter are no words.
    ["12 - 2013 ... 7", 0],
    ["Page 2 of 10", 2],
    // Any white space separates, ASCII or not; any letter counts, accented or astral.
    ["a\u2003b\u00a0c\u3000d", 4],
    ["\ufeffcafé déjà-vu", 2],
    ["𝐀𝐁 x", 2],
    ["", 0],
    ["   ", 0],
  ])("%j → %i", (line, n) => {
    expect(wordCount(line)).toBe(n);
    expect(byRegex(line)).toBe(n);
  });
});
