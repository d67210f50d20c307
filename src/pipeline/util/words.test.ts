import { describe, expect, it } from "vitest";
import { wordsOf } from "./words.ts";

describe("wordsOf", () => {
  it.each<[string, string, number, [string, number][]]>([
    [
      "words and their offsets",
      "met in Beijing",
      0,
      [
        ["met", 0],
        ["in", 4],
        ["Beijing", 7],
      ],
    ],
    [
      "punctuation stays on its word",
      "Hanoi, Vietnam.",
      0,
      [
        ["Hanoi,", 0],
        ["Vietnam.", 7],
      ],
    ],
    [
      "runs of spaces and line breaks",
      "  a \n\t b  ",
      0,
      [
        ["a", 2],
        ["b", 7],
      ],
    ],
    [
      "offsets shifted by the base",
      "two words",
      10,
      [
        ["two", 10],
        ["words", 14],
      ],
    ],
    ["no words in blank text", " \n ", 0, []],
    ["no words in empty text", "", 5, []],
  ])("%s", (_name, text, base, expected) => {
    expect(wordsOf(text, base).map((w) => [w.text, w.at])).toEqual(expected);
  });
});
