import { describe, expect, it } from "vitest";
import { fromIso } from "../util/dates.ts";
import type { TimeMention } from "../types.ts";
import { resolveTimes } from "./resolve.ts";
import { entryFrame, opensEntry, putInFrame } from "./month-of-year.ts";

/** Each date of a sentence published on Thursday 27 September 2012, as "text → value (future)". */
function datesOf(sentence: string, previous?: TimeMention): string[] {
  const ref = fromIso("2012-09-27");
  return resolveTimes(sentence, 0, [], { published: ref, scene: ref, previous }).map(
    (t) => `${t.text} → ${t.value}${t.future ? " (future)" : ""}`,
  );
}

describe("a month named with a relative year is that year's month", () => {
  it.each([
    ["Beijing froze the exchanges in January last year.", ["January last year → 2011-01"]],
    ["The minister came in May of last year.", ["May of last year → 2011-05"]],
    ["The two sides met in March this year.", ["March this year → 2012-03"]],
    ["The talks will resume in March next year.", ["March next year → 2013-03 (future)"]],
    // A day, or a span of days, of a named month, too.
    ["They met on March 12 last year.", ["March 12 last year → 2011-03-12"]],
    [
      "He was in Beijing from January 9 to 12 this year.",
      ["January 9 to 12 this year → 2012-01-09"],
    ],
    // A relative year that owns the sentence's opening noun frames the months after it.
    ["Last year's round, held in May, went well.", ["Last year → 2011", "May → 2011-05"]],
    [
      "Next year's dialogue, due in July, will take up space.",
      ["Next year → 2013 (future)", "July → 2013-07 (future)"],
    ],
  ])("%s", (sentence, expected) => {
    expect(datesOf(sentence)).toEqual(expected);
  });

  it.each([
    // A month with a day of its own, and a year told apart from it, stay two dates.
    [
      "They met on May 4, and last year they met twice.",
      ["May 4 → 2012-05-04", "last year → 2011"],
    ],
    ["In May the talks resumed after last year's freeze.", ["May → 2012-05", "last year → 2011"]],
    // A relative year that does not own the sentence's opening noun frames nothing.
    ["Last year the talks stalled; in May they resumed.", ["Last year → 2011", "May → 2012-05"]],
  ])("not %s", (sentence, expected) => {
    expect(datesOf(sentence)).toEqual(expected);
  });
});

describe("a month named with the year told before is that year's month", () => {
  // The sentence before named July 2010.
  const previous = resolveTimes("in July 2010", 0, [], {
    published: fromIso("2012-09-27"),
    scene: fromIso("2012-09-27"),
  })[0];

  it.each([
    ["The general had come in May of that year.", ["May of that year → 2010-05"]],
    ["A second round followed in October the same year.", ["October the same year → 2010-10"]],
    ["They met on May 4 that year.", ["May 4 that year → 2010-05-04"]],
  ])("%s", (sentence, expected) => {
    expect(datesOf(sentence, previous)).toEqual(expected);
  });

  it.each([
    // A month told apart from the year stays the reference's month, and is the date the year
    // repeats.
    ["In May, that year's talks were recalled.", ["May → 2012-05", "that year → 2012"]],
    // A weekday is counted from the reference, not placed in a year.
    ["They met on Monday that year.", ["on Monday → 2012-09-24", "that year → 2012"]],
  ])("not %s", (sentence, expected) => {
    expect(datesOf(sentence, previous)).toEqual(expected);
  });
});

