import { describe, expect, it } from "vitest";
import type { DatasetSummary } from "./dataset-summary.ts";
import { tagline, yearsOf } from "./tagline.ts";

const summary = {
  events: 9,
  articles: 3,
  outlets: 2,
  firstYear: "2010",
  lastYear: "2013",
} as DatasetSummary;

describe("tagline", () => {
  it("says what the bundled data is, in figures", () =>
    expect(tagline(summary, "US–China cyber and military-to-military dialogue")).toBe(
      "US–China cyber and military-to-military dialogue, 2010–2013: 9 events from 3 news articles (2 outlets), each event traced to the sentences that report it.",
    ));
  it("claims no subject for another dataset", () =>
    expect(tagline({ ...summary, events: 1, articles: 1, outlets: 1 }, undefined)).toBe(
      "A dataset of 2010–2013: 1 event from 1 news article (1 outlet), each event traced to the sentences that report it.",
    ));
  it("writes large counts with separators", () =>
    expect(tagline({ ...summary, events: 10_000 }, undefined)).toContain("10,000 events"));
  it("gives one year once", () =>
    expect(yearsOf({ firstYear: "2013", lastYear: "2013" })).toBe("2013"));
});
