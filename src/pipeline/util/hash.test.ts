import { describe, expect, it } from "vitest";
import { jsonDigest, sha256 } from "./hash.ts";

describe("jsonDigest", () => {
  it.each<[string, Record<string, unknown[]>]>([
    ["no arrays", {}],
    ["empty arrays", { events: [], articles: [] }],
    ["items of every kind", { a: [{ x: "“quoted”\n" }, 1, null, undefined, "\ud800"], b: [[]] }],
  ])("is the SHA-256 of JSON.stringify for %s", (_name, doc) => {
    expect(jsonDigest(doc)).toBe(sha256(JSON.stringify(doc)));
  });
});
