import { describe, expect, it } from "vitest";
import { datedPeopleOf } from "../testing/corpus.ts";

/** The events of a story of Tuesday 20 August 2013 as "date: people". */
const eventsOf = (...sentences: string[]) =>
  datedPeopleOf("Defense chiefs meet", "WASHINGTON, Aug. 20, 2013", ...sentences);

describe("an event that names no one gains the people acting in the next sentence", () => {
  it.each<[string, string, string[]]>([
    [
      "The defense chiefs of the two countries pledged on Monday to keep their armies talking.",
      "Hagel hosted Gen. Chang Wanquan for several hours of talks at the Pentagon.",
      ["2013-08-19: Chuck Hagel, Chang Wanquan"],
    ],
    // An event with a person of its own keeps its people.
    [
      "Defense Secretary Chuck Hagel pledged on Monday to keep the two armies talking.",
      "Officials said Gen. Chang Wanquan toured a destroyer at Norfolk.",
      ["2013-08-19: Chuck Hagel"],
    ],
  ])("%s / %s", async (first, second, expected) => {
    expect(await eventsOf(first, second)).toEqual(expected);
  });
});
