import { describe, expect, it } from "vitest";
import { fromIso } from "../util/dates.ts";
import { resolveTimes } from "./resolve.ts";

/** Each date of a sentence published on Thursday 27 September 2012, as "text → value (future)". */
function datesOf(sentence: string): string[] {
  const ref = fromIso("2012-09-27");
  return resolveTimes(sentence, 0, [], { published: ref, scene: ref }).map(
    (t) => `${t.text} → ${t.value}${t.future ? " (future)" : ""}`,
  );
}

describe("a month named with a relative year is that year's month", () => {
  it.each([
    ["Beijing froze the exchanges in January last year.", ["January last year → 2011-01"]],
    ["The minister came in May of last year.", ["May of last year → 2011-05"]],
    ["The two sides met in March this year.", ["March this year → 2012-03"]],
    ["The talks will resume in March next year.", ["March next year → 2013-03 (future)"]],
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
  ])("not %s", (sentence, expected) => {
    expect(datesOf(sentence)).toEqual(expected);
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
  ])("%s", (sentence, expected) => {
    expect(datesOf(sentence)).toEqual(expected);
  });
});
