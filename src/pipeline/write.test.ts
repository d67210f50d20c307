import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ArticlesDocument, EventsDocument } from "../dataset/index.ts";
import { eventsJsonSchema, prettyJson, writeDataset, type WriteOptions } from "./write.ts";

const DATA = resolve(import.meta.dirname, "../../public/data");

describe("prettyJson", () => {
  it.each<[string, object]>([
    ["empty object", {}],
    ["empty arrays", { a: [], b: { c: [] } }],
    ["scalars and nesting", { n: 1, s: "x\ny “z”", t: true, z: null, o: { p: [1, { q: 2 }] } }],
    ["left-out values", { u: undefined, f: () => 1, items: [undefined, () => 1, 3], last: 1 }],
    ["one array", { items: [{ a: 1 }, [], "s", 2] }],
    ["the JSON schema", eventsJsonSchema() as object],
  ])("writes %s as JSON.stringify(doc, null, 2) does", (_name, doc) => {
    expect([...prettyJson(doc)].join("")).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  it("writes the committed documents byte for byte", () => {
    for (const file of ["events.json", "articles.json"]) {
      const text = readFileSync(join(DATA, file), "utf8");
      expect([...prettyJson(JSON.parse(text) as object)].join("")).toBe(text);
    }
  });
});

describe("writeDataset", () => {
  const read = <T>(file: string) => JSON.parse(readFileSync(join(DATA, file), "utf8")) as T;
  const dirs: string[] = [];
  const outDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "dt-write-"));
    dirs.push(dir);
    return join(dir, "out");
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const events = read<EventsDocument>("events.json");
  const articles = read<ArticlesDocument>("articles.json");
  const first = events.events[0] as EventsDocument["events"][number];
  const badEvent = { ...events, events: [{ ...first, confidence: 2 }, ...events.events.slice(1)] };
  const badShell = { ...events, window: { start: "2010", end: "2013-12-31" } };
  const source = first.sources[0] as (typeof first.sources)[number];
  const unknownArticle = {
    ...events,
    events: [{ ...first, sources: [{ ...source, articleId: "no-such-article" }] }],
  };

  it.each<[string, EventsDocument, WriteOptions, RegExp | null]>([
    ["valid documents", events, {}, null],
    ["valid documents, items checked by the caller", events, { itemsChecked: true }, null],
    ["an event out of the contract", badEvent, {}, /events\.json[\s\S]*confidence/],
    ["a document field out of the contract", badShell, {}, /events\.json[\s\S]*window/],
    ["the same, items checked", badShell, { itemsChecked: true }, /events\.json[\s\S]*window/],
    ["an unknown article", unknownArticle, {}, /no-such-article/],
    ["the same, items checked", unknownArticle, { itemsChecked: true }, /no-such-article/],
  ])("%s", (_name, doc, options, refused) => {
    const dir = outDir();
    const write = () => writeDataset(dir, doc, articles, options);
    if (!refused) {
      write();
      expect(existsSync(join(dir, "events.json"))).toBe(true);
      return;
    }
    expect(write).toThrow(refused);
    expect(existsSync(join(dir, "events.json"))).toBe(false);
  });
});
