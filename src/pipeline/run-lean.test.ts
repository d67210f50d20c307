import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { progressLines } from "./cli.ts";
import { runPipeline, type Progress } from "./run.ts";
import { tempCorpus } from "./testing/corpus.ts";

const ROOT = resolve(import.meta.dirname, "../..");

describe("lean runs", () => {
  it("publish what full runs publish, with the same warnings and counts", async () => {
    const fixtures = join(ROOT, "src/pipeline/testing/fixtures");
    const full = await runPipeline(fixtures);
    const progress: Progress[] = [];
    const lean = await runPipeline(fixtures, {
      lean: true,
      batch: 3,
      onProgress: (p) => progress.push(p),
    });
    expect(lean.output).toEqual(full.output);
    expect(lean.skipped).toBe(full.skipped);
    expect(lean.warnings).toEqual(full.warnings);
    // Lean articles keep what the documents need, not the stages' scratch work.
    expect(lean.articles.every((a) => a.raw === "" && a.sentences.length === 0)).toBe(true);
    // One report per batch of the per-article stages, then one per corpus stage.
    const total = full.articles.length;
    expect(progress.map((p) => p.stage)).toEqual([
      "read",
      ...Array.from(
        { length: Math.ceil(total / 3) },
        () => "clean+segment+time+actors+events+topics",
      ),
      "merge",
      "assemble",
      "corrections",
    ]);
    expect(progress.at(-1)).toMatchObject({ done: total, total });
  });

  it("keep warnings in stage order across batches", async () => {
    const dir = tempCorpus({
      "a.txt": "Title\n\nNo date anywhere in this long line of running prose text here.",
      "b.txt": "",
      "c.txt": "Home\nNews",
    });
    const full = await runPipeline(dir);
    const lean = await runPipeline(dir, { lean: true, batch: 1 });
    expect(lean.warnings).toEqual(full.warnings);
    expect(lean.warnings).toHaveLength(3);
  });
});

describe("runs in worker threads", () => {
  it("publish what a run in this thread publishes, with the same warnings and counts", async () => {
    const fixtures = join(ROOT, "src/pipeline/testing/fixtures");
    const here = await runPipeline(fixtures, { lean: true });
    const progress: Progress[] = [];
    const threaded = await runPipeline(fixtures, {
      lean: true,
      workers: 2,
      parallelFrom: 1,
      onProgress: (p) => progress.push(p),
    });
    expect(threaded.output).toEqual(here.output);
    expect(threaded.skipped).toBe(here.skipped);
    expect(threaded.warnings).toEqual(here.warnings);
    // One report per article, from the threaded path.
    const perArticle = progress.filter((p) => p.stage.includes("+"));
    expect(perArticle).toHaveLength(here.articles.length);
    expect(perArticle.every((p) => p.threads === 2)).toBe(true);
  });

  it("keep warnings in stage order", async () => {
    const dir = tempCorpus({
      "a.txt": "Title\n\nNo date anywhere in this long line of running prose text here.",
      "b.txt": "",
      "c.txt": "Home\nNews",
    });
    const here = await runPipeline(dir, { lean: true });
    const threaded = await runPipeline(dir, { lean: true, workers: 2, parallelFrom: 1 });
    expect(threaded.warnings).toEqual(here.warnings);
    expect(threaded.warnings).toHaveLength(3);
  });

  it("stay in this thread below the fewest articles worth threads", async () => {
    const fixtures = join(ROOT, "src/pipeline/testing/fixtures");
    const progress: Progress[] = [];
    await runPipeline(fixtures, { lean: true, workers: 2, onProgress: (p) => progress.push(p) });
    const perArticle = progress.filter((p) => p.stage.includes("+"));
    expect(perArticle.length).toBeGreaterThan(0);
    expect(perArticle.every((p) => p.threads === 1)).toBe(true);
  });
});

describe("progress lines", () => {
  const at = (ms: number[], threads = 1) => {
    const lines: string[] = [];
    let now = 0;
    const report = progressLines(
      (l) => lines.push(l),
      () => now,
    );
    const batch = { stage: "clean+segment+topics", total: ms.length, threads };
    ms.forEach((t, i) => {
      now = t;
      report({ ...batch, done: i + 1, ms: {} });
    });
    return lines;
  };

  it("say how many threads do the work when there are several", () => {
    expect(at([2500], 2)).toEqual(["data: 1/1 articles through clean…topics in 2 threads (2.5 s)"]);
    expect(at([2500], 1)).toEqual(["data: 1/1 articles through clean…topics (2.5 s)"]);
  });

  it("stay quiet in a short run", () => {
    expect(at([10, 300, 900, 1500])).toEqual([]);
  });

  it("come at most every two seconds in a long one", () => {
    expect(at([500, 2100, 2500, 3900, 4200, 9000])).toEqual([
      "data: 2/6 articles through clean…topics (2.1 s)",
      "data: 5/6 articles through clean…topics (4.2 s)",
      "data: 6/6 articles through clean…topics (9.0 s)",
    ]);
  });
});
