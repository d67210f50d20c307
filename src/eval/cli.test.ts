import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, parseEvalArgs } from "./cli.ts";
import { EvalInputError, loadDataset, loadGold } from "./load.ts";
import { S, dataset, event, goldEvent, goldFile } from "./testing/fixtures.ts";

const tempDir = () => mkdtempSync(join(tmpdir(), "dt-eval-"));
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** A gold file and a dataset folder on disk: one article, one gold event, one extracted event. */
function inputs(
  gold: unknown = goldFile({ "a.txt": [goldEvent({ date: "2012-05-07", evidence: [S.meeting] })] }),
) {
  const dir = tempDir();
  const data = join(dir, "data");
  const goldPath = join(dir, "gold.json");
  const { events, articles } = dataset([
    event({ id: "m", date: "2012-05-07", sources: { "a.txt": [S.meeting] } }),
    event({ id: "u", date: "2012-05-07", title: "Rain", sources: { "a.txt": [S.unrelated] } }),
  ]);
  writeFileSync(goldPath, typeof gold === "string" ? gold : json(gold));
  mkdirSync(data);
  writeFileSync(join(data, "events.json"), json(events));
  writeFileSync(join(data, "articles.json"), json(articles));
  return { goldPath, data };
}

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(
    argv,
    (t) => out.push(t),
    (t) => err.push(t),
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("npm run eval", () => {
  it("prints the score line", () => {
    const { goldPath, data } = inputs();
    const { code, out } = run("--gold", goldPath, "--data", data);
    expect(code).toBe(0);
    expect(out).toBe(
      "goldEvents=1 found=1 eventSources=2 correct=1 precision=0.5 recall=1 f1=0.667 dateExact=1 topicsF1=0 actorsF1=0 duplicates=0 merge=0/0",
    );
  });

  it("with --verbose, prints a line per problem before it", () => {
    const { goldPath, data } = inputs();
    const lines = run("--verbose", `--gold=${goldPath}`, `--data=${data}`).out.split("\n");
    expect(lines).toEqual([
      "spurious  a.txt: 2012-05-07/day Rain",
      expect.stringMatching(/^goldEvents=1 /),
    ]);
  });

  it("with --json, prints the figures and the problems as JSON", () => {
    const { goldPath, data } = inputs();
    const report = JSON.parse(run("--gold", goldPath, "--data", data, "--json").out);
    expect(report).toMatchObject({ precision: 0.5, recall: 1, merge: "0/0", misses: [] });
    expect(report.wrong).toEqual(["a.txt: 2012-05-07/day Rain"]);
  });

  it.each([
    [[], /--gold and --data are both required/],
    [["--gold", "g.json"], /--gold and --data are both required/],
    [["--gold"], /--gold needs a file/],
    [["--gold", "g.json", "--data", "d", "--fast"], /unknown argument --fast/],
  ])("exits 2 on bad arguments %o", (argv, message) => {
    const { code, err, out } = run(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toMatch(/usage: npm run eval/);
    expect(out).toBe("");
    expect(typeof parseEvalArgs(argv)).toBe("string");
  });
});

describe("inputs that cannot be used: exit 2 with a message naming the file", () => {
  it("a missing data folder", () => {
    const { goldPath } = inputs();
    const missing = join(tempDir(), "nowhere");
    const { code, err } = run("--gold", goldPath, "--data", missing);
    expect(code).toBe(2);
    expect(err).toBe(`eval: data folder ${missing} does not exist`);
  });

  it.each(["events.json", "articles.json"])("a missing %s", (file) => {
    const { goldPath, data } = inputs();
    rmSync(join(data, file));
    const { code, err } = run("--gold", goldPath, "--data", data);
    expect(code).toBe(2);
    expect(err).toBe(`eval: data file ${join(data, file)} does not exist`);
  });

  it("a missing gold file", () => {
    const { data } = inputs();
    const missing = join(tempDir(), "gold.json");
    expect(run("--gold", missing, "--data", data)).toMatchObject({
      code: 2,
      err: `eval: gold file ${missing} does not exist`,
    });
  });

  it("a data file that breaks the contract", () => {
    const { goldPath, data } = inputs();
    const path = join(data, "events.json");
    writeFileSync(path, json({ schemaVersion: 1, events: [] }));
    expect(() => loadDataset(data)).toThrow(EvalInputError);
    const { code, err } = run("--gold", goldPath, "--data", data);
    expect(code).toBe(2);
    expect(err).toContain(path);
    expect(err).toMatch(/window/);
  });

  const goodEvent = {
    date: "2012-05-07",
    precision: "day",
    what: "w",
    actors: [],
    topics: [],
    evidence: ["s"],
  };
  const withEvent = (changes: Record<string, unknown>) => ({
    articles: [{ file: "a.txt", events: [{ ...goodEvent, ...changes }] }],
  });
  it.each([
    ["not JSON", "{ articles: ", /is not valid JSON/],
    ["no articles", {}, /\(root\)|articles: /],
    [
      "a date not at its precision",
      withEvent({ date: "2012-05" }),
      /articles\.0 \(a\.txt\)\.events\.0\.date: "2012-05" is not a date at day precision/,
    ],
    ["an unknown precision", withEvent({ precision: "week" }), /events\.0\.precision/],
    ["a misspelt field", withEvent({ optinal: true }), /events\.0: Unrecognized key: "optinal"/],
    ["a topic not in the list", withEvent({ topics: ["cybersecurity"] }), /events\.0\.topics\.0/],
    ["no evidence", withEvent({ evidence: [] }), /events\.0\.evidence/],
    ["no description", withEvent({ what: undefined }), /events\.0\.what/],
    ["a bad alternative", withEvent({ alternatives: ["2012"] }), /events\.0\.alternatives\.0/],
    [
      "an end before the date",
      withEvent({ end: "2012-05-01" }),
      /events\.0\.end: end is before date/,
    ],
    [
      "an article annotated twice",
      {
        articles: [
          { file: "a.txt", events: [] },
          { file: "a.txt", events: [] },
        ],
      },
      /articles\.1 \(a\.txt\)\.file: a\.txt is annotated twice/,
    ],
  ])("a gold file with %s", (_, gold, message) => {
    const { goldPath, data } = inputs(gold);
    expect(() => loadGold(goldPath)).toThrow(EvalInputError);
    const { code, err, out } = run("--gold", goldPath, "--data", data);
    expect(code).toBe(2);
    expect(err).toContain(goldPath);
    expect(err).toMatch(message);
    expect(out).toBe("");
  });

  it("accepts the annotators' own file", () => {
    const gold = loadGold(join(import.meta.dirname, "testing/seeds-gold.json"));
    expect(gold.articles.length).toBeGreaterThan(0);
  });
});
