import { describe, expect, it } from "vitest";
import { isForeignLine, withoutTrailingWidgets } from "./furniture.ts";
import { isWidgetLine } from "../clean/lines.ts";

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
    // A link to send feedback and the story's feed among its tools.
    [
      "Daily Courier   2012-06-04 14:02   FeedBack   Print   RSS   Subscribe",
      "Daily Courier   2012-06-04 14:02",
    ],
    ["Readers sent feedback on the RSS", "Readers sent feedback on the RSS"],
    // One tool alone is not a row: it may be the site's own link.
    ["Tue Apr 2, 2013 | Log in | Subscribe", "Tue Apr 2, 2013 | Log in | Subscribe"],
    ["The envoys met to share views", "The envoys met to share views"],
    ["Print Email", ""],
    ["", ""],
  ])("%s → %s", (line, kept) => {
    expect(withoutTrailingWidgets(line)).toBe(kept);
  });
});

describe("a page's own notices and locators, no part of its story", () => {
  it.each<[string, boolean]>([
    // Where the story stood in the printed paper.
    ["Print Edition | Page: 3", true],
    ["Page A12", true],
    ["Newspaper edition, Section B", true],
    // A closed paper's notice that the page is from its archive.
    ["The Harbour Post stopped publishing on May 2, 2016. You are viewing our archive.", true],
    ["You are now viewing the archives", true],
    // A paywall's count of free reads and its call to sign in.
    ["Harbour Plus: You have 2 free articles remaining this month. Subscribe for $1 a week.", true],
    ["To keep reading, log in or subscribe. You have read 5 of 5 free stories this week.", true],
    ["You have used all your free articles this month", true],
    // What the page will carry.
    ["A transcript will be posted on this page after the hearing.", true],
    ["Video of the briefing is available on this site.", true],
    // A breadcrumb trail: where the page stands in the site's sections.
    ["Board > World Affairs > Is the new hotline a step forward?", true],
    ["Home › Press Releases", true],
    // Negative: a sentence that compares with ">".
    ["Exports > imports for the third year, the ministry said.", false],
    // Negative: a story's own sentences of an edition, a page, a paper that closed, or something
    // posted elsewhere, and a long paragraph.
    ["The print edition of the paper was seized at the border.", false],
    ["Page after page of the report names Chinese units.", false],
    ["The weekly ceased publication in 2015 after its license was revoked.", false],
    ["The ministry said it would keep reading the report before it would log in any reply.", false],
    ["You have two free hands, the admiral told the sailors.", false],
    ["The ministry said a transcript would be posted on its website on Friday.", false],
    [
      "The panel met on Thursday; a transcript will be posted on this page, and members will take up the report and the bill on cyber threats next month in a session of their own.",
      false,
    ],
  ])("%s → %s", (line, notice) => {
    expect(isWidgetLine(line)).toBe(notice);
  });
});
