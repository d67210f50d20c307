import { describe, expect, it } from "vitest";
import { datedPeopleOf } from "../testing/corpus.ts";

/** Each event of a story published on Wednesday 12 December 2012, as "date: people". */
const eventsOf = (sentence: string) =>
  datedPeopleOf("Review", "WASHINGTON, Dec. 12, 2012", sentence);

describe("a clause that lists occasions, each with a date of its own", () => {
  it("is an occasion per date, the last one after 'and' too", async () => {
    expect(
      await eventsOf(
        "The year brought Vice President Xi Jinping's trip to Iowa in February, the tour of Gen. Chen Bingde through Texas in April, and Admiral Gary Roughead's visit to Qingdao in October.",
      ),
    ).toEqual(["2012-02: Xi Jinping", "2012-04: Chen Bingde", "2012-10: Gary Roughead"]);
  });

  it("not a day told inside the week of the clause ('on Friday of that week')", async () => {
    expect(
      await eventsOf(
        "Last week Defense Minister Liang Guanglie toured Fort Hood in Texas, and on Friday of that week he signed a memorandum with Secretary Panetta.",
      ),
    ).toHaveLength(2);
  });
});
