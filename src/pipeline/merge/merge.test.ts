import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { EventDraft, MergedEvent, PipelineState } from "../types.ts";
import { runPipeline, STAGES } from "../run.ts";
import { mergeOrder, mergeStage } from "../stages/08-merge.ts";
import { story, tempCorpus } from "../testing/corpus.ts";
import { randomDrafts } from "../testing/drafts.ts";
import { Cluster, pairCompatible, pairLinked, sameEvent } from "./compatible.ts";
import { mergeDrafts } from "./merge.ts";

const ROOT = resolve(import.meta.dirname, "../../..");

/** The definition: every draft tries every cluster in creation order (the merge before blocking). */
function mergeByDefinition(drafts: readonly EventDraft[]): MergedEvent[] {
  const merged: MergedEvent[] = [];
  for (const d of drafts) {
    const home = merged.find((m) => sameEvent(m, d));
    if (home) home.drafts.push(d);
    else merged.push({ drafts: [d] });
  }
  return merged;
}

/** Clusters as lists of draft positions, comparable across runs. */
function membership(merged: MergedEvent[], drafts: readonly EventDraft[]): number[][] {
  const at = new Map(drafts.map((d, i) => [d, i]));
  return merged.map((m) => m.drafts.map((d) => at.get(d) ?? -1));
}

/** Runs the stages before merging over a folder of articles. */
async function draftsOf(inDir: string): Promise<PipelineState> {
  let state: PipelineState = { inDir, articles: [], merged: [], warnings: [], skipped: 0 };
  for (const stage of STAGES) {
    if (stage.name === "merge") break;
    state = await stage.run(state);
  }
  return state;
}

const shuffle = <T>(items: readonly T[], seed: number): T[] => {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 48271) % 2147483647;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

describe("Cluster", () => {
  it("accepts: every member's pairCompatible; links: some member's pairLinked; takes: both", () => {
    const drafts = randomDrafts(500, 3);
    const clusters = mergeByDefinition(drafts.slice(0, 300));
    const summaries = clusters.map((m) => {
      const [first, ...rest] = m.drafts as [EventDraft, ...EventDraft[]];
      const c = new Cluster(first);
      for (const d of rest) c.add(d);
      return c;
    });
    let accepted = 0;
    let linked = 0;
    // Drafts of the clusters' own articles too, where the article matters to both rules.
    for (const d of [...drafts.slice(300), ...drafts.slice(0, 100)])
      clusters.forEach((m, i) => {
        const compatible = m.drafts.every((c) => pairCompatible(c, d));
        const link = m.drafts.some((c) => c !== d && pairLinked(c, d));
        if (compatible) accepted++;
        if (link) linked++;
        expect(summaries[i]?.accepts(d)).toBe(compatible);
        if (!m.drafts.includes(d)) expect(summaries[i]?.links(d)).toBe(link);
        if (!m.drafts.includes(d)) expect(summaries[i]?.takes(d)).toBe(compatible && link);
      });
    expect(accepted).toBeGreaterThan(100);
    expect(linked).toBeGreaterThan(100);
    // 200,000 pair checks: seconds on a busy machine, so more room than vitest's default.
  }, 30_000);
});

describe("mergeDrafts", () => {
  it.each([1, 2, 3, 4, 5])(
    "makes the definition's decisions on random drafts (seed %i)",
    (seed) => {
      const drafts = randomDrafts(400, seed);
      const expected = membership(mergeByDefinition(drafts), drafts);
      expect(membership(mergeDrafts(drafts), drafts)).toEqual(expected);
      // Some clusters of several drafts, so the comparison says something.
      expect(expected.filter((m) => m.length > 1).length).toBeGreaterThan(20);
    },
  );

  it("makes the definition's decisions on the seeds and the outlet fixtures", async () => {
    for (const dir of [join(ROOT, "seeds"), join(ROOT, "src/pipeline/testing/fixtures")]) {
      const state = await draftsOf(dir);
      const drafts = mergeOrder(state.articles).flatMap((a) => a.events);
      expect(membership(mergeDrafts(drafts), drafts)).toEqual(
        membership(mergeByDefinition(drafts), drafts),
      );
    }
  });
});

describe("merging is independent of input order", () => {
  it("gives the same clusters whatever the order of the articles", async () => {
    const state = await draftsOf(join(ROOT, "src/pipeline/testing/fixtures"));
    const reference = mergeStage.run(state) as PipelineState;
    const drafts = mergeOrder(state.articles).flatMap((a) => a.events);
    for (const seed of [1, 2, 3]) {
      const shuffled = { ...state, articles: shuffle(state.articles, seed) };
      const again = mergeStage.run(shuffled) as PipelineState;
      expect(membership(again.merged, drafts)).toEqual(membership(reference.merged, drafts));
    }
  });

  it("writes the same events when the files are renamed", async () => {
    // Reports of one meeting on three days: June 7 joins June 8, and June 9 stands alone (two days
    // from June 7). Which two joined used to follow the file names.
    const report = (day: number) =>
      story(
        `Panetta and Liang, day ${day}`,
        `WASHINGTON, June ${day}, 2013`,
        "Defense Secretary Leon E. Panetta met Chinese Defense Minister Gen. Liang Guanglie today at the Pentagon.",
        "The two leaders discussed cyber security and maritime issues.",
      );
    const texts = [7, 8, 9].map(report);
    const runWith = async (names: string[]) =>
      (await runPipeline(tempCorpus(Object.fromEntries(names.map((n, i) => [n, texts[i] ?? ""])))))
        .output?.events.events;
    const a = await runWith(["a.txt", "b.txt", "c.txt"]);
    const b = await runWith(["c.txt", "b.txt", "a.txt"]);
    expect(b).toEqual(a);
    expect(a?.map((e) => e.sources.length)).toEqual([2, 1]);
  });
});