describe("months after a year that opens the sentence are that year's", () => {
  it.each([
    [
      "In 2010, the envoy came in March and the admiral in November.",
      ["2010 → 2010", "March → 2010-03", "November → 2010-11"],
    ],
    // A weekday is still counted from the publication day, and a year inside the sentence opens
    // nothing.
    [
      "In 2010, the envoy came in March, and on Monday he came again.",
      ["2010 → 2010", "March → 2010-03", "on Monday → 2012-09-24"],
    ],
    ["The envoy came in 2010 and again in March.", ["2010 → 2010", "March → 2012-03"]],
    // An opening month and its year frame the months after it in that year, comma or none.
    [
      "In May 2010 the envoy came, and the admiral followed in July.",
      ["May 2010 → 2010-05", "July → 2010-07"],
    ],
    [
      "In March 2010, the envoy came, and the admiral followed on July 4.",
      ["March 2010 → 2010-03", "July 4 → 2010-07-04"],
    ],
    // A month before the opening one is not read as coming after it in that year.
    [
      "In May 2010 the envoy came, and the admiral followed in March.",
      ["May 2010 → 2010-05", "March → 2012-03"],
    ],
    // A month and year inside the sentence open nothing.
    [
      "The envoy came in May 2010 and the admiral in July.",
      ["May 2010 → 2010-05", "July → 2012-07"],
    ],
  ])("%s", (sentence, expected) => {
    expect(datesOf(sentence)).toEqual(expected);
  });
});

describe("putInFrame", () => {
  const month = (value: string, future: boolean): TimeMention => ({
    start: 6,
    end: 12,
    text: "August",
    value,
    precision: "month",
    basis: "relative-to-publication",
    inQuote: false,
    future,
  });
  const frame = { year: "2013", fromMonth: "01", future: false };
  it.each([
    // Read in the frame's year already, a month keeps its own plan ("2013: August (planned)").
    [month("2013-08", true), "2013-08", true],
    // Negative: moved into the frame's year, it takes the frame's tense.
    [month("2014-08", true), "2013-08", false],
    [month("2013-08", false), "2013-08", false],
  ])("%j", (t, value, future) => {
    const [framed] = putInFrame([t], frame);
    expect([framed?.value, framed?.future]).toEqual([value, future]);
  });
});

describe("an entry's dated heading frames the year of the dates after it", () => {
  const yearOf = (sentence: string) => {
    const ref = fromIso("2012-09-27");
    const times = resolveTimes(sentence, 0, [], { published: ref, scene: ref });
    return entryFrame(sentence, 0, times)?.year;
  };

  it.each([
    ["June 2010: the envoy flies to Hanoi; talks open on June 29.", "2010"],
    ["- June 2010: the envoy flies to Hanoi.", "2010"],
    // A thread's post number, and a part of the month, before the heading's date.
    ["4/ June 2010: the envoy flies to Hanoi.", "2010"],
    ["4/ Late June 2010: the envoy flies to Hanoi.", "2010"],
    ["Mid-June 2010: the envoy flies to Hanoi.", "2010"],
    // Negative: words of a sentence before the date, or no colon after it.
    ["Talks in June 2010: the envoy flew to Hanoi.", undefined],
    ["4/ The envoy flew to Hanoi in June 2010: talks opened.", undefined],
    ["4/ June 2010 the envoy flew to Hanoi.", undefined],
  ])("%s → %s", (sentence, year) => {
    expect(yearOf(sentence)).toBe(year);
  });
});

describe("a sentence that opens a chronology's entry, with the entry's year or without", () => {
  const opens = (sentence: string) => {
    const ref = fromIso("2012-09-27");
    return opensEntry(sentence, 0, resolveTimes(sentence, 0, [], { published: ref, scene: ref }));
  };

  it.each([
    ["Sept. 4 — The envoy lands in the capital.", true],
    ["- May 4: the envoy flies to Hanoi.", true],
    ["June 2010: the envoy flies to Hanoi.", true],
    ["- 3-4 May: talks in the capital", true],
    // Negative: words of a sentence before the date, or none of an entry's marks after it.
    ["On Sept. 4 the envoy landed in the capital.", false],
    ["Sept. 4 saw the envoy land in the capital.", false],
  ])("%s → %s", (sentence, expected) => {
    expect(opens(sentence)).toBe(expected);
  });
});
