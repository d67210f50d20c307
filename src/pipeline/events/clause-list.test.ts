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

describe("one subject's meetings of one kind on several days, someone new on each", () => {
  it.each<[string, string[]]>([
    // The last day's meeting told after its date ("and on Friday joined … for talks") has its
    // people after the date …
    [
      "The envoy met Prime Minister Shinzo Abe in Tokyo on Monday, spent three hours with Premier Li Keqiang in Hanoi on Tuesday, and on Friday sat with President Susilo Bambang Yudhoyono in Jakarta.",
      ["2012-12-10: Shinzo Abe", "2012-12-11: Li Keqiang", "2012-12-07: Susilo Bambang Yudhoyono"],
    ],
    // … and meetings with the same person on two days stay one.
    [
      "The envoy met Premier Li Keqiang in Beijing on Monday, and on Tuesday sat down again with the same premier.",
      ["2012-12-10: Li Keqiang"],
    ],
  ])("%s", async (sentence, rows) => {
    expect(await eventsOf(sentence)).toEqual([...rows].sort());
  });
});
