import { describe, expect, it } from "vitest";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { indexEvents } from "./event-index.ts";
import { facetOptions } from "./facet-options.ts";
import { applyFilters, isFiltering, type FilterCriteria } from "./facets.ts";
import { searchTerms } from "./search.ts";
import { buildEventSearch } from "./search-index.ts";
import { UNTAGGED, type TopicKey } from "./topic-filter.ts";

const articles = new Map([
  ["a-xin", { outlet: "Xinhua" }],
  ["a-afps", { outlet: "AFPS" }],
  ["a-none", { outlet: "" }],
]);
const source = (articleId: string) => ({
  articleId,
  evidence: [{ text: "x", start: 0, end: 1 }],
});
const actor = (name: string) => ({ name });

const e1 = makeEvent({
  title: "Panetta meets Liang",
  topics: ["cyber", "military-to-military"],
  actors: [actor("Panetta"), actor("Liang")],
  sources: [source("a-afps"), source("a-xin")],
});
const e2 = makeEvent({
  title: "Summit at Sunnylands",
  topics: ["diplomacy"],
  actors: [actor("Obama"), actor("Xi")],
  sources: [source("a-xin")],
  quotes: [
    { speaker: "Xi", text: "A new model of cyber relations", articleId: "a-xin", start: 0, end: 1 },
  ],
});
const e3 = makeEvent({
  title: "Untitled gathering",
  topics: [],
  actors: [actor("Panetta")],
  sources: [source("a-none")],
});
const listed = new Set(["cyber", "military-to-military", "diplomacy"]);
const index = indexEvents([e1, e2, e3], listed, articles);
const eventSearch = buildEventSearch([e1, e2, e3]);
/** The criteria of a search for `query`: its terms and what the index finds. */
const searching = (query: string) => ({
  terms: searchTerms(query),
  hits: eventSearch.search(query),
});

const criteria = (patch: Partial<FilterCriteria> = {}): FilterCriteria => ({
  hiddenTopics: new Set<TopicKey>(),
  actors: new Set(),
  outlets: new Set(),
  terms: [],
  hits: undefined,
  minOutlets: 1,
  ...patch,
});
const ids = (c: FilterCriteria) => applyFilters(index, c).events.map((e) => e.id);
const counts = (map: ReadonlyMap<string, number>) => Object.fromEntries(map);

describe("indexEvents", () => {
  it("collects outlets from the source articles, skipping unknown or blank ones", () => {
    expect(index.map((i) => i.outlets)).toEqual([["AFPS", "Xinhua"], ["Xinhua"], []]);
  });
  it("searches quotes and their speakers", () =>
    expect(ids(criteria(searching("new model")))).toEqual([e2.id]));
  it("keys an event with no listed topic as untagged", () =>
    expect(index[2]?.topicKeys).toEqual([UNTAGGED]));
});

describe("applyFilters", () => {
  it.each<[string, Partial<FilterCriteria>, string[]]>([
    ["no filters", {}, [e1.id, e2.id, e3.id]],
    ["topic off", { hiddenTopics: new Set<TopicKey>(["diplomacy"]) }, [e1.id, e3.id]],
    ["untagged off", { hiddenTopics: new Set<TopicKey>([UNTAGGED]) }, [e1.id, e2.id]],
    ["an actor", { actors: new Set(["Panetta"]) }, [e1.id, e3.id]],
    ["either of two actors", { actors: new Set(["Liang", "Xi"]) }, [e1.id, e2.id]],
    ["an outlet", { outlets: new Set(["Xinhua"]) }, [e1.id, e2.id]],
    ["actor and outlet", { actors: new Set(["Panetta"]), outlets: new Set(["Xinhua"]) }, [e1.id]],
    ["search in a quote", searching("MODEL cyber"), [e2.id]],
    ["search in a title", searching("sunny"), [e2.id]],
    ["nothing matches", searching("zzz"), []],
    ["at least two outlets", { minOutlets: 2 }, [e1.id]],
    ["more outlets than any event has", { minOutlets: 3 }, []],
  ])("%s", (_name, patch, expected) => expect(ids(criteria(patch))).toEqual(expected));

  it("counts each topic with the other filters applied, not its own", () => {
    const result = applyFilters(
      index,
      criteria({ actors: new Set(["Panetta"]), hiddenTopics: new Set<TopicKey>(["cyber"]) }),
    );
    // cyber is off, yet its count says what turning it on would show among Panetta's events.
    expect(counts(result.topicCounts)).toEqual({
      cyber: 1,
      "military-to-military": 1,
      [UNTAGGED]: 1,
    });
  });

  it("counts actors and outlets with the other facets applied", () => {
    const result = applyFilters(
      index,
      criteria({ actors: new Set(["Xi"]), outlets: new Set(["AFPS"]) }),
    );
    expect(result.events).toEqual([]);
    expect(counts(result.actorCounts)).toEqual({ Panetta: 1, Liang: 1 });
    expect(counts(result.outletCounts)).toEqual({ Xinhua: 1 });
  });

  it("narrows every count by the search (over titles and actors alike)", () => {
    const result = applyFilters(index, criteria(searching("panetta")));
    expect(counts(result.topicCounts)).toEqual({
      cyber: 1,
      "military-to-military": 1,
      [UNTAGGED]: 1,
    });
    expect(counts(result.outletCounts)).toEqual({ AFPS: 1, Xinhua: 1 });
  });

  it("counts events by how many outlets report them, given the other filters", () => {
    const result = applyFilters(index, criteria({ minOutlets: 2, actors: new Set(["Panetta"]) }));
    expect(Object.fromEntries(result.byOutletCount)).toEqual({ 0: 1, 2: 1 });
    // The minimum narrows every other count, as the search does.
    expect(counts(result.outletCounts)).toEqual({ AFPS: 1, Xinhua: 1 });
    expect(counts(result.actorCounts)).toEqual({ Panetta: 1, Liang: 1 });
  });

  it("counts what the filters but the search would show", () => {
    expect(applyFilters(index, criteria(searching("zzz"))).without.search).toBe(3);
    expect(
      applyFilters(index, criteria({ ...searching("zzz"), minOutlets: 2 })).without.search,
    ).toBe(1);
  });

  it("counts, for each part of the view, what every other part would show", () => {
    const result = applyFilters(
      index,
      criteria({
        ...searching("panetta"),
        hiddenTopics: new Set<TopicKey>(["cyber", "military-to-military"]),
        minOutlets: 2,
      }),
    );
    expect(result.events).toEqual([]);
    // Panetta is in e1 (both topics hidden, two outlets) and e3 (untagged, no outlet).
    expect(result.without).toEqual({ search: 0, topics: 1, people: 0, minOutlets: 1 });
  });
});

describe("isFiltering", () => {
  it("is false with nothing set", () => expect(isFiltering(criteria())).toBe(false));
  it("is true with a search", () => expect(isFiltering(criteria({ terms: ["x"] }))).toBe(true));
  it("is true with an outlet minimum", () =>
    expect(isFiltering(criteria({ minOutlets: 2 }))).toBe(true));
});

describe("facetOptions", () => {
  it("lists values most frequent first, ties by name", () =>
    expect(facetOptions(index, (i) => i.actors)).toEqual([
      { value: "Panetta", total: 2 },
      { value: "Liang", total: 1 },
      { value: "Obama", total: 1 },
      { value: "Xi", total: 1 },
    ]));
});
