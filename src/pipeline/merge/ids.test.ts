import { describe, expect, it } from "vitest";
import type { MergedEvent, PipelineState } from "../types.ts";
import { assembleStage } from "../stages/09-assemble.ts";
import { runPipeline } from "../run.ts";
import { story, tempCorpus } from "../testing/corpus.ts";
import { draft, mention } from "../testing/drafts.ts";
import { eventIds, type IdParts } from "./ids.ts";

const reverse = <T>(items: readonly T[]) => [...items].reverse();

/** Ids of the events assembled from clusters, by the cluster's first evidence offset. */
function idsOf(merged: MergedEvent[]): Map<number, string> {
  const state: PipelineState = { inDir: "", articles: [], merged, warnings: [], skipped: 0 };
  const events = (assembleStage.run(state) as PipelineState).output?.events.events ?? [];
  return new Map(events.map((e) => [e.sources[0]?.evidence[0]?.start ?? -1, e.id]));
}

describe("event ids", () => {
  // One sentence in 300 copies of a story that the merge kept apart (nobody named, no place):
  // same day, type, people, occasion, place, status and words, so one signature for all.
  const text = "The two defense leaders met again on Wednesday.";
  const clusters: MergedEvent[] = Array.from({ length: 300 }, (_, i) => ({
    drafts: [draft({ articleId: `art-${String(i).padStart(3, "0")}`, start: i, text })],
  }));

  it("are distinct for distinct events of one signature", () => {
    const ids = idsOf(clusters);
    expect(new Set(ids.values()).size).toBe(300);
    for (const id of ids.values())
      expect(id).toMatch(/^evt-2013-06-07-[0-9a-f]{8}(-[0-9a-f]{6})?$/);
  });

  it("are the same on every run and whatever the order of the clusters", () => {
    const ids = idsOf(clusters);
    expect(idsOf(clusters)).toEqual(ids);
    expect(idsOf(reverse(clusters))).toEqual(ids);
  });

  it("keep the plain id for an event whose signature is its own", () => {
    const alone = { drafts: [draft({ actors: [mention("Leon E. Panetta", "USA")], start: 999 })] };
    const plain = idsOf([alone]).get(999);
    expect(idsOf([...clusters, alone]).get(999)).toBe(plain);
    expect(plain).toMatch(/^evt-2013-06-07-[0-9a-f]{8}$/);
  });

  it("give the plain id to the event with most sources, then by sources, not by order", () => {
    const parts = (articles: string[]): IdParts => ({
      date: { value: "2013-06-07", precision: "day", text: "today", basis: "explicit" },
      signature: "same",
      sources: articles.map((articleId) => ({
        articleId,
        evidence: [{ text: "x", start: 0, end: 1 }],
      })),
    });
    const events = [parts(["art-b"]), parts(["art-c", "art-d"]), parts(["art-a"])];
    const ids = eventIds(events, (i) => String(i));
    expect(ids[1]).toMatch(/^evt-2013-06-07-[0-9a-f]{8}$/);
    expect(ids[0]).toMatch(new RegExp(`^${ids[1]}-[0-9a-f]{6}$`));
    expect(reverse(eventIds(reverse(events), (i) => String(2 - i)))).toEqual(ids);
  });

  it("tell apart even events identical in every field", () => {
    const e: IdParts = {
      date: { value: "2012", precision: "year", text: "2012", basis: "explicit" },
      signature: "same",
      sources: [{ articleId: "art-a", evidence: [{ text: "x", start: 0, end: 1 }] }],
    };
    const ids = eventIds([e, e, e], () => "same content");
    expect(new Set(ids).size).toBe(3);
    expect(eventIds([e, e, e], () => "same content")).toEqual(ids);
  });
});

describe("syndicated copies", () => {
  // One wire story under several headlines: each copy's undated-actor follow-up stays apart.
  const body = [
    "WASHINGTON, June 5, 2012",
    "Defense Secretary Leon E. Panetta met Chinese Defense Minister Gen. Liang Guanglie today in Washington, officials said.",
    "The two defense leaders met again on Wednesday, discussing cyber security and maritime issues.",
  ] as const;
  const copies = Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [
      `copy-${i}.txt`,
      story(`Headline number ${i} on the defense talks`, ...body),
    ]),
  );

  it("are written, with unique ids that do not depend on the file names", async () => {
    const a = (await runPipeline(tempCorpus(copies))).output?.events.events ?? [];
    const renamed = Object.fromEntries(
      Object.values(copies).map((text, i) => [`z-${100 - i}.txt`, text]),
    );
    const b = (await runPipeline(tempCorpus(renamed))).output?.events.events ?? [];
    expect(a.length).toBeGreaterThan(1);
    expect(new Set(a.map((e) => e.id)).size).toBe(a.length);
    expect(b).toEqual(a);
  });
});
