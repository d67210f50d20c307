import { describe, expect, it } from "vitest";
import type { TopicWeights } from "../types.ts";
import { mergedTopics } from "./merged.ts";

/** One report per entry: its article and its topic weights (2 is a narrator's mention). */
const reports = (...tables: [string, TopicWeights][]) =>
  tables.map(([articleId, topicWeights]) => ({ articleId, topicWeights }));

describe("mergedTopics", () => {
  it.each<[string, ReturnType<typeof reports>, string[]]>([
    [
      "one report: its own topics",
      reports(["a", { cyber: 2, diplomacy: 2 }]),
      ["cyber", "diplomacy"],
    ],
    [
      "two reports mentioning a topic in passing: talked about",
      reports(["a", { cyber: 1 }], ["b", { cyber: 1 }]),
      ["cyber"],
    ],
    [
      "two reports: the union of what each names",
      reports(["a", { cyber: 2 }], ["b", { "military-to-military": 2 }]),
      ["cyber", "military-to-military"],
    ],
    [
      "many reports: a topic one of four names is not the event's",
      reports(
        ["a", { "military-to-military": 2, "maritime-regional-security": 2 }],
        ["b", { "military-to-military": 2 }],
        ["c", { "military-to-military": 2 }],
        ["d", { "military-to-military": 2 }],
      ),
      ["military-to-military"],
    ],
    [
      "many reports: a topic half of them name stays",
      reports(
        ["a", { "military-to-military": 2, cyber: 2 }],
        ["b", { "military-to-military": 2, cyber: 1 }],
        ["c", { "military-to-military": 2 }],
        ["d", { "military-to-military": 2 }],
      ),
      ["cyber", "military-to-military"],
    ],
    [
      "many reports naming no topic in common: the summed choice stands",
      reports(["a", { cyber: 2 }], ["b", { diplomacy: 2 }], ["c", { "economy-trade": 2 }]),
      ["cyber", "diplomacy", "economy-trade"],
    ],
    [
      "many reports, some naming no topic: the topic most of the rest name",
      reports(
        ["a", { "military-to-military": 2, cyber: 2 }],
        ["b", { "military-to-military": 2 }],
        ["c", {}],
        ["d", {}],
        ["e", { "nuclear-missile": 2 }],
      ),
      ["military-to-military"],
    ],
    [
      "two drafts of one article count as one report",
      reports(
        ["a", { cyber: 2 }],
        ["a", { cyber: 2 }],
        ["b", { diplomacy: 2 }],
        ["c", { diplomacy: 2 }],
      ),
      ["diplomacy"],
    ],
  ])("%s", (_, drafts, expected) => {
    expect([...mergedTopics(drafts)].sort()).toEqual([...expected].sort());
  });
});
