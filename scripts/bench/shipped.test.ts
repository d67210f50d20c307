import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { codeBeforeDraw, isCode, type FetchedFile } from "./shipped.ts";

const body = (text: string) => new TextEncoder().encode(text);
const gz = (text: string) => gzipSync(body(text), { level: 9 }).length;
const file = (url: string, startedAt: number, text: string): FetchedFile => ({
  url,
  startedAt,
  body: body(text),
});

describe("isCode", () => {
  it("takes scripts and stylesheets by their path, whatever the query", () => {
    expect(isCode("http://h/assets/app-1.js")).toBe(true);
    expect(isCode("http://h/assets/worker.mjs?v=2")).toBe(true);
    expect(isCode("http://h/assets/app-1.css#x")).toBe(true);
    expect(isCode("http://h/data/events.json")).toBe(false);
    expect(isCode("http://h/js/")).toBe(false);
  });
});

describe("codeBeforeDraw", () => {
  const entry = "import('./lazy.js'); ".repeat(20);
  const lazy = "export const lazy = 1;".repeat(30);
  const late = "export const share = 2;".repeat(40);

  it("counts every script and stylesheet requested before the draw, lazy chunks included", () => {
    const files = [
      file("http://h/assets/main.js", 10, entry),
      file("http://h/assets/lazy.js", 50, lazy),
      file("http://h/data/events.json", 20, "[1,2,3]"),
      file("http://h/assets/share.js", 150, late),
    ];
    expect(codeBeforeDraw(files, 100)).toEqual({
      files: [
        { url: "http://h/assets/main.js", gzip: gz(entry) },
        { url: "http://h/assets/lazy.js", gzip: gz(lazy) },
      ],
      total: gz(entry) + gz(lazy),
    });
    expect(codeBeforeDraw(files, 200).total).toBe(gz(entry) + gz(lazy) + gz(late));
  });

  it("counts a file fetched twice once, and nothing before the first request", () => {
    const files = [file("http://h/a.js", 10, entry), file("http://h/a.js", 20, entry)];
    expect(codeBeforeDraw(files, 100).total).toBe(gz(entry));
    expect(codeBeforeDraw(files, 10)).toEqual({ files: [], total: 0 });
  });
});
