import { describe, expect, it } from "vitest";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { indexTerms, searchTerms } from "./search.ts";
import { buildEventSearch } from "./search-index.ts";

describe("searchTerms", () => {
  it.each([
    ["", []],
    ["   ", []],
    ["Cyber", ["cyber"]],
    ["  Panetta   CYBER ", ["panetta", "cyber"]],
    ["Zhōu Énlái", ["zhou", "enlai"]],
    ["cyber-security talks", ["cybersecurity", "talks"]],
    ["Military-to-military", ["military", "to", "military"]],
    ["“Cyber,” he said.", ["cyber", "he", "said"]],
  ])("%j → %j", (query, expected) => expect(searchTerms(query)).toEqual(expected));
});

describe("indexTerms", () => {
  it.each([
    ["cybersecurity", ["cybersecurity", "cyber", "security"]],
    ["whitepapers", ["whitepapers", "white", "papers"]],
    ["cyber", ["cyber"]],
    ["antic", ["antic"]],
    ["talks", ["talks"]],
  ])("%s → %j", (term, expected) => expect(indexTerms(term)).toEqual(expected));
});

const source = (text: string) => ({
  articleId: "a-1",
  evidence: [{ text, start: 0, end: text.length }],
});
const talks = makeEvent({
  id: "evt-talks",
  title: "Military talks in Beijing",
  summary: "The two militaries talk about cyber security.",
});
const talk = makeEvent({
  id: "evt-talk",
  title: "Panetta gives a talk",
  actors: [{ name: "Leon E. Panetta" }],
});
const evidenced = makeEvent({
  id: "evt-evidence",
  title: "A meeting",
  sources: [source("The ministers met at the Pentagon on Monday.")],
  quotes: [
    { speaker: "Liang Guanglie", text: "We are sincere", articleId: "a-1", start: 0, end: 1 },
  ],
});
const search = buildEventSearch([talks, talk, evidenced]);
const found = (query: string) => [...search.search(query).keys()];

describe("buildEventSearch", () => {
  it.each([
    ["milit", ["evt-talks"]],
    ["beijing talks", ["evt-talks"]],
    ["PENTAGON", ["evt-evidence"]],
    ["sincere", ["evt-evidence"]],
    ["guanglie", ["evt-evidence"]],
    ["leon panetta", ["evt-talk"]],
    ["security", ["evt-talks"]],
    ["cyber-security", ["evt-talks"]],
    ["beijing pentagon", []],
    ["", []],
  ])("%j finds %j", (query, expected) => expect(found(query).sort()).toEqual(expected.sort()));

  it("ranks a whole word above the start of a longer one, and titles above the rest", () => {
    expect(found("talk")).toEqual(["evt-talk", "evt-talks"]);
    const hits = search.search("cyber");
    expect(hits.get("evt-talks")).toBeGreaterThan(0);
  });

  it("ranks an event named in its title above one that only mentions the word", () => {
    const inTitle = makeEvent({ id: "evt-title", title: "Hotline set up" });
    const inEvidence = makeEvent({
      id: "evt-body",
      title: "Ministers meet",
      sources: [source("They spoke of a hotline.")],
    });
    expect([...buildEventSearch([inEvidence, inTitle]).search("hotline").keys()]).toEqual([
      "evt-title",
      "evt-body",
    ]);
  });
});
