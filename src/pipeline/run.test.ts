import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset, loadGold, scoreDataset, titleProblems } from "../eval/index.ts";
import { main } from "./cli.ts";
import { OUTPUT_FILES } from "./write.ts";
import { story, tempCorpus } from "./testing/corpus.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const SEEDS = join(ROOT, "seeds");
/** The hand-made gold of the seed articles (ANNOTATION.md), scored by the project's own scorer. */
const GOLD = join(ROOT, "src/eval/testing/seeds-gold.json");

const tempDir = () => mkdtempSync(join(tmpdir(), "dt-out-"));

/** Runs the CLI in-process and returns its exit code and log lines. */
async function cli(...argv: string[]): Promise<{ code: number; log: string[] }> {
  const log: string[] = [];
  const code = await main(argv, (line) => log.push(line));
  return { code, log };
}

const readOut = (dir: string) => OUTPUT_FILES.map((f) => readFileSync(join(dir, f), "utf8"));

describe("whole run on seeds/", () => {
  it("scores recall 1, precision ≥ 0.9, dateExact ≥ 0.9 and merges the Sunnylands summit", async () => {
    const out = tempDir();
    expect((await cli("--in", SEEDS, "--out", out)).code).toBe(0);
    const report = scoreDataset(loadGold(GOLD), loadDataset(out));
    expect(report.misses).toEqual([]);
    expect(report.recall).toBe(1);
    expect(report.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.dateExact).toBeGreaterThanOrEqual(0.9);
    expect(report.merge).toBe("1/1");
    const events = JSON.parse(readFileSync(join(out, "events.json"), "utf8")).events;
    for (const e of events) {
      expect(e.date.value >= "2010").toBe(true);
      expect(e.date.value <= "2013-12-31").toBe(true);
    }
  });

  it("is deterministic: two runs write byte-identical files, equal to the committed public/data", async () => {
    const a = tempDir();
    const b = tempDir();
    await cli("--in", SEEDS, "--out", a);
    await cli("--in", SEEDS, "--out", b);
    expect(readOut(a)).toEqual(readOut(b));
    expect(readOut(a)).toEqual(readOut(join(ROOT, "public/data")));
  });

  it("gives every seed event a title that reads well", async () => {
    const out = tempDir();
    await cli("--in", SEEDS, "--out", out);
    const events: { title: string; actors: { name: string }[] }[] = JSON.parse(
      readFileSync(join(out, "events.json"), "utf8"),
    ).events;
    const bad = events.filter(
      (e) =>
        titleProblems(
          e.title,
          e.actors.map((a) => a.name),
        ).length,
    );
    expect(bad.map((e) => e.title)).toEqual([]);
  });

  it("logs a summary", async () => {
    const { log } = await cli("--in", SEEDS, "--out", tempDir());
    expect(log.at(-1)).toMatch(/^data: 3 articles read, \d+ events \(\d+ drafts, \d+ merged\)/);
  });
});

describe("bad input", () => {
  const good = story(
    "Panetta Meets Liang",
    "WASHINGTON, May 7, 2012",
    "Defense Secretary Leon E. Panetta met Chinese Defense Minister Gen. Liang Guanglie today at the Pentagon.",
  );

  it.each([
    ["empty.txt", "", /empty\.txt: empty file/],
    ["blank.txt", "  \n\n ", /blank\.txt: empty file/],
    [
      "binary.txt",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      /binary\.txt: binary file/,
    ],
    [
      "latin1.txt",
      new Uint8Array([0x44, 0xe9, 0x66, 0x65, 0x6e, 0x73, 0x65, 0x20, 0x0a]),
      /latin1\.txt: not valid UTF-8/,
    ],
    [
      "nodate.txt",
      "A headline\n\nThe two militaries talked about cooperation and agreed to keep talking in the future.",
      /nodate\.txt: no recognisable publication date/,
    ],
    ["menu.txt", "Home\nNews\nAbout us\nContact", /menu\.txt: no article body found/],
  ])(
    "%s is reported and the other articles are still processed",
    async (name, content, message) => {
      const dir = tempCorpus({ "good.txt": good, [name]: content });
      const out = tempDir();
      const { code, log } = await cli("--in", dir, "--out", out);
      expect(code).toBe(0);
      expect(log.filter((l) => l.startsWith("warning:"))).toEqual([expect.stringMatching(message)]);
      const articles = JSON.parse(readFileSync(join(out, "articles.json"), "utf8")).articles;
      expect(articles.map((a: { file: string }) => a.file)).toEqual(["good.txt"]);
    },
  );

  it("exits non-zero when nothing usable was read, and writes nothing", async () => {
    const dir = tempCorpus({
      "empty.txt": "",
      "nodate.txt": "Title\n\nNo date anywhere in this long line of running prose text here.",
    });
    const out = join(tempDir(), "data");
    const { code, log } = await cli("--in", dir, "--out", out);
    expect(code).toBe(1);
    expect(log.join("\n")).toMatch(/no usable article/);
    expect(existsSync(out)).toBe(false);
  });

  it("exits non-zero for a missing input folder or bad arguments", async () => {
    expect((await cli("--in", join(tempDir(), "missing"))).code).toBe(1);
    expect((await cli("--frobnicate")).code).toBe(2);
  });

  it("a failed write leaves the previous dataset intact", async () => {
    const out = tempDir();
    await cli("--in", SEEDS, "--out", out);
    const before = readOut(out).slice(0, 2);
    // Replace the seeds' output by a different corpus, but make the last file impossible to write.
    const schema = join(out, "events.schema.json");
    execFileSync("rm", [schema]);
    mkdirSync(join(schema, "blocker"), { recursive: true });
    const { code, log } = await cli("--in", tempCorpus({ "good.txt": good }), "--out", out);
    expect(code).toBe(1);
    expect(log.join("\n")).toMatch(/could not write/);
    expect([
      readFileSync(join(out, "events.json"), "utf8"),
      readFileSync(join(out, "articles.json"), "utf8"),
    ]).toEqual(before);
  });

  it("reads HTML pages", async () => {
    const html = `<!doctype html><html><head><title>Site | Panetta Meets Liang</title>
      <link rel="canonical" href="https://example.mil/news/1"></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <h1>Panetta Meets Liang</h1><p class="byline">By Jane Doe<br>American Forces Press Service</p>
      <p>WASHINGTON, May 7, 2012 &ndash; Defense Secretary Leon E. Panetta met Chinese Defense Minister Gen. Liang Guanglie today at the Pentagon.</p>
      <p>The two leaders discussed cyber security and maritime issues.</p>
      <footer>Related Articles: <a>Other</a></footer></body></html>`;
    const out = tempDir();
    writeFileSync(join(out, "x"), "");
    const { code } = await cli("--in", tempCorpus({ "page.html": html }), "--out", out);
    expect(code).toBe(0);
    const [article] = JSON.parse(readFileSync(join(out, "articles.json"), "utf8")).articles;
    expect(article).toMatchObject({
      title: "Panetta Meets Liang",
      byline: "By Jane Doe",
      outlet: "American Forces Press Service",
      url: "https://example.mil/news/1",
      published: { value: "2012-05-07" },
    });
    expect(article.text).toMatch(/^WASHINGTON, May 7, 2012 – Defense Secretary/);
    expect(article.text).not.toMatch(/Home|Related/);
    const events = JSON.parse(readFileSync(join(out, "events.json"), "utf8")).events;
    expect(events).toHaveLength(1);
  });
});
