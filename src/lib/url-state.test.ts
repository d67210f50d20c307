import { describe, expect, it } from "vitest";
import {
  DEFAULT_VIEW,
  isIsoDay,
  parseViewState,
  reuseUnchanged,
  serializeViewState,
  type ViewState,
} from "./url-state.ts";

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe("parseViewState", () => {
  it.each<[string, string, Partial<ViewState>]>([
    ["empty", "", {}],
    ["just a question mark", "?", {}],
    ["a range", "?from=2012-05-01&to=2012-06-30", { from: "2012-05-01", to: "2012-06-30" }],
    ["one-day range", "?from=2012-05-01&to=2012-05-01", { from: "2012-05-01", to: "2012-05-01" }],
    ["topics", "?topics=cyber,diplomacy", { topics: ["cyber", "diplomacy"] }],
    ["all topics off", "?topics=", { topics: [] }],
    ["duplicate topics once", "?topics=cyber,cyber", { topics: ["cyber"] }],
    [
      "actors with encoded comma",
      "?actors=Smith%2C%20John,Xi+Jinping",
      {
        actors: ["Smith, John", "Xi Jinping"],
      },
    ],
    ["outlets", "?outlets=Zee%20News", { outlets: ["Zee News"] }],
    ["search", "?q=cyber%20talks", { q: "cyber talks" }],
    ["at least two outlets", "?minOutlets=2", { minOutlets: 2 }],
    ["lanes", "?lanes=country", { lanes: "country" }],
    ["event", "?event=evt-2012-abc", { event: "evt-2012-abc" }],
    ["theme", "?theme=dark", { theme: "dark" }],
    ["first duplicate key wins", "?theme=dark&theme=light", { theme: "dark" }],
    ["unknown keys ignored", "?foo=bar&theme=light", { theme: "light" }],
    [
      "another dataset",
      "?data=https%3A%2F%2Fexample.org%2Ftimeline%2Fdata%2F",
      { data: "https://example.org/timeline/data/" },
    ],
    ["a relative dataset", "?data=other/", { data: "other/" }],
    ["a caption", "?title=Cyber+talks%2C+2013", { title: "Cyber talks, 2013" }],
    ["story mode", "?mode=story", { mode: "story" }],
  ])("%s", (_name, search, expected) => {
    expect(parseViewState(search)).toEqual(view(expected));
  });
});

describe("parseViewState: malformed values fall back to the default", () => {
  it.each<[string, string, Partial<ViewState>]>([
    ["from without to", "?from=2012-05-01", {}],
    ["to without from", "?to=2012-05-01", {}],
    ["backwards range", "?from=2013-01-01&to=2012-01-01", {}],
    ["impossible day", "?from=2013-02-30&to=2013-03-01", {}],
    ["not a date", "?from=yesterday&to=2013-03-01", {}],
    ["month only", "?from=2013-02&to=2013-03", {}],
    ["topics of garbage", "?topics=%25%25,!!", {}],
    ["topics of undecodable garbage", "?topics=%%%", {}],
    ["topics of only commas", "?topics=,,", {}],
    ["garbage among topics is dropped", "?topics=cyber,NOT A TOPIC", { topics: ["cyber"] }],
    ["unknown lanes", "?lanes=diagonal", {}],
    ["minOutlets of one is the default", "?minOutlets=1", {}],
    ["minOutlets not a whole number", "?minOutlets=2.5", {}],
    ["minOutlets with a sign", "?minOutlets=-2", {}],
    ["minOutlets padded", "?minOutlets=02", {}],
    ["minOutlets out of range", "?minOutlets=1000", {}],
    ["minOutlets of words", "?minOutlets=two", {}],
    ["unknown theme", "?theme=sepia", {}],
    ["theme in capitals", "?theme=DARK", {}],
    ["event of the wrong form", "?event=<script>", {}],
    ["empty event", "?event=", {}],
    ["broken percent-encoding", "?q=%E0%A4%A&theme=dark", { theme: "dark" }],
    ["broken encoding in a list item", "?actors=%E0%A4%A,Hu", { actors: ["Hu"] }],
    ["empty list items", "?actors=,,Hu,", { actors: ["Hu"] }],
    ["a key without a value", "?theme&lanes=none", { lanes: "none" }],
    ["an overlong query is cut", `?q=${"a".repeat(500)}`, { q: "a".repeat(200) }],
    ["an empty dataset address", "?data=", {}],
    ["a blank caption", "?title=%20%20", {}],
    ["an unknown mode", "?mode=slideshow", {}],
    ["an overlong caption", `?title=${"a".repeat(201)}`, {}],
    ["an overlong dataset address", `?data=${"a".repeat(2001)}`, {}],
  ])("%s", (_name, search, expected) => {
    expect(parseViewState(search)).toEqual(view(expected));
  });
});

