import { describe, expect, it } from "vitest";
import { isForeignLine } from "./furniture.ts";

describe("isForeignLine", () => {
  it.each<[string, boolean]>([
    ["The two leaders discussed cyber security and maritime issues.", false],
    ["“It’s extremely important that we work together,” Panetta said – again.", false],
    ["Éditoriaux Défense Sécurité Terrorisme Zones de conflits Logistique", true],
    ["Le ministre de la Défense est arrivé pour une visite", true],
    ["Le ministre de la defense est arrive pour une visite avec les officiers", true],
    ["Der Minister und die Offiziere sind mit dem Zug gekommen", true],
    ["中美两国国防部长在北京举行会谈", true],
    ["The talks in Zhōngnánhǎi were with Premier Wen Jiabao and Défense officials", false],
    ["", false],
    // Letters past ASCII are found wherever they stand: astral, after curly quotes, or none.
    ["𝐀𝐁𝐂 le la", true],
    ["“The talks,” he said — “went well.”", false],
    ["été été the", true],
    // A lone surrogate is no letter: two foreign words in ASCII decide.
    ["\ud800 le et", true],
  ])("%s → %s", (line, foreign) => {
    expect(isForeignLine(line)).toBe(foreign);
  });
});
