import { describe, expect, it } from "vitest";
import type { Article } from "../../../dataset/index.ts";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { resolveSources } from "./resolve-sources.ts";

const article: Article = {
  id: "art-1",
  file: "a.txt",
  title: "Obama and Xi meet",
  outlet: "Example Post",
  byline: "",
  published: { value: "2013-06-09", precision: "day" },
  sha256: "a".repeat(64),
  text: "A sentence.",
};

describe("resolveSources", () => {
  it("joins each source with its article's outlet and title", () => {
    const event = makeEvent();
    const [source] = resolveSources(event, new Map([[article.id, article]]));
    expect(source).toMatchObject({ outlet: "Example Post", articleTitle: "Obama and Xi meet" });
    expect(source?.evidence.map((e) => e.text)).toEqual(["A sentence."]);
  });

  it("keeps a source whose article is unknown, without outlet or title", () => {
    const event = makeEvent({
      sources: [{ articleId: "art-missing", evidence: [{ text: "x", start: 0, end: 1 }] }],
    });
    const [source] = resolveSources(event, new Map());
    expect(source).toMatchObject({
      articleId: "art-missing",
      outlet: undefined,
      articleTitle: undefined,
    });
  });

  it("treats an empty outlet or title as unknown", () => {
    const [source] = resolveSources(
      makeEvent(),
      new Map([[article.id, { ...article, outlet: "", title: "" }]]),
    );
    expect(source?.outlet).toBeUndefined();
    expect(source?.articleTitle).toBeUndefined();
  });
});
