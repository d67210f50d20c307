import { describe, expect, it } from "vitest";
import { hiddenTopicsFromUrl, knownValues, topicsToUrl } from "./url-filters.ts";
import { UNTAGGED, type TopicKey } from "./topic-filter.ts";

const keys: TopicKey[] = ["cyber", "diplomacy", UNTAGGED];

describe("hiddenTopicsFromUrl", () => {
  it.each<[string, string[] | undefined, TopicKey[]]>([
    ["absent: all on", undefined, []],
    ["some on", ["cyber"], ["diplomacy", UNTAGGED]],
    ["empty: all off", [], ["cyber", "diplomacy", UNTAGGED]],
    ["unknown dropped", ["cyber", "made-up"], ["diplomacy", UNTAGGED]],
    ["only unknown: default", ["made-up"], []],
    ["untagged is a toggle too", [UNTAGGED], ["cyber", "diplomacy"]],
  ])("%s", (_name, shown, hidden) => expect([...hiddenTopicsFromUrl(shown, keys)]).toEqual(hidden));
});

describe("topicsToUrl", () => {
  it("omits the parameter while every toggle is on", () =>
    expect(topicsToUrl(new Set(), keys)).toBeUndefined());
  it("lists what is on, in display order", () =>
    expect(topicsToUrl(new Set<TopicKey>(["diplomacy"]), keys)).toEqual(["cyber", UNTAGGED]));
  it("writes an empty list when all are off", () =>
    expect(topicsToUrl(new Set(keys), keys)).toEqual([]));
  it("round-trips through hiddenTopicsFromUrl", () => {
    const hidden = new Set<TopicKey>(["cyber", UNTAGGED]);
    expect(hiddenTopicsFromUrl(topicsToUrl(hidden, keys), keys)).toEqual(hidden);
  });
});

describe("knownValues", () => {
  it("keeps only what the dataset has", () =>
    expect([...knownValues(["Xi", "Nobody"], new Set(["Xi", "Hu"]))]).toEqual(["Xi"]));
});
