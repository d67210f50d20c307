import { describe, expect, it } from "vitest";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { rankedByScore } from "./ranking.ts";

const a = makeEvent({ id: "evt-a" });
const b = makeEvent({ id: "evt-b" });
const c = makeEvent({ id: "evt-c" });

describe("rankedByScore", () => {
  it("is undefined without a search", () =>
    expect(rankedByScore([a, b], { terms: [], hits: undefined })).toBeUndefined());
  it("orders by score, best first, ties in the given order", () => {
    const hits = new Map([
      ["evt-a", 1],
      ["evt-b", 3],
      ["evt-c", 1],
    ]);
    expect(rankedByScore([a, b, c], { terms: ["x"], hits })?.map((e) => e.id)).toEqual([
      "evt-b",
      "evt-a",
      "evt-c",
    ]);
  });
});
