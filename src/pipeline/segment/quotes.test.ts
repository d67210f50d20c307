import { describe, expect, it } from "vitest";
import { afterLastClose, beforeFirstOpen, findQuotes, findSpeakerText } from "./quotes.ts";

function quotesOf(paragraphs: string[]) {
  const text = paragraphs.join("\n\n");
  let at = 0;
  const spans = paragraphs.map((p) => {
    const span = { text: p, start: at, end: at + p.length };
    at += p.length + 2;
    return span;
  });
  return findQuotes(text, spans).map((q) => [q.text, q.speakerText]);
}

describe("findQuotes", () => {
  it.each([
    'A reader writes "The navies held talks on Tuesday. Both sides agreed to meet again in May."',
    'The paper reports: "The navies held talks on Tuesday. Both sides agreed to meet again."',
  ])("a written passage of several sentences quoted whole is no quotation: %s", (p) => {
    expect(quotesOf([p])).toEqual([]);
  });

  it("a statement's text, quoted in paragraphs of its own under the paragraph that issues it, is no quotation", () => {
    expect(
      quotesOf([
        "Sen. Jane Roe, chair of the U.S. panel on trade, released the following statement on Monday:",
        '"The navies held talks on Tuesday. Both sides agreed to meet again in May.',
        '"I welcome the talks."',
      ]),
    ).toEqual([]);
  });

  it("a speaker's words after a paragraph that ends on 'said:' stay a quotation", () => {
    expect(
      quotesOf([
        "Sen. Jane Roe, chair of the panel, said:",
        '"The navies held talks on Tuesday. Both sides agreed to meet again in May."',
      ]).map(([q]) => q),
    ).toEqual(["The navies held talks on Tuesday. Both sides agreed to meet again in May."]);
  });

  it.each([
    ['A reader writes "The navies held talks on Tuesday."', "The navies held talks on Tuesday."],
    [
      'The admiral said "We held talks. We agreed to meet again."',
      "We held talks. We agreed to meet again.",
    ],
  ])("one sentence after such a verb, or a speaker's words, still are: %s", (p, quote) => {
    expect(quotesOf([p]).map(([q]) => q)).toEqual([quote]);
  });

  it.each([
    [["“We will work together,” Obama said."], [["We will work together,", "Obama"]]],
    [["Xi told reporters, “This is important.”"], [["This is important.", "Xi"]]],
    [
      ['"It is a good start," said the Chinese President.'],
      [["It is a good start,", "the Chinese President"]],
    ],
    [
      ["Xi replied: “In the first meeting we agreed.”"],
      [["In the first meeting we agreed.", "Xi"]],
    ],
    [
      ["“What we recognize,” Obama added, “is that the issue matters.”"],
      [
        ["What we recognize,", "Obama"],
        ["is that the issue matters.", "Obama"],
      ],
    ],
    [
      ["“First paragraph of a long quote,” Xi said. “It goes on.", "“And it ends here.”"],
      [
        ["First paragraph of a long quote,", "Xi"],
        ["It goes on.", "Xi"],
        ["And it ends here.", "Xi"],
      ],
    ],
    [["“Yes, we did talk about it,” he said."], [["Yes, we did talk about it,", "he"]]],
  ])("%j", (paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });

  it("reads speakers before and after the quotation", () => {
    expect(findSpeakerText("", ", the secretary said.")).toBe("the secretary");
    expect(findSpeakerText("Through an interpreter, Xi noted that ", "")).toBe("Xi");
    expect(findSpeakerText("", ", said Liang.")).toBe("Liang");
  });
});

describe("afterLastClose and beforeFirstOpen", () => {
  it.each([
    ["Obama said ”we agree,” and Xi said", " and Xi said", "Obama said ”we agree,” and Xi said"],
    ['He said "yes" and "no" then', " then", "He said "],
    ["“One” two ”three", "three", ""],
    ['a ” b " c', " c", "a ” b "],
    ["no marks at all", "no marks at all", "no marks at all"],
    ["", "", ""],
  ])("cut %j as the patterns they replace do", (text, after, before) => {
    expect(afterLastClose(text)).toBe(after);
    expect(afterLastClose(text)).toBe(text.replace(/.*[”"]/s, ""));
    expect(beforeFirstOpen(text)).toBe(before);
    expect(beforeFirstOpen(text)).toBe(text.replace(/[“"].*/s, ""));
  });

  it("keep a text with line breaks and no quote mark whole", () => {
    expect(afterLastClose("one\ntwo")).toBe("one\ntwo");
    expect(beforeFirstOpen("one\ntwo")).toBe("one\ntwo");
  });
});
