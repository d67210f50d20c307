import { describe, expect, it } from "vitest";
import type { ArticleWork, PipelineState, Stage } from "../types.ts";
import { guardedStages, slowArticleWarning } from "./article-stages.ts";
import { capDrafts, MAX_DRAFTS_PER_ARTICLE } from "./draft-cap.ts";
import { keepValidOutput } from "./valid-output.ts";
import { runOn, story } from "../testing/corpus.ts";

const work = (file: string) => ({ file }) as ArticleWork;
const state = (...files: string[]): PipelineState => ({
  inDir: "/in",
  articles: files.map(work),
  merged: [],
  warnings: [],
  skipped: 0,
});

/** A per-article stage that throws on the article named `bad`, as a library might. */
const throwsOn = (bad: string, error: unknown): Stage => ({
  name: "events",
  perArticle: true,
  run: (s) => {
    if (s.articles.some((a) => a.file === bad)) throw error;
    return {
      ...s,
      warnings: [...s.warnings, ...s.articles.map((a) => ({ file: a.file, message: "seen" }))],
    };
  },
});

describe("guardedStages", () => {
  it.each([
    ["an Error", new TypeError("Cannot read properties of undefined")],
    ["a stack overflow", new RangeError("Maximum call stack size exceeded")],
    ["a thrown string", "boom"],
  ])("leaves out only the article whose stage throws %s, naming it", async (_what, error) => {
    const result = await guardedStages(state("a.txt", "bad.txt", "c.txt"), [
      throwsOn("bad.txt", error),
    ]);
    expect(result.state.articles.map((a) => a.file)).toEqual(["a.txt", "c.txt"]);
    const [stageWarnings] = result.warnings;
    expect(stageWarnings?.map((w) => w.file)).toEqual(["a.txt", "bad.txt", "c.txt"]);
    expect(stageWarnings?.[1]?.message).toMatch(/^events stage failed \(.+\); article left out$/);
  });

  it("quotes a long error message in a few hundred characters", async () => {
    const result = await guardedStages(state("bad.txt"), [
      throwsOn("bad.txt", new Error("x".repeat(10_000))),
    ]);
    expect(result.warnings[0]?.[0]?.message.length).toBeLessThan(400);
  });

  it("names the slowest stage of an article that took long", () => {
    expect(slowArticleWarning("a.txt", { clean: 100, events: 200 })).toBeUndefined();
    expect(slowArticleWarning("a.txt", { clean: 500, events: 4000 })?.message).toBe(
      "took 4.5 s to process, 4.0 s of it in the events stage",
    );
  });
});

describe("keepValidOutput", () => {
  it("leaves out an event whose offsets are wrong and an article the schema refuses, naming their files", async () => {
    const state = await runOn({
      "a.txt": story(
        "Panetta Meets Liang",
        "WASHINGTON, May 7, 2012",
        "Defense Secretary Leon E. Panetta met Chinese Defense Minister Gen. Liang Guanglie today at the Pentagon.",
      ),
      "b.txt": story(
        "Hagel Meets Chang",
        "WASHINGTON, Aug. 19, 2013",
        "Defense Secretary Chuck Hagel met Chinese Defense Minister Gen. Chang Wanquan today at the Pentagon.",
      ),
    });
    if (!state.output) throw new Error("no output");
    const output = structuredClone(state.output);
    expect(keepValidOutput(output).warnings).toEqual([]);
    const [first, second] = output.events.events;
    const span = first?.sources[0]?.evidence[0];
    if (!span || !second) throw new Error("expected two events");
    span.start += 1;
    const secondArticle = second.sources[0]?.articleId;
    const broken = output.articles.articles.find((a) => a.id === secondArticle);
    if (!broken) throw new Error("no article");
    broken.url = "javascript:alert(1)";
    const kept = keepValidOutput(output);
    expect(kept.output.events.events).toEqual([]);
    expect(kept.output.articles.articles).toHaveLength(1);
    expect(kept.output.events.version).not.toBe(output.events.version);
    expect(kept.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^left out: url: expected an http or https address/),
      expect.stringMatching(/^event ".+" left out: offsets \d+-\d+ do not match its text/),
      expect.stringMatching(/^event ".+" left out: unknown article/),
    ]);
  });
});

describe("capDrafts", () => {
  const withDrafts = (n: number) =>
    ({
      file: "many.txt",
      events: Array.from({ length: n }, (_, i) => ({ confidence: i })),
    }) as unknown as ArticleWork;

  it("keeps an article's drafts up to the cap as they are", () => {
    const work = withDrafts(MAX_DRAFTS_PER_ARTICLE);
    expect(capDrafts(work)).toEqual({ work });
  });

  it("keeps the first drafts of an article over the cap, naming it", () => {
    const { work, warning } = capDrafts(withDrafts(MAX_DRAFTS_PER_ARTICLE + 50));
    expect(work.events).toHaveLength(MAX_DRAFTS_PER_ARTICLE);
    expect(work.events[0]?.confidence).toBe(0);
    expect(warning).toEqual({
      file: "many.txt",
      message: `yields ${MAX_DRAFTS_PER_ARTICLE + 50} event drafts; only the first ${MAX_DRAFTS_PER_ARTICLE} are kept`,
    });
  });
});
