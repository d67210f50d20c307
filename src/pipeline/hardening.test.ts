/**
 * The audit's inputs (issue 13), each with its safe outcome: the file is named and left out, or
 * cut, or read as a duplicate, and every other article is still published with exit status 0.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "./cli.ts";
import { READ_LIMITS } from "./read/limits.ts";
import { story, tempCorpus } from "./testing/corpus.ts";
import { OUTPUT_ENTRIES, OUTPUT_FILES, removeLeftovers } from "./write.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const tempDir = () => mkdtempSync(join(tmpdir(), "dt-harden-"));

const GOOD = story(
  "Panetta Meets Liang",
  "WASHINGTON, May 7, 2012",
  "Defense Secretary Leon E. Panetta met Chinese Defense Minister Gen. Liang Guanglie today at the Pentagon.",
);

interface Run {
  code: number;
  log: string[];
  warnings: string[];
  files: string[];
  events: { id: string; sources: { articleId: string }[] }[];
  articles: { id: string; file: string; url?: string; text: string }[];
}

async function run(files: Record<string, string | Uint8Array>): Promise<Run> {
  const out = tempDir();
  const log: string[] = [];
  const code = await main(["--in", tempCorpus(files), "--out", out], (l) => log.push(l));
  const read = (f: string) =>
    existsSync(join(out, f)) ? JSON.parse(readFileSync(join(out, f), "utf8")) : undefined;
  const articles = read("articles.json")?.articles ?? [];
  return {
    code,
    log,
    warnings: log.filter((l) => l.startsWith("warning:")),
    files: articles.map((a: { file: string }) => a.file),
    events: read("events.json")?.events ?? [],
    articles,
  };
}

/** A long article of distinct sentences (repeated lines would be dropped as page furniture). */
function longArticle(chars: number): string {
  const lines = [
    "Talks Go On",
    "",
    "WASHINGTON, June 7, 2013 – Defense Secretary Chuck Hagel met Chinese Defense Minister Chang Wanquan at the Pentagon on Friday.",
  ];
  let length = lines.join("\n").length;
  for (let i = 0; length < chars; i++) {
    const line = `Officials of delegation ${i} said the talks on item ${i * 7} would continue in district ${i % 97} next week.`;
    lines.push("", line);
    length += line.length + 2;
  }
  return lines.join("\n");
}

