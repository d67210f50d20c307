import { describe, expect, it } from "vitest";
import { findVessels } from "./vessels.ts";

const names = (text: string) =>
  findVessels(text).map((v) => [v.actor.name, v.actor.country ?? null]);

describe("findVessels", () => {
  it.each<[string, (string | null)[][]]>([
    // A navy's prefix, a middle initial and a hull number.
    ["The cruiser USS Andrew J. Higgins (CG 71) sailed.", [["USS Andrew J. Higgins", "USA"]]],
    // A class noun after the side's adjective.
    ["the Chinese frigate Wuhu docked", [["Wuhu", "CHN"]]],
    // The side from a navy named before the class noun.
    ["the PLA Navy destroyer Zhuhai (166) left", [["Zhuhai", "CHN"]]],
    // A plural class noun before a list; the list's ships share the phrase.
    [
      "Ships Nanning, Luzhou and Taihu arrived.",
      [
        ["Nanning", null],
        ["Luzhou", null],
        ["Taihu", null],
      ],
    ],
    // A list of classed ships, each after its own class noun, sharing the first one's side.
    [
      "the Chinese destroyer Dalian, frigate Chaohu and oiler Qinghaihu trained",
      [
        ["Dalian", "CHN"],
        ["Chaohu", "CHN"],
        ["Qinghaihu", "CHN"],
      ],
    ],
    // A formation after the ship's name is not part of it.
    ["The USS Reagan Carrier Strike Group left port.", [["USS Reagan", "USA"]]],
    // A day after the name is not part of it; a possessive is dropped.
    [
      "the destroyer Lanzhou Tuesday and the carrier Vinson's crew",
      [
        ["Lanzhou", null],
        ["Vinson", null],
      ],
    ],
    // A classed name that is prefixed is read once, as prefixed.
    ["the US destroyer USS Halsey met", [["USS Halsey", "USA"]]],
  ])("names the ships of %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    "a Chinese navy ship cut across its bow",
    "the destroyer Monday was late",
    "the carrier strike group sailed",
    "three U.S. warships with 900 sailors",
  ])("names no ship in %j", (text) => {
    expect(findVessels(text)).toEqual([]);
  });
});
