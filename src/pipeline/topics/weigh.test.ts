import { describe, expect, it } from "vitest";
import type { TopicId } from "../../dataset/index.ts";
import { selectTopics, sumWeights, topicCounts, type TopicWeights } from "./weigh.ts";

describe("topicCounts", () => {
  it.each<[string, Partial<Record<TopicId, number>>]>([
    ["They spoke about cyber security and cyber attacks.", { cyber: 2 }],
    [
      "They discussed maritime areas, nuclear proliferation and missile defense.",
      {
        "maritime-regional-security": 1,
        "nuclear-missile": 3,
      },
    ],
    // The dialogue's name is diplomacy; it says nothing about the economy.
    ["The Strategic and Economic Dialogue opens on Wednesday.", { diplomacy: 1 }],
    ["The S&ED opens; trade and investment top the agenda.", { diplomacy: 1, "economy-trade": 2 }],
    // Trading accusations is no trade; trade beside accusations is.
    ["They should cooperate on cyber security rather than trade accusations.", { cyber: 1 }],
    ["They discussed trade and accusations of dumping.", { "economy-trade": 1 }],
    // The economy in a list of a society's domains beside politics is no trade talk.
    ["Attacks touch politics, the economy and daily life.", {}],
    ["Ties span the political, economic and security fields.", {}],
    ["They discussed the economy and trade.", { "economy-trade": 2 }],
    ["The weather was fine.", {}],
  ])("%s", (text, want) => {
    expect(Object.fromEntries(topicCounts(text))).toEqual(want);
  });
});

describe("selectTopics", () => {
  it.each<[string, TopicWeights, TopicId[]]>([
    ["nothing named", {}, []],
    ["a narrated topic is kept", { cyber: 2 }, ["cyber"]],
    [
      "a passing quoted mention is dropped beside stronger topics",
      { cyber: 9, "maritime-regional-security": 1 },
      ["cyber"],
    ],
    [
      "with only passing mentions, the best supported ones stay",
      { cyber: 1, "surveillance-privacy": 1 },
      ["cyber", "surveillance-privacy"],
    ],
    [
      "several strong topics keep display order",
      { "climate-energy": 4, cyber: 2, diplomacy: 3 },
      ["cyber", "diplomacy", "climate-energy"],
    ],
  ])("%s", (_, weights, want) => {
    expect(selectTopics(weights)).toEqual(want);
  });

  it("two reports' passing mentions of one event add up", () => {
    const merged = sumWeights([
      { cyber: 4, nuclear: 0 } as TopicWeights,
      { "nuclear-missile": 1 },
      { "nuclear-missile": 1 },
    ]);
    expect(selectTopics(merged)).toEqual(["cyber", "nuclear-missile"]);
  });
});
