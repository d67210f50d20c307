import { describe, expect, it } from "vitest";
import { ANAPHORIC, findAnaphors, findYears } from "./years.ts";

describe("findAnaphors", () => {
  it.each([
    ["Later that year the talks resumed.", ["that year"]],
    ["Three days later, the envoys met again.", ["Three days later"]],
    ["They met again the following February.", ["the following February"]],
    ["The ships sailed that same autumn.", ["that same autumn"]],
    ["In the evening, Xi hosted a banquet.", ["In the evening"]],
    ["Hours later he told cadets the drill was over.", ["Hours later"]],
    ["They had suspended talks the year before.", ["the year before"]],
    ["The night before, the governor hosted a dinner.", ["The night before"]],
    ["He visited later in the month.", ["later in the month"]],
    ["Days later, the envoys met again.", ["Days later"]],
    ["He left on Monday and met Xi THE NEXT DAY.", ["THE NEXT DAY"]],
  ])("finds what ANAPHORIC finds in %j", (sentence, found) => {
    const anaphors = findAnaphors(sentence);
    expect(anaphors.map((a) => a[0])).toEqual(found);
    expect(anaphors.map((a) => [a.index, ...a])).toEqual(
      [...sentence.matchAll(ANAPHORIC)].map((a) => [a.index, ...a]),
    );
  });

  it("finds nothing in a sentence with no unit, part of a day, season or month", () => {
    expect(findAnaphors("The two sides agreed to meet again soon, officials said.")).toEqual([]);
  });
});

describe("findYears: a year described as a stretch", () => {
  it.each([
    ["Relations recovered after a tense 2012.", []],
    ["The navies had a busy 2011, officials said.", []],
    // Negative: a year that dates something, or opens a part of it.
    ["The admiral made an early 2012 visit to the port.", ["2012"]],
    ["The talks were held in 2012.", ["2012"]],
    ["It was a 2012 decision.", ["2012"]],
    // A document's number, and the year its name carries in brackets, date nothing …
    ["The council adopted resolution 2094 (2013) and recalled resolution 1874 (2009).", []],
    ["The House took up H.R. 2011 and S. 2012 that spring.", []],
    // … while a year in brackets after anything else still does.
    ["The two navies held a drill (2012) and the talks of U.S. 2011 envoys.", ["2012", "2011"]],
  ])("%s", (sentence, years) => {
    expect(findYears(sentence).map((y) => String(y.year))).toEqual(years);
  });
});
