import { describe, expect, it } from "vitest";
import { titleProblems } from "./titles.ts";

describe("titleProblems", () => {
  it.each([
    ["Panetta hosts Liang Guanglie at the Pentagon", []],
    ["Planned: Gates visits Japan", []],
    ["China suspended military exchanges with the United States…", []],
    ["Report on China’s", ["ends on a possessive"]],
    ["'s meeting", ["starts with punctuation"]],
    ["officials met in Beijing", ["starts with a lower-case word"]],
    ["Obama hosts Xi Jinping and Obama Friday at Sunnylands", ['repeats "Obama"']],
    ["Obama hosts Xi Jinping at Sunnylands", []],
    ["Kerry and Wang hold talks on the", ['ends on "the"']],
    ["Hagel meets Chang and", ['ends on "and"']],
    ["", ["empty"]],
  ])("%s", (title, problems) => {
    expect(titleProblems(title, ["Barack Obama", "Xi Jinping"])).toEqual(problems);
  });
});
