import { utcFormat as d3UtcFormat } from "d3-time-format";
import { describe, expect, it } from "vitest";
import { utcFormat } from "./utc-format.ts";

const SPECIFIERS = [
  "%-d %B %Y",
  "%-d",
  "%-d %B",
  "%B %Y",
  "%Y",
  "%-d %b %Y",
  "%-d %b",
  "%b %Y",
  "%b",
];

describe("utcFormat", () => {
  it("writes every day of a leap year and a common one as d3's utcFormat does", () => {
    for (const year of [2012, 2013]) {
      for (let day = 0; day < 366; day++) {
        const date = new Date(Date.UTC(year, 0, 1 + day));
        for (const specifier of SPECIFIERS)
          expect(utcFormat(specifier)(date)).toBe(d3UtcFormat(specifier)(date));
      }
    }
  });

  it("keeps literal text and %%, and pads years below 1000 to four digits", () => {
    const date = new Date(Date.UTC(2013, 5, 7));
    expect(utcFormat("on %-d %b, 100%%")(date)).toBe("on 7 Jun, 100%");
    const early = new Date(0);
    early.setUTCFullYear(987, 0, 1);
    expect(utcFormat("%Y")(early)).toBe("0987");
  });

  it("refuses a directive it does not know, naming it", () => {
    expect(() => utcFormat("%Y-%m-%d")).toThrow('"%m"');
  });
});
