import { describe, expect, it } from "vitest";
import type { Article, ArticlesDocument, EventsDocument } from "../../../dataset/index.ts";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { corpusEntries, summarizeDataset } from "./dataset-summary.ts";

const article = (id: string, outlet: string, published: string): Article => ({
  id,
  file: `${id}.txt`,
  title: `Title ${id}`,
  outlet,
  byline: "",
  published: { value: published, precision: "day" },
  sha256: "a".repeat(64),
  text: "",
});
const source = (articleId: string) => ({
  articleId,
  evidence: [{ text: "A sentence.", start: 0, end: 11 }],
});
const a1 = article("a1", "Xinhua", "2013-06-08");
const a2 = article("a2", "Reuters", "2013-06-09");
const a3 = article("a3", "Xinhua", "2012-05-07");
const idle = article("a4", "Reuters", "2011-01-01");
const articles: ArticlesDocument = { schemaVersion: 1, articles: [a3, a1, idle, a2] };
const byId = new Map(articles.articles.map((a) => [a.id, a]));

const summit = makeEvent({
  date: { value: "2013-06-07", end: "2013-06-08" },
  sources: [source("a1"), source("a2")],
  quotes: [{ speaker: "Xi", text: "Yes.", articleId: "a1", start: 0, end: 4 }],
});
const plan = makeEvent({
  date: { value: "2013", precision: "year" },
  status: "planned",
  confidence: 0.64,
  sources: [source("a1")],
});
const talks = makeEvent({
  date: { value: "2012-05", precision: "month" },
  sources: [source("a3")],
});
const events: EventsDocument = {
  schemaVersion: 1,
  window: { start: "2010-01-01", end: "2013-12-31" },
  topics: [],
  events: [talks, summit, plan],
};

describe("summarizeDataset", () => {
  it("counts what the About panel reports", () =>
    expect(summarizeDataset(events, articles, byId)).toEqual({
      events: 3,
      articles: 4,
      outlets: 2,
      reports: 4,
      byPrecision: { day: 1, month: 1, year: 1 },
      multiDay: 1,
      planned: 1,
      corroborated: 1,
      lowConfidence: 1,
      quotes: 1,
      firstYear: "2010",
      lastYear: "2013",
    }));
});

describe("corpusEntries", () => {
  it("lists every article, newest first, with the events it reports", () =>
    expect(
      corpusEntries(events, articles).map((e) => [e.article.id, e.events.map((x) => x.id)]),
    ).toEqual([
      ["a2", [summit.id]],
      ["a1", [summit.id, plan.id]],
      ["a3", [talks.id]],
      ["a4", []],
    ]));
});
