import { describe, expect, it } from "vitest";
import type { LightEvent } from "../../../dataset/index.ts";
import { rememberedColors } from "./mark-colors.ts";

const event = (id: string) => ({ id }) as LightEvent;

describe("rememberedColors", () => {
  it("asks for each event's colour once, when it is first drawn", () => {
    const asked: string[] = [];
    const colorOf = rememberedColors((e) => {
      asked.push(e.id);
      return e.id === "a" ? "red" : "blue";
    });
    const a = event("a");
    const b = event("b");
    expect(asked).toEqual([]);
    expect(colorOf({ event: a })).toBe("red");
    expect(colorOf({ event: b })).toBe("blue");
    expect(colorOf({ event: a })).toBe("red");
    expect(asked).toEqual(["a", "b"]);
  });
});