describe("serializeViewState", () => {
  it("writes nothing for the default view", () =>
    expect(serializeViewState(DEFAULT_VIEW)).toBe(""));

  it("writes keys in a fixed order, without defaults", () =>
    expect(
      serializeViewState(
        view({ theme: "dark", event: "evt-1", q: "talks", from: "2012-01-01", to: "2012-12-31" }),
      ),
    ).toBe("?from=2012-01-01&to=2012-12-31&q=talks&event=evt-1&theme=dark"));

  it("drops a half range", () => expect(serializeViewState(view({ from: "2012-01-01" }))).toBe(""));

  it("keeps 'all topics off' distinct from 'all on'", () => {
    expect(serializeViewState(view({ topics: [] }))).toBe("?topics=");
    expect(serializeViewState(view({ topics: undefined }))).toBe("");
  });

  it("ignores a blank search", () => expect(serializeViewState(view({ q: "   " }))).toBe(""));

  it.each<Partial<ViewState>>([
    { topics: ["cyber", "untagged"], actors: ["Smith, John", "Liang Guanglie"] },
    { outlets: ["Zee News", "A&B + C"], q: '50% of "cyber" & more', lanes: "none" },
    { minOutlets: 3, q: "talks" },
    { mode: "story", event: "evt-2013-x1" },
    { from: "2010-01-01", to: "2013-12-31", event: "evt-2013-x1", theme: "light" },
    { data: "https://example.org/a b/data/?x=1&y=2", title: "Cyber & the PLA, 2013 — 50%" },
  ])("round-trips %j", (patch) => {
    const state = view(patch);
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });
});

describe("isIsoDay", () => {
  it.each([
    ["2012-02-29", true],
    ["2013-02-29", false],
    ["2013-13-01", false],
    ["2013-1-1", false],
    ["2013-01-01T00:00", false],
  ])("%s → %s", (value, expected) => expect(isIsoDay(value)).toBe(expected));
});

describe("reuseUnchanged", () => {
  it("keeps the earlier lists when only the range changed", () => {
    const before = parseViewState("?from=2012-01-01&to=2012-02-01&topics=cyber&actors=Xi");
    const after = reuseUnchanged(
      before,
      parseViewState("?from=2012-01-05&to=2012-02-01&topics=cyber&actors=Xi"),
    );
    expect(after.from).toBe("2012-01-05");
    expect(after.topics).toBe(before.topics);
    expect(after.actors).toBe(before.actors);
    expect(after).not.toBe(before);
  });

  it("returns the earlier view itself when nothing changed", () => {
    const before = parseViewState("?topics=cyber,diplomacy&q=talks");
    expect(reuseUnchanged(before, parseViewState("?topics=cyber,diplomacy&q=talks"))).toBe(before);
  });

  it("takes a list that changed, even by order", () => {
    const before = parseViewState("?topics=cyber,diplomacy");
    const after = reuseUnchanged(before, parseViewState("?topics=diplomacy,cyber"));
    expect(after.topics).toEqual(["diplomacy", "cyber"]);
    expect(after.topics).not.toBe(before.topics);
  });

  it("takes the new view when there is no earlier one", () => {
    const next = parseViewState("?q=x");
    expect(reuseUnchanged(undefined, next)).toBe(next);
  });
});
