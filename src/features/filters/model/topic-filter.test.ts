import { describe, expect, it } from "vitest";
import type { TopicId } from "../../../dataset/index.ts";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import {
  UNTAGGED,
  filterEventsByTopic,
  isEventShown,
  primaryTopic,
  topicKeysOf,
  topicOptions,
  type TopicKey,
} from "./topic-filter.ts";

const topics: { id: TopicId; label: string }[] = [
  { id: "cyber", label: "Cyber security" },
  { id: "military-to-military", label: "Military-to-military" },
  { id: "diplomacy", label: "Summits & dialogue" },
];
const listed = new Set<string>(topics.map((t) => t.id));
const cyber = makeEvent({ topics: ["cyber"] });
const both = makeEvent({ topics: ["military-to-military", "cyber"] });
const untagged = makeEvent({ topics: [] });
const unlisted = makeEvent({ topics: ["economy-trade"] });
const document = { topics, events: [cyber, both, untagged, unlisted] };
const hide = (...keys: TopicKey[]) => new Set<TopicKey>(keys);

describe("topicKeysOf", () => {
  it("keeps the listed topics of an event", () =>
    expect(topicKeysOf(both, listed)).toEqual(["military-to-military", "cyber"]));
  it("answers UNTAGGED for an event with no topics, or only unlisted ones", () => {
    expect(topicKeysOf(untagged, listed)).toEqual([UNTAGGED]);
    expect(topicKeysOf(unlisted, listed)).toEqual([UNTAGGED]);
  });
  it("answers a shared list of topics once per set of listed topics, whoever lists them", () => {
    const shared = ["military-to-military", "cyber"] as TopicId[];
    const first = topicKeysOf(makeEvent({ topics: shared }), listed);
    expect(topicKeysOf(makeEvent({ topics: shared }), new Set(listed))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // Other topics listed: worked out again, not the answer for the first set.
    expect(topicKeysOf(makeEvent({ topics: shared }), new Set(["cyber"]))).toEqual(["cyber"]);
    expect(topicKeysOf(makeEvent({ topics: shared }), listed)).toBe(first);
  });
});

describe("topicOptions", () => {
  it("lists every document topic in order with its count, then No topic", () =>
    expect(topicOptions(document)).toEqual([
      { key: "cyber", label: "Cyber security", count: 2 },
      { key: "military-to-military", label: "Military-to-military", count: 1 },
      { key: "diplomacy", label: "Summits & dialogue", count: 0 },
      { key: UNTAGGED, label: "No topic", count: 2 },
    ]));
  it("leaves out No topic when every event has a listed topic", () =>
    expect(topicOptions({ topics, events: [cyber, both] }).map((o) => o.key)).not.toContain(
      UNTAGGED,
    ));
});

describe("isEventShown / filterEventsByTopic", () => {
  it("shows everything when nothing is hidden", () =>
    expect(filterEventsByTopic(document, hide())).toEqual(document.events));
  it("shows an event while any of its topics is on", () => {
    expect(isEventShown(both, listed, hide("cyber"))).toBe(true);
    expect(isEventShown(cyber, listed, hide("cyber"))).toBe(false);
    expect(filterEventsByTopic(document, hide("cyber"))).toEqual([both, untagged, unlisted]);
  });
  it("hides an event once all its topics are off", () =>
    expect(filterEventsByTopic(document, hide("cyber", "military-to-military"))).toEqual([
      untagged,
      unlisted,
    ]));
  it("hides untagged events with the No topic toggle", () =>
    expect(filterEventsByTopic(document, hide(UNTAGGED))).toEqual([cyber, both]));
  it("shows nothing when every toggle is off", () =>
    expect(
      filterEventsByTopic(document, hide("cyber", "military-to-military", "diplomacy", UNTAGGED)),
    ).toEqual([]));
});

describe("primaryTopic", () => {
  it("is the first topic that is on", () => {
    expect(primaryTopic(both, listed, hide())).toBe("military-to-military");
    expect(primaryTopic(both, listed, hide("military-to-military"))).toBe("cyber");
    expect(primaryTopic(untagged, listed, hide())).toBe(UNTAGGED);
  });
});
