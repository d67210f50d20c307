import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseLexicon } from "./parse.ts";

const schema = z.object({
  items: z.array(z.strictObject({ id: z.string(), rank: z.number() })),
});

describe("parseLexicon", () => {
  it("returns valid data", () => {
    expect(parseLexicon(schema, { items: [{ id: "a", rank: 1 }] }, "x.json")).toEqual({
      items: [{ id: "a", rank: 1 }],
    });
  });

  it.each<[unknown, RegExp]>([
    [
      {
        items: [
          { id: "a", rank: 1 },
          { id: "b", rank: "high" },
        ],
      },
      /x\.json: items entry 1 \(b\), rank: /,
    ],
    [{ items: [{ id: "a", rank: 1, extra: true }] }, /x\.json: items entry 0 \(a\): .*extra/],
    [{}, /x\.json: items: /],
  ])("names the file, the entry and the field: %j", (data, message) => {
    expect(() => parseLexicon(schema, data, "x.json")).toThrow(message);
  });
});
