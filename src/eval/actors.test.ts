import { describe, expect, it } from "vitest";
import { actorKey, namesGoldActor } from "./actors.ts";
import { event } from "./testing/fixtures.ts";

describe("actorKey", () => {
  it.each([
    ["Jane Q. Roe", "roe"],
    ["Adm. Jane Roe", "roe"],
    ["ROE", "roe"],
    ["Jane Roe Jr.", "roe"],
    ["Jane Roe, III", "roe"],
    ["Zhou Wen", "wen"],
    ["United States", "United States"],
    ["the Pentagon", "United States"],
    ["U.S. Department of Defense", "United States"],
    ["China", "China"],
    ["People\u2019s Liberation Army", "China"],
    ["Beijing", "China"],
    // Not a whole-government name: an office is read as any other body, by its last word.
    ["Ministry of Foreign Affairs", "affairs"],
  ])("%s → %s", (name, key) => {
    expect(actorKey(name)).toBe(key);
  });
});

describe("namesGoldActor", () => {
  const e = (actors: string[], title = "Talks in Hangzhou") =>
    event({ id: "x", date: "2012-05-07", actors, title, sources: { "a.txt": ["x"] } });
  it.each([
    ["a gold actor's last name among the actors", e(["Adm. Jane Roe"]), ["Jane Roe"], true],
    ["a gold actor's last name in the title", e([], "Roe visits Hangzhou"), ["Jane Roe"], true],
    ["another person", e(["Li Ming"]), ["Jane Roe"], false],
    ["no gold actors", e(["Jane Roe"]), [], false],
  ])("%s: %s", (_, ev, gold, expected) => {
    expect(namesGoldActor(ev, gold)).toBe(expected);
  });
});
