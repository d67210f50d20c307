import { describe, expect, it } from "vitest";
import { corroborationOf, corroborationPhrase } from "./corroboration.ts";

const source = (articleId: string) => ({
  articleId,
  evidence: [{ text: "A sentence.", start: 0, end: 11 }],
});
const articles = new Map([
  ["a1", { outlet: "Xinhua" }],
  ["a2", { outlet: "Xinhua" }],
  ["a3", { outlet: "Reuters" }],
  ["a4", { outlet: " " }],
]);

describe("corroborationOf", () => {
  it("counts articles and distinct outlets", () =>
    expect(
      corroborationOf({ sources: [source("a1"), source("a2"), source("a3")] }, articles),
    ).toEqual({ articles: 3, outlets: ["Xinhua", "Reuters"], unknownOutlets: 0 }));
  it("counts an article once however many evidence entries it has", () =>
    expect(corroborationOf({ sources: [source("a1"), source("a1")] }, articles).articles).toBe(1));
  it("keeps articles with no known outlet apart", () =>
    expect(
      corroborationOf({ sources: [source("a3"), source("a4"), source("gone")] }, articles),
    ).toEqual({ articles: 3, outlets: ["Reuters"], unknownOutlets: 2 }));
  it("reads a list of sources shared by events once per set of articles", () => {
    const sources = [source("a1"), source("a3")];
    const first = corroborationOf({ sources }, articles);
    expect(corroborationOf({ sources }, articles)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // Other articles (another dataset) read the same list afresh.
    const renamed = new Map([...articles, ["a3", { outlet: "AP" }]]);
    expect(corroborationOf({ sources }, renamed).outlets).toEqual(["Xinhua", "AP"]);
    expect(corroborationOf({ sources }, articles)).toBe(first);
  });
});

describe("corroborationPhrase", () => {
  it.each([
    [{ articles: 1, outlets: ["Xinhua"], unknownOutlets: 0 }, "1 article from 1 outlet"],
    [
      { articles: 2, outlets: ["Xinhua", "Reuters"], unknownOutlets: 0 },
      "2 articles from 2 outlets",
    ],
    [
      { articles: 3, outlets: ["Xinhua"], unknownOutlets: 1 },
      "3 articles from 1 outlet and 1 unknown",
    ],
    [{ articles: 1, outlets: [], unknownOutlets: 1 }, "1 article (outlet unknown)"],
  ])("%j → %s", (c, phrase) => expect(corroborationPhrase(c)).toBe(phrase));
});
