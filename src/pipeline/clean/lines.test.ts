import { describe, expect, it } from "vitest";
import {
  isTagLine,
  endsLikeSentence,
  hasPhotoCredit,
  isFooterStart,
  isMetaLine,
  isProse,
  moreWordsThan,
  wordCount,
} from "./lines.ts";

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

describe("isProse", () => {
  it.each<[string, boolean]>([
    // A heading with initials and titles, no sentence end: not prose.
    [
      "Speakers: Secretary of the Navy Ray E. Mabus and Chinese Vice Minister Gen. Wang Tao of the Navy",
      false,
    ],
    // A site menu whose last item ends on a full stop: not prose.
    [
      "Home | World | Politics | Business | Science | Arts and Culture | Sports | Opinion | About the U.S.",
      false,
    ],
    // Prose with a bar in it is still prose.
    [
      "Officials met in Beijing on Monday | a first since the freeze, and agreed to meet again.",
      true,
    ],
    // Two sentences, the second cut off: prose.
    [
      "The talks ended on time. Officials from both navies plan to meet again in the spring next year",
      true,
    ],
    // A short sentence with a full date: its day and year are words of it.
    ["The deputy minister gave a briefing to reporters on March 8, 2012.", true],
    // Negative: as short with numbers that are no date, or a date and no sentence's end.
    ["The deputy minister gave a briefing to reporters at 10:30 on 8.", false],
    ["The deputy minister gave a briefing to reporters on March 8, 2012", false],
  ])("%s: %s", (line, want) => {
    expect(isProse(line)).toBe(want);
  });
});

describe("isFooterStart", () => {
  it.each<[string, boolean]>([
    ["< Previous: Spokesperson's Regular Press Conference on May 3, 2012", true],
    ["Next story: Navy chief to visit Beijing >", true],
    // A press room's links to the releases before and after, with no colon.
    ["Prev [Release] Ministers open the trade forum (2011.05.03)", true],
    ["Next Navy chief to visit the academy (2012-10-04)", true],
    ["Next week, the ministers meet again (in Hanoi) on 2011.05.03.", false],
    ["Editor: Jane Roe", true],
    // A comment section's heading.
    ['3 Responses to "The admiral\'s tour"', true],
    ["12 Comments on this post", true],
    ["3 responses to the drill were planned, the navy said.", false],
    // A sentence that begins with the word is prose.
    ["Next week the two ministers will meet in Beijing.", false],
    ["Previous talks: none were held in 2010, the ministry said.", false],
    ["Previously, the ministers had met in Hanoi.", false],
    // A link list's heading words opening a sentence after a colon are prose …
    ["More from the envoy: she said the two navies would hold a drill next year.", false],
    // … but not a heading with a colon over its links, nor a short label after one.
    ["More from our correspondents:", true],
    ["Latest news: ministers meet in Hanoi", true],
  ])("%s → %s", (line, footer) => {
    expect(isFooterStart(line)).toBe(footer);
  });
});

describe("hasPhotoCredit", () => {
  it.each<[string, boolean]>([
    ["The envoys close the talks in Beijing on Monday. [Photo by Li Ming / Xinhua]", true],
    ["The envoys shake hands before the talks. (Photo by Jane Roe)", true],
    ["The envoys close the talks in Beijing on Monday.", false],
    // A wire's name in brackets after the caption's sentence credits the photo.
    ["The two envoys shake hands in the capital on Friday. (Associated Press)", true],
    ["A minister greets the delegation at the airport on Sunday. (Yonhap)", true],
    // Negative: a wire named inside the sentence, or the bracket in mid-line.
    ["The ministers met on Friday, the Associated Press reported (AP).", false],
    ["The envoys met on Friday. (Yonhap) They will meet again.", false],
    ["The photographer who took the picture was detained on Monday.", false],
  ])("%j → %s", (line, expected) => {
    expect(hasPhotoCredit(line)).toBe(expected);
  });
});

/** The pattern endsLikeSentence reads from the line's end: both must agree. */
const endsByRegex = (line: string) => /[.!?…:]["”’')\]]*$|["”]$/.test(line);

describe("endsLikeSentence", () => {
  it.each<[string, boolean]>([
    ["Talks resumed.", true],
    ["Did they meet?", true],
    ["He said: ", false],
    ["The list:", true],
    ["And then…", true],
    ['He said "no."', true],
    ["(See below.)]’", true],
    ['A quote ends "', true],
    ["A quote ends ”", true],
    // Closers alone, or after no stop, end no sentence.
    ["Related Stories", false],
    ["Home | World (Asia)", false],
    ["’)]", false],
    ["", false],
    ["U.S. Navy.x", false],
  ])("%j → %s", (line, ends) => {
    expect(endsLikeSentence(line)).toBe(ends);
    expect(endsByRegex(line)).toBe(ends);
  });
});

describe("moreWordsThan", () => {
  it.each<[string, number, boolean]>([
    ["Talks resumed in Beijing.", 3, true],
    ["Talks resumed in Beijing.", 4, false],
    ["one two three four five six", 5, true],
    ["a\u2003b\u00a0c\u3000d", 3, true],
    ["𝐀𝐁 x y", 2, true],
    // Runs without a letter are no words, however many.
    ["12 - 2013 ... 7 8 9 10", 0, false],
    ["", 0, false],
    ["word", 0, true],
  ])("%j, %i → %s", (line, n, more) => {
    expect(moreWordsThan(line, n)).toBe(more);
    expect(wordCount(line) > n).toBe(more);
  });
});

describe("isTagLine", () => {
  it.each([
    ["#navy   #drills   #pacific", true],
    ["#south-china-sea #port_calls", true],
    // Negative: one tag alone, or tags among words.
    ["#navy", false],
    ["Read more on #navy and #drills here", false],
  ])("%s", (line, tags) => {
    expect(isTagLine(line)).toBe(tags);
  });
});

describe("isMetaLine", () => {
  it.each([
    ["Date: May 3, 2012", true],
    ["Posted on: May 3, 2012 9:10 am", true],
    ["Last updated: 3 May 2012", true],
    // A notice's field whose label only begins with a stamp's word is the notice's text.
    ["DATES: The talks will be held on Friday, May 4, 2012, from 9 a.m.", false],
    ["Postedition notes follow.", false],
  ])("%s", (line, meta) => {
    expect(isMetaLine(line)).toBe(meta);
  });
});
