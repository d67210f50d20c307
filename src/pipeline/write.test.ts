import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { eventsJsonSchema, prettyJson } from "./write.ts";

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
