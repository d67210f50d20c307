import { describe, expect, it } from "vitest";
import { resolveDatasetSource } from "./source.ts";

const page = new URL("https://timeline.example/app/embed.html?topics=cyber");
const bundled = new URL("https://timeline.example/app/data/");

function resolved(data: string | undefined, allowed: string[] = []) {
  const result = resolveDatasetSource(data, page, bundled, allowed);
  if (!result.ok) throw new Error(result.reason);
  return result.source;
}

describe("resolveDatasetSource", () => {
  it("uses the bundled data without a parameter", () =>
    expect(resolved(undefined)).toEqual({
      eventsUrl: "https://timeline.example/app/data/events.json",
      articlesUrl: "https://timeline.example/app/data/articles.json",
      eventsName: "events.json",
      articlesName: "articles.json",
      custom: undefined,
      scope: { folder: "https://timeline.example/app/data/", origins: [] },
    }));

  it.each<[string, string, string]>([
    ["a folder", "/app/data/other/", "https://timeline.example/app/data/other/events.json"],
    [
      "a folder without the slash",
      "/app/data/other",
      "https://timeline.example/app/data/other/events.json",
    ],
    ["a relative folder", "data/mine/", "https://timeline.example/app/data/mine/events.json"],
    ["the bundled folder itself", "data/", "https://timeline.example/app/data/events.json"],
    ["an events file", "data/x/2014.json", "https://timeline.example/app/data/x/2014.json"],
    ["a folder with a query", "data/d/?v=2", "https://timeline.example/app/data/d/events.json"],
    [
      "a step back that stays inside",
      "data/a/../b/",
      "https://timeline.example/app/data/b/events.json",
    ],
  ])("resolves %s", (_name, data, eventsUrl) => {
    const source = resolved(data);
    expect(source.eventsUrl).toBe(eventsUrl);
    expect(source.articlesUrl).toBe(new URL("articles.json", eventsUrl).href);
    expect(source.eventsName).toBe(eventsUrl);
    expect(source.custom).toBe(new URL(data, page).href);
  });

  it("loads another site's dataset when the deployment allows that site", () =>
    expect(resolved("https://data.example/t/", ["https://data.example"]).eventsUrl).toBe(
      "https://data.example/t/events.json",
    ));

  it("loads any site's dataset when the deployment allows *", () =>
    expect(resolved("https://data.example/t/", ["*"]).custom).toBe("https://data.example/t/"));

  it.each<[string, string, string[], RegExp]>([
    ["another site", "https://evil.example/d/", [], /another site \(https:\/\/evil\.example\)/],
    ["a site not listed", "https://evil.example/d/", ["https://data.example"], /dataOrigins/],
    ["the same host on another port", "https://timeline.example:8443/d/", [], /another site/],
    ["a javascript: URL", "javascript:alert(1)", ["*"], /not an http or https address/],
    ["a data: URL", "data:application/json,{}", ["*"], /not an http or https address/],
    ["not a URL", "http://[::1", [], /is not a URL/],
    [
      "another folder of this site",
      "../other-folder/",
      ["*"],
      /outside this site's data folder \(\/app\/data\/\)/,
    ],
    ["a folder beside the data", "mine/", [], /outside this site's data folder/],
    ["a step out of the data folder", "data/../../x/", [], /outside this site's data folder/],
    ["a step out written %2e%2e", "data/%2e%2e/x/", [], /outside this site's data folder/],
    ["an encoded slash", "data/..%2f..%2fx/", [], /encoded slash/],
    ["a user name", "https://me:pw@timeline.example/app/data/", [], /user name or password/],
  ])("refuses %s", (_name, data, allowed, reason) => {
    const result = resolveDatasetSource(data, page, bundled, allowed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe("refusals quote the parameter briefly", () => {
  it("quotes at most a few hundred characters of a long parameter", () => {
    const result = resolveDatasetSource(`javascript:${"x".repeat(100_000)}`, page, bundled, []);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeLessThan(400);
  });
});
