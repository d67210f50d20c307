import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../cli.ts";
import { OUTPUT_FILES } from "../write.ts";
import { correctionsJsonSchemaText } from "./json-schema.ts";
import { entryLines } from "./lines.ts";
import { correctionsFolder, ROOT, SEEDS } from "./testing.ts";

const EXAMPLE = join(ROOT, "docs/corrections-example.json");

async function cli(...argv: string[]): Promise<{ code: number; log: string[] }> {
  const log: string[] = [];
  const code = await main(argv, (line) => log.push(line));
  return { code, log };
}
const outDir = () => mkdtempSync(join(tmpdir(), "dt-corrected-"));
const readOut = (dir: string) => OUTPUT_FILES.map((f) => readFileSync(join(dir, f), "utf8"));

describe("npm run data with corrections", () => {
  it("applies the documented example to the seeds, the same bytes on every run", async () => {
    const dir = correctionsFolder({});
    copyFileSync(EXAMPLE, join(dir, "example.json"));
    const [a, b] = [outDir(), outDir()];
    const first = await cli("--in", SEEDS, "--out", a, "--corrections", dir);
    expect(first.code).toBe(0);
    expect(first.log.filter((l) => l.startsWith("warning"))).toEqual([]);
    expect(first.log.at(-1)).toContain("3 corrections applied (0 not)");
    await cli("--in", SEEDS, "--out", b, "--corrections", dir);
    expect(readOut(a)).toEqual(readOut(b));
    const events = JSON.parse(readFileSync(join(a, "events.json"), "utf8"));
    expect(events.removed).toHaveLength(1);
    expect(events.events.filter((e: { corrections?: unknown }) => e.corrections)).toHaveLength(2);
  });

  it("without corrections, or with an empty folder, writes exactly the committed public/data", async () => {
    const committed = readOut(join(ROOT, "public/data"));
    const empty = outDir();
    await cli("--in", SEEDS, "--out", empty, "--corrections", correctionsFolder({}));
    expect(readOut(empty)).toEqual(committed);
    const absent = outDir();
    await cli("--in", SEEDS, "--out", absent, "--corrections", join(outDir(), "none"));
    expect(readOut(absent)).toEqual(committed);
  });

  it("reports a stale entry by file and line as a warning, and still writes", async () => {
    const dir = correctionsFolder({
      "stale.json": [
        {
          action: "remove",
          event: { article: "004_6c47ac7b59fb385c.txt", sentence: "A sentence no event rests on." },
          reason: "test",
        },
      ],
    });
    const out = outDir();
    const run = await cli("--in", SEEDS, "--out", out, "--corrections", dir);
    expect(run.code).toBe(0);
    expect(run.log).toContain(
      'warning: corrections/stale.json:3: event not found: no event of 004_6c47ac7b59fb385c.txt rests on the sentence "A sentence no event rests on."; not applied',
    );
    expect(readOut(out)).toEqual(readOut(join(ROOT, "public/data")));
  });

  it("stops on invalid or conflicting entries, naming them, and keeps the previous dataset", async () => {
    const out = outDir();
    writeFileSync(join(out, "events.json"), "previous");
    const dir = correctionsFolder({ "bad.json": [{ action: "remove", reason: "r" }] });
    const run = await cli("--in", SEEDS, "--out", out, "--corrections", dir);
    expect(run.code).toBe(1);
    expect(run.log).toContain(
      "error: corrections/bad.json:3: event: Invalid input: expected object, received undefined",
    );
    expect(run.log.at(-1)).toBe("data: 1 correction problem(s); nothing written");
    expect(readFileSync(join(out, "events.json"), "utf8")).toBe("previous");
  });

  it("reads corrections/ beside the input folder by default", async () => {
    const dir = correctionsFolder({ "x.json": "not json" });
    const seedsCopy = join(dir, "..", "seeds");
    cpSync(SEEDS, seedsCopy, { recursive: true });
    const run = await cli("--in", seedsCopy, "--out", outDir());
    expect(run.code).toBe(1);
    expect(run.log[0]).toMatch(/^error: corrections\/x\.json: not valid JSON/);
  });
});

describe("corrections file", () => {
  it("docs/corrections.schema.json is the JSON Schema of the zod definition (npm run corrections:schema)", () => {
    expect(readFileSync(join(ROOT, "docs/corrections.schema.json"), "utf8")).toBe(
      correctionsJsonSchemaText(),
    );
  });

  it("finds the line each entry starts on, whatever the strings hold", () => {
    const text = `{"$schema": "x",\n "other": [{"a": 1}],\n "corrections": [\n  {"reason": "a ] \\" {"},\n\n  {\n "b": [1, {}]}, {"c": 2}\n ]\n}`;
    expect(entryLines(text)).toEqual([4, 6, 7]);
    expect(entryLines('{"corrections": []}')).toEqual([]);
  });
});