describe("hostile and unlucky input (issue 13)", () => {
  it("an .html file of bare text is read as a page, or named; never a failed run", async () => {
    const r = await run({ "good.txt": GOOD, "plain.html": "Just some text." });
    expect(r.code).toBe(0);
    expect(r.files).toContain("good.txt");
    expect(r.warnings).toEqual([expect.stringMatching(/^warning: plain\.html: /)]);
  });

  it.each([
    ["10,000", 10_000, /HTML nested more than 2000 levels deep/],
    ["2,000", 1_990, /HTML nested \d+ levels deep \(the limit is 256\)/],
  ])("a page nested %s deep is named and left out", async (_n, depth, reason) => {
    const deep = `<html><body>${"<div>".repeat(depth)}<p>x</p>${"</div>".repeat(depth)}</body></html>`;
    const r = await run({ "good.txt": GOOD, "deep.html": deep });
    expect(r.code).toBe(0);
    expect(r.files).toEqual(["good.txt"]);
    expect(r.warnings).toEqual([expect.stringMatching(/^warning: deep\.html: left out: /)]);
    expect(r.warnings[0]).toMatch(reason);
  });

  it("three syndicated copies differing only in the headline are one event with three sources", async () => {
    const body = [
      "WASHINGTON, June 5, 2012",
      "Defense Secretary Leon E. Panetta met Chinese Defense Minister Gen. Liang Guanglie today in Washington, officials said.",
    ] as const;
    const r = await run({
      "wire-a.txt": story("Panetta, Liang hold talks", ...body),
      "wire-b.txt": story("US and Chinese defense chiefs meet", ...body),
      "wire-c.txt": story("Pentagon hosts Chinese minister", ...body),
    });
    expect(r.code).toBe(0);
    expect(r.files).toHaveLength(3);
    expect(new Set(r.events.map((e) => e.id)).size).toBe(r.events.length);
    const meeting = r.events.find((e) => e.sources.length === 3);
    expect(meeting).toBeDefined();
  });

  it("a 2 MB article is cut by name, and the rest of it published", async () => {
    const text = longArticle(2_000_000);
    const r = await run({ "good.txt": GOOD, "long.txt": text });
    expect(r.code).toBe(0);
    expect(r.files).toEqual(["good.txt", "long.txt"]);
    expect(r.warnings).toEqual([
      expect.stringMatching(
        /^warning: long\.txt: article is \d+ characters long; only its first \d+ are read/,
      ),
    ]);
    const long = r.articles.find((a) => a.file === "long.txt");
    expect(long?.text.length).toBeLessThanOrEqual(READ_LIMITS.maxArticleChars);
  });

  it("a file over the size limit is refused by name without being read", async () => {
    const huge = "Talks held. ".repeat(Math.ceil(READ_LIMITS.maxFileBytes / 12) + 1);
    const r = await run({ "good.txt": GOOD, "huge.txt": huge });
    expect(r.code).toBe(0);
    expect(r.files).toEqual(["good.txt"]);
    expect(r.warnings).toEqual([
      expect.stringMatching(/^warning: huge\.txt: file is 4\.0 MB, over the 4\.0 MB limit/),
    ]);
  });

  it.each([
    "javascript:parent.x=document.cookie",
    "data:text/html,<script>1</script>",
    "vbscript:msgbox",
  ])("a page address %s is dropped with a warning; the article is kept", async (url) => {
    const page = `<html><head><meta property="og:url" content="${url}"></head><body><article><h1>Talks</h1><p>WASHINGTON, May 7, 2012 – Defense Secretary Leon E. Panetta met Chinese Defense Minister Gen. Liang Guanglie today at the Pentagon.</p></article></body></html>`;
    const r = await run({ "page.html": page });
    expect(r.code).toBe(0);
    expect(r.files).toEqual(["page.html"]);
    expect(r.articles[0]?.url).toBeUndefined();
    expect(r.warnings).toEqual([
      expect.stringMatching(/^warning: page\.html: page address ".*" is not http or https/),
    ]);
  });

  it("control characters in file names are printed escaped, so no line can be forged", async () => {
    const name = "x\u001b[2K\rdata: 9 articles read, all good\u0007.txt";
    const r = await run({ "good.txt": GOOD, [name]: "" });
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(r.log.join("\n")).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(r.warnings).toEqual([
      "warning: x\\x1b[2K\\rdata: 9 articles read, all good\\x07.txt: empty file",
    ]);
  });

  it.each([
    ["1999", "WASHINGTON, May 7, 1999"],
    ["2030", "WASHINGTON, May 7, 2030"],
  ])(
    "an article dated %s, all of its events outside the window, is named",
    async (_y, dateline) => {
      const old = story(
        "Cohen Meets Chi",
        dateline,
        "Defense Secretary William Cohen met Chinese Defense Minister Chi Haotian today at the Pentagon.",
      );
      const r = await run({ "good.txt": GOOD, "old.txt": old });
      expect(r.code).toBe(0);
      expect(r.warnings).toEqual([
        expect.stringMatching(
          /^warning: old\.txt: no event: every date it names \(.*\) is outside the window/,
        ),
      ]);
    },
  );

  it.each([
    ["a byte-order mark", `\ufeff${GOOD}`],
    ["Windows line ends", GOOD.replace(/\n/g, "\r\n")],
    ["a BOM, CR line ends and trailing spaces", `\ufeff${GOOD.replace(/\n/g, "  \r")}\r\n`],
  ])("a copy with %s is seen as a duplicate", async (_what, copy) => {
    const r = await run({ "a.txt": GOOD, "b.txt": copy });
    expect(r.files).toEqual(["a.txt"]);
    expect(r.warnings).toEqual(["warning: b.txt: same content as a.txt; read once"]);
  });

  it("a refused value is quoted in at most a few hundred characters", async () => {
    const url = `javascript:${"x".repeat(100_000)}`;
    const page = `<html><head><meta property="og:url" content="${url}"></head><body><article><h1>Talks</h1><p>WASHINGTON, May 7, 2012 – Defense Secretary Leon E. Panetta met Chinese Defense Minister Gen. Liang Guanglie today at the Pentagon.</p></article></body></html>`;
    const r = await run({ "page.html": page });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.length).toBeLessThan(400);
  });
});

describe("publishing as one unit (issue 13)", () => {
  it("a run killed while writing never leaves a truncated file, and the next run cleans up", async () => {
    const out = tempDir();
    const cli = join(ROOT, "src/pipeline/cli.ts");
    // Kill runs at different moments of their write; whatever survives parses as a whole.
    for (const delay of [700, 1000, 1300, 1600]) {
      // One process (no tsx wrapper process), so the kill hits the writer itself.
      const child = spawn(
        process.execPath,
        ["--import", "tsx", cli, "--in", join(ROOT, "seeds"), "--out", out],
        {
          stdio: "ignore",
          cwd: ROOT,
        },
      );
      const exited = new Promise((r) => child.once("exit", r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill("SIGKILL");
      await exited;
      for (const f of OUTPUT_FILES)
        if (existsSync(join(out, f)))
          expect(() => JSON.parse(readFileSync(join(out, f), "utf8"))).not.toThrow();
    }
    // What a killed run leaves behind (its process is gone) goes with the next run's write.
    writeFileSync(join(out, ".events.json.999999999.tmp"), "{");
    writeFileSync(join(out, "articles.json.999999999.bak"), "{");
    expect(await main(["--in", join(ROOT, "seeds"), "--out", out], () => {})).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...OUTPUT_ENTRIES].sort());
    const events = JSON.parse(readFileSync(join(out, "events.json"), "utf8"));
    const articles = JSON.parse(readFileSync(join(out, "articles.json"), "utf8"));
    expect(articles.version).toBe(events.version);
  }, 30_000);

  it("leftovers of a live run are kept", () => {
    const out = tempDir();
    const mine = join(out, `.events.json.${process.pid}.tmp`);
    writeFileSync(mine, "{");
    writeFileSync(join(out, "events.json.999999999.bak"), "{");
    writeFileSync(join(out, "notes.txt"), "mine");
    expect(removeLeftovers(out)).toEqual(["events.json.999999999.bak"]);
    expect(existsSync(mine)).toBe(true);
    expect(existsSync(join(out, "notes.txt"))).toBe(true);
  });
});
