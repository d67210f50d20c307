import { describe, expect, it } from "vitest";
import { vesselActors } from "./vessel-actors.ts";

/** The ships acting when the trigger is the first occurrence of `trigger` in `text`. */
const acting = (text: string, trigger: string) =>
  vesselActors(text, text.indexOf(trigger)).actors.map((a) => a.name);

describe("vesselActors", () => {
  it.each<[string, string, string[]]>([
    // Subjects before the act.
    [
      "The destroyer USS Halsey and the Chinese frigate Wuhu held a drill.",
      "held",
      ["USS Halsey", "Wuhu"],
    ],
    // A partner after "with", and a list after it.
    [
      "The frigate Wuhu trained with the cruiser USS Higgins and the oiler USNS Yukon.",
      "trained",
      ["Wuhu", "USS Higgins", "USNS Yukon"],
    ],
    // "between … and …".
    [
      "It was an exercise between the destroyer USS Halsey and the frigate Wuhu.",
      "exercise",
      ["USS Halsey", "Wuhu"],
    ],
    // A ship named with its navy acts for it: the navy acts too; a nationality names no navy.
    [
      "The Chinese navy's training ship Zheng He and the Chinese frigate Wuhu sailed.",
      "sailed",
      ["Zheng He", "PLA Navy", "Wuhu"],
    ],
  ])("finds the acting ships of %j", (text, trigger, expected) => {
    expect(acting(text, trigger)).toEqual(expected);
  });

  it.each<[string, string]>([
    // A place: the ship the act happened near.
    ["Near the carrier Shandong, a patrol boat stopped.", "stopped"],
    // An object: the ship someone toured.
    ["The admiral toured the frigate Wuhu.", "toured"],
    // Members of a fleet that is the subject, listed after "of".
    ["A fleet of the destroyer Dalian and the frigate Chaohu arrived.", "arrived"],
    // Named after the act without a word that brings in a partner.
    ["The admiral arrived aboard the destroyer Dalian.", "arrived"],
  ])("finds no acting ship in %j", (text, trigger) => {
    expect(acting(text, trigger)).toEqual([]);
  });

  it("blanks every ship's phrase, the side's words too, keeping offsets", () => {
    const text = "The Chinese destroyer Dalian met the U.S. Navy.";
    const { masked } = vesselActors(text, text.indexOf("met"));
    expect(masked).toHaveLength(text.length);
    expect(masked.slice(masked.indexOf("met"))).toBe("met the U.S. Navy.");
    expect(masked).not.toContain("Chinese");
  });
});
