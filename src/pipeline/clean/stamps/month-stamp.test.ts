import { describe, expect, it } from "vitest";
import { runOn } from "../../testing/corpus.ts";
import { issueMonth, monthStamp } from "./month-stamp.ts";

describe("issueMonth: a periodical's issue line names its month", () => {
  it.each([
    ["Issue 41 | June 2012", "2012-06"],
    ["Harbour Review » Oct. 2011", "2011-10"],
    ["Last updated May 2013", "2013-05"],
    ["Vol. 12, No. 3 (September 2012), pp. 201-219", "2012-09"],
    // Negative: a bare month (a chronology's heading), a day's date, prose, a saving stamp.
    ["June 2012", undefined],
    ["4 June 2012", undefined],
    ["June 4, 2012", undefined],
    ["The navies met twice in June 2012 off the coast.", undefined],
    ["Saved by a reader at 10:22 on 14 June 2012", undefined],
  ])("%s → %s", (line, month) => {
    expect(issueMonth(line)).toBe(month);
  });

  it("is read above the body, else under its last paragraph", () => {
    const body = ["The two navies met on Jan. 27 off the coast, officials said."];
    expect(monthStamp(["Harbour Review", "Issue 41 | June 2012", "", ...body], 3)).toBe("2012-06");
    expect(monthStamp(["Harbour Review", "", ...body, "", "Vol. 12, No. 3 (May 2012)"], 2)).toBe(
      "2012-05",
    );
    expect(monthStamp(["Harbour Review", "", ...body], 2)).toBeUndefined();
  });

  it("is a bare month over the headline, not one right above the body", () => {
    const body = ["The two navies met on Jan. 27 off the coast, officials said."];
    expect(
      monthStamp(["Harbour Review", "", "March 2012", "", "Navies meet", "", ...body], 6),
    ).toBe("2012-03");
    // Negative: right above the body it may head the body's first entry.
    expect(monthStamp(["Navies meet", "", "March 2012", ...body], 3)).toBeUndefined();
  });
});

describe("a page dated by its issue's month", () => {
  it("reads a yearless day in that issue's year, and drops days counted from an unknown day", async () => {
    const state = await runOn({
      "issue.txt": [
        "Harbour Review",
        "Issue 41 | March 2013",
        "",
        "Navies drill again",
        "",
        "The two navies held a joint rescue exercise near the island on Jan. 27, officials said.",
        "",
        "The admirals held talks in the capital on Monday, the ministry said.",
      ].join("\n"),
    });
    const article = state.output?.articles.articles[0];
    expect(article?.published).toEqual({ value: "2013-03", precision: "month" });
    expect(state.output?.events.events.map((e) => e.date.value)).toEqual(["2013-01-27"]);
  });
});
