import { describe, expect, it } from "vitest";
import type { ArticlesDocument, EventsDocument } from "../../../dataset/index.ts";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { integrityWarning, mismatchedPair } from "./dataset-checks.ts";

const events = (version?: string, list = [makeEvent()]): EventsDocument => ({
  schemaVersion: 1,
  ...(version ? { version } : {}),
  window: { start: "2010-01-01", end: "2013-12-31" },
  topics: [],
  events: list,
});
const articles = (version?: string): ArticlesDocument => ({
  schemaVersion: 1,
  ...(version ? { version } : {}),
  articles: [
    {
      id: "art-1",
      file: "a.txt",
      title: "A",
      outlet: "",
      byline: "",
      published: { value: "2012-05-07", precision: "day" },
      sha256: "0".repeat(64),
      text: "A sentence. And another.",
    },
  ],
});
const names = { eventsName: "events.json", articlesName: "articles.json" };

describe("mismatchedPair", () => {
  it("refuses documents of two runs, naming both files and versions", () =>
    expect(mismatchedPair(events("aaa111"), articles("bbb222"), names)?.message).toMatch(
      /^events\.json \(version aaa111\) and articles\.json \(version bbb222\) come from different runs/,
    ));

  it.each([
    ["the same version", "aaa111", "aaa111"],
    ["no stamps (a hand-made dataset)", undefined, undefined],
    ["a stamp on one side only", "aaa111", undefined],
  ])("accepts %s", (_what, e, a) =>
    expect(mismatchedPair(events(e), articles(a), names)).toBeUndefined(),
  );
});

describe("integrityWarning", () => {
  it("is silent for a sound dataset", () =>
    expect(integrityWarning(events(), articles(), "bundled")).toBeUndefined());

  it("names duplicate ids and offsets that miss their text", () => {
    const a = makeEvent({ id: "evt-same" });
    const b = makeEvent({
      id: "evt-same",
      sources: [{ articleId: "art-1", evidence: [{ text: "A sentence.", start: 1, end: 12 }] }],
    });
    const warning = integrityWarning(events(undefined, [a, b]), articles(), "bundled");
    expect(warning).toMatch(/^Dialogue Timeline: the dataset bundled has 2 problem\(s\)/);
    expect(warning).toContain("events.1 (evt-same): duplicate id");
    expect(warning).toContain("offsets 1-12 do not match its text");
  });
});
