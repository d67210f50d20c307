import { describe, expect, it } from "vitest";
import { parseSiteConfig } from "./site-config-schema.ts";
import { DEFAULT_SITE_CONFIG, isOrigin, isOriginAllowed } from "./site-config.ts";

describe("isOrigin", () => {
  it.each<[string, boolean]>([
    ["https://example.org", true],
    ["http://127.0.0.1:8080", true],
    ["https://example.org/", false],
    ["https://example.org/data", false],
    ["example.org", false],
    ["ftp://example.org", false],
    ["*", false],
  ])("%s → %s", (value, expected) => expect(isOrigin(value)).toBe(expected));
});

describe("isOriginAllowed", () => {
  it("allows a listed origin only", () => {
    expect(isOriginAllowed("https://a.org", ["https://a.org"])).toBe(true);
    expect(isOriginAllowed("https://b.org", ["https://a.org"])).toBe(false);
    expect(isOriginAllowed("https://b.org", [])).toBe(false);
  });
  it("allows any origin with *", () => expect(isOriginAllowed("https://b.org", ["*"])).toBe(true));
});

describe("parseSiteConfig", () => {
  it("fills in the defaults", () => expect(parseSiteConfig({})).toEqual(DEFAULT_SITE_CONFIG));

  it("reads both lists", () =>
    expect(
      parseSiteConfig({ dataOrigins: ["https://data.example"], hostOrigins: ["https://a.org"] }),
    ).toEqual({ dataOrigins: ["https://data.example"], hostOrigins: ["https://a.org"] }));

  it("names the file and the bad entry", () =>
    expect(() => parseSiteConfig({ hostOrigins: ["https://a.org/page"] })).toThrow(
      /^config\.json is not valid: hostOrigins\.0: expected "\*" or an origin/,
    ));

  it("reads the author and publisher citations name, trimmed", () =>
    expect(parseSiteConfig({ author: " Jane Roe ", publisher: "Example U." })).toMatchObject({
      author: "Jane Roe",
      publisher: "Example U.",
    }));

  it("names a blank author", () =>
    expect(() => parseSiteConfig({ author: "  " })).toThrow(/^config\.json is not valid: author/));

  it("rejects a name that is not text, and settings that are not an object", () => {
    expect(() => parseSiteConfig({ publisher: 3 })).toThrow(/publisher: expected a string/);
    expect(() => parseSiteConfig(["https://a.org"])).toThrow(
      /^config\.json is not valid: \(root\)/,
    );
    expect(() => parseSiteConfig(null)).toThrow(/\(root\)/);
  });

  it("names every bad field at once, and leaves out fields it does not know", () => {
    expect(() => parseSiteConfig({ dataOrigins: [1], author: "x".repeat(301) })).toThrow(
      /dataOrigins\.0: .*; author: /,
    );
    expect(parseSiteConfig({ theme: "dark" })).toEqual(DEFAULT_SITE_CONFIG);
  });

  it("rejects a list that is not a list", () =>
    expect(() => parseSiteConfig({ dataOrigins: "https://a.org" })).toThrow(/dataOrigins/));
});
