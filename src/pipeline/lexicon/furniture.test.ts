import { describe, expect, it } from "vitest";
import { isForeignLine, withoutTrailingWidgets } from "./furniture.ts";

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

describe("withoutTrailingWidgets", () => {
  it.each<[string, string]>([
    [
      "Daily Courier 2012-06-04 14:02 Comment Print Mail Subscribe",
      "Daily Courier 2012-06-04 14:02",
    ],
    ["June 4, 2012 | Print | E-mail | Share", "June 4, 2012"],
    ["By Jane Roe · Share · Tweet", "By Jane Roe"],
    // One tool alone is not a row: it may be the site's own link.
    ["Tue Apr 2, 2013 | Log in | Subscribe", "Tue Apr 2, 2013 | Log in | Subscribe"],
    ["The envoys met to share views", "The envoys met to share views"],
    ["Print Email", ""],
    ["", ""],
  ])("%s → %s", (line, kept) => {
    expect(withoutTrailingWidgets(line)).toBe(kept);
  });
});
