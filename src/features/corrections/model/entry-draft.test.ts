import { describe, expect, it } from "vitest";
import type { Article, TimelineEvent } from "../../../dataset/index.ts";
import { correctionEntry, draftOf } from "./entry-draft.ts";

const article = { id: "art-1", file: "story.txt" } as Article;
const articleById = new Map([[article.id, article]]);
const sentence = "Officials of both sides met on Monday.";

const event = (over: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id: "evt-2012-05-07-aaaaaaaa",
  title: "Talks",
  summary: "",
  date: { value: "2012-05-07", precision: "day", text: "Monday", basis: "relative-to-publication" },
  status: "occurred",
  type: { cameo: "040", label: "Consult" },
  actors: [{ name: "Leon E. Panetta", country: "USA" }],
  topics: ["cyber"],
  quotes: [],
  sources: [{ articleId: "art-1", evidence: [{ text: sentence, start: 0, end: sentence.length }] }],
  confidence: 0.9,
  ...over,
});

const anchor = { article: "story.txt", sentence, id: "evt-2012-05-07-aaaaaaaa" };

describe("correctionEntry", () => {
  it("writes a set of the changed fields only, anchored, with the values it corrects", () => {
    const e = event();
    const draft = {
      ...draftOf(e),
      date: { value: "2012-05-08", precision: "day" as const, end: "2012-05-09" },
      actors: "Leon E. Panetta\nLiang Guanglie",
      reason: "The article says Tuesday.",
      author: " A. R. ",
    };
    const result = correctionEntry(e, draft, articleById);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.entry).toEqual({
      action: "set",
      event: anchor,
      expect: {
        date: { value: "2012-05-07", precision: "day" },
        actors: [{ name: "Leon E. Panetta", country: "USA" }],
      },
      set: {
        date: { value: "2012-05-08", precision: "day", end: "2012-05-09" },
        actors: [{ name: "Leon E. Panetta", country: "USA" }, { name: "Liang Guanglie" }],
      },
      reason: "The article says Tuesday.",
      author: "A. R.",
    });
    expect(JSON.parse(result.text)).toEqual(result.entry);
  });

  it("expects the extracted value of a field already corrected, and anchors on extracted sources", () => {
    const extractedSources = [
      { articleId: "art-1", evidence: [{ text: sentence, start: 0, end: sentence.length }] },
    ];
    const e = event({
      title: "Corrected title",
      sources: [{ articleId: "art-2", evidence: [{ text: "Other.", start: 0, end: 6 }] }],
      corrections: [
        { field: "title", extracted: "Talks", reason: "r", entry: "corrections/a.json:3" },
        {
          field: "sources",
          extracted: extractedSources,
          reason: "r",
          entry: "corrections/a.json:9",
        },
      ],
    });
    const result = correctionEntry(
      e,
      { ...draftOf(e), action: "remove", reason: "Spurious." },
      articleById,
    );
    expect(result.ok && result.entry).toEqual({
      action: "remove",
      event: anchor,
      expect: { title: "Talks" },
      reason: "Spurious.",
    });
  });

  it("writes a merge with the picked event's anchor", () => {
    const other = event({
      id: "evt-2012-05-07-bbbbbbbb",
      sources: [{ articleId: "art-1", evidence: [{ text: "They met.", start: 40, end: 49 }] }],
    });
    const e = event();
    const draft = {
      ...draftOf(e),
      action: "merge" as const,
      mergeWith: other,
      reason: "One meeting.",
    };
    const result = correctionEntry(e, draft, articleById);
    expect(result.ok && result.entry).toEqual({
      action: "merge",
      event: anchor,
      with: { article: "story.txt", sentence: "They met.", id: other.id },
      reason: "One meeting.",
    });
  });

  it.each([
    ["nothing changed", {}, "Change a value first."],
    ["no reason", { title: "New" }, "Say why: a correction needs a reason."],
    [
      "a date that does not fit its precision",
      {
        title: "New",
        reason: "r",
        date: { value: "2012-5", precision: "month" as const, end: "" },
      },
      "set.date.value: value must be an ISO prefix matching its precision (2012, 2012-05, 2012-05-07)",
    ],
    [
      "a merge with nothing picked",
      { action: "merge" as const, reason: "r" },
      "Pick the event to merge with this one.",
    ],
  ])("says what is missing: %s", (_what, patch, problem) => {
    const e = event();
    expect(correctionEntry(e, { ...draftOf(e), ...patch }, articleById)).toEqual({
      ok: false,
      problem,
    });
  });

  it("refuses an event added by hand", () => {
    const e = event({
      corrections: [{ field: "added", reason: "r", entry: "corrections/a.json:3" }],
    });
    const result = correctionEntry(e, { ...draftOf(e), title: "New", reason: "r" }, articleById);
    expect(result.ok).toBe(false);
  });
});
