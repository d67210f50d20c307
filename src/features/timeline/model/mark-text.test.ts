import { describe, expect, it } from "vitest";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { markDetail, markName } from "./mark-text.ts";
import { prepareEvents } from "./prepared-events.ts";

const item = (reading: { articles: number; outlets: number; lowConfidence: boolean }) => {
  const event = makeEvent({ title: "Talks", date: { value: "2013-06-07" }, status: "planned" });
  const [prepared] = prepareEvents([event], "none", undefined, () => reading).items;
  if (!prepared) throw new Error("not prepared");
  return prepared;
};

describe("mark text", () => {
  it("names everything the mark draws", () =>
    expect(markName(item({ articles: 2, outlets: 2, lowConfidence: true }))).toBe(
      "Talks, 7 June 2013, planned, reported by 2 articles, 2 outlets, low confidence",
    ));
  it("gives the tooltip the date and how many report it", () =>
    expect(markDetail(item({ articles: 1, outlets: 1, lowConfidence: false }))).toBe(
      "7 June 2013 · 1 article, 1 outlet",
    ));
});
