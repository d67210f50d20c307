import { describe, expect, it } from "vitest";
import { stampCandidates } from "./published.ts";
import { BODY, publishedOf } from "../testing/published-page.ts";

describe("publication date: page chrome is never chosen", () => {
  it.each<[string, string[], string[] | undefined, string[] | undefined, string | undefined]>([
    [
      "a byline line whose words after the date are prose, not roles",
      ["By Jane Doe, who covered the talks on May 24, 2011"],
      undefined,
      undefined,
      undefined,
    ],
    [
      "a yearless save stamp is no publication date",
      ["Saved: Tuesday, February 14, 9:47 PM"],
      ["The mayor first hosted a delegation from the province in 1985."],
      ["© 2012 The Daily Courier"],
      undefined,
    ],
    [
      "a yearless date line with a clock, when the body's latest year is not the copyright's",
      ["By Jane Roe", "Jun 1, 3:12 AM EDT"],
      ["The minister last spoke there in 2011."],
      ["© 2013 The Daily Courier"],
      undefined,
    ],
    [
      "a labelled day with no year, when the copyright's year is later than the body's latest",
      ["By Jane Roe, Published: October 21"],
      ["The envoys met in the capital in March 2012."],
      ["© 2014 The Daily Courier"],
      undefined,
    ],
    [
      "a month and a day in a line of prose above the body, though the two years agree",
      ["Envoys will resume the talks on October 21 in the capital, officials said"],
      ["The envoys met in the capital in March 2012."],
      ["© 2012 The Daily Courier"],
      undefined,
    ],
    [
      "a yearless weekday and day in prose, not in a stamp",
      ["Officials said they would meet the envoys on Mon Mar 5 in the capital"],
      ["Officials said the talks, the first since 2011, went well."],
      undefined,
      undefined,
    ],
    [
      "a presenter named in prose, without the label's colon",
      ["Presenter Jane Doe spoke of the summit of March 3, 2012"],
      undefined,
      undefined,
      undefined,
    ],
    [
      "a related-links list above the body: its dates are other pages'",
      [
        "Thu Jun 2, 2011 5:12pm EDT",
        "",
        "Related News",
        "Ministers to meet at regional forum",
        "Sat, May 28 2011",
      ],
      undefined,
      undefined,
      "2011-06-02",
    ],
    [
      "… while a date line after the list's blank line is a stamp again",
      ["Related News", "Ministers to meet at regional forum", "", "Thu Jun 2, 2011 5:12pm EDT"],
      undefined,
      undefined,
      "2011-06-02",
    ],
    [
      "a list's heading over its date alone, then a blank line: the page is that list, so dated",
      ["Top Stories", "Wednesday, May 2, 2012 · Updated 9:10 AM ET", "", "1. Ministers meet"],
      undefined,
      undefined,
      "2012-05-02",
    ],
    [
      "… while a date under the heading, then a link's title, is the link's",
      ["Related News", "Wednesday, May 2, 2012", "Ministers meet at regional forum"],
      undefined,
      undefined,
      undefined,
    ],
    [
      "a crawl-day header above the post's date",
      ["Monday March 9, 2020", "", "", "July 15, 2012"],
      [BODY, "The two sides last met in May 2011."],
      undefined,
      "2012-07-15",
    ],
    [
      "a crawl-day credit years after the body loses to a stamp that fits",
      ["Policy Digest - Sunday May 3, 2020", "Updated: March 2, 2012"],
      [BODY, "The two sides last met in 2011."],
      undefined,
      "2012-03-02",
    ],
    [
      "a site's header, with its account links and the weather, above the byline's date",
      [
        "Tuesday, April 2, 2013 | Springfield 48F | Sign In | Register",
        "Staff Writer / March 30, 2013",
      ],
      undefined,
      undefined,
      "2013-03-30",
    ],
    [
      "a site's header with a log-in link and no other stamp",
      ["Tue Apr 2, 2013 | Log in | Subscribe"],
      undefined,
      undefined,
      undefined,
    ],
    [
      "a site's header whose account links come before a row of the story's tools",
      ["Tue Apr 2, 2013 | Register | Print Mail Subscribe"],
      undefined,
      undefined,
      undefined,
    ],
    [
      "an outlet's stamp followed by the story's tools, the last of them Subscribe",
      ["Daily Courier 2012-06-04 14:02:11 Comment Print Mail Subscribe"],
      undefined,
      undefined,
      "2012-06-04",
    ],
    [
      "a byline's date with a place but no account link or weather is still a stamp",
      ["Springfield | March 30, 2013"],
      undefined,
      undefined,
      "2013-03-30",
    ],
    [
      "a reader comment's stamp under its author line",
      ["Ministers Meet"],
      undefined,
      ["Kim Park says:", "Posted June 9, 2013 at 9:41 am", "Nice piece.", "Reply"],
      undefined,
    ],
    [
      "a reader comment's stamp above its Reply link",
      ["Ministers Meet"],
      undefined,
      ["Posted June 9, 2013 at 9:41 am by Kim Park", "Nice piece.", "Reply"],
      undefined,
    ],
    [
      "a commenter's 'said on … at …' line",
      ["Kim Park said on June 9, 2013 at 9:41 am", "Nice piece."],
      undefined,
      undefined,
      undefined,
    ],
    [
      "a date in a comment section",
      ["Ministers Meet"],
      undefined,
      ["3 comments:", "Anonymous said...", "Great read.", "Posted: February 3, 2010 10:15 AM"],
      undefined,
    ],
    [
      "a labelled stamp inside a comment section",
      ["Ministers Meet"],
      undefined,
      ["Leave a comment", "Posted by a reader on June 9, 2013 at 9:41 am"],
      undefined,
    ],
    [
      "a related links list above the body",
      ["• Talks Resume In Beijing - March 2, 2013", "• Ministers Meet Again - April 3, 2013"],
      undefined,
      undefined,
      undefined,
    ],
    [
      "a related links list with stamps after the body",
      ["Ministers Meet"],
      undefined,
      ["- Posted: April 16, 2013 Storm Hits Coast", "- Posted: April 17, 2013 Markets Rally"],
      undefined,
    ],
    [
      "a copyright notice",
      ["Copyright Evening Ledger, June 1, 2013", "© 2013 The Evening Ledger. All rights reserved."],
      undefined,
      undefined,
      undefined,
    ],
    [
      "a copyright year for a wire dateline without one",
      ["© 2011 The Evening Ledger"],
      ["BEIJING, Oct 23 (Reuters) - Officials of the two defense ministries met on Tuesday."],
      ["Copyright 2011 Evening Ledger, Sept. 1, 2011"],
      undefined,
    ],
    [
      "narration that names a publication",
      ["Ministers Meet"],
      ["The report was published on Thursday, Jan. 21, 2010 in Beijing, officials said."],
      undefined,
      undefined,
    ],
    [
      "narration that starts with a label word",
      ["Ministers Meet"],
      ["Updated figures released on March 3, 2012 showed more exchanges."],
      undefined,
      undefined,
    ],
    [
      "narration that starts with a label word before the date",
      ["Ministers Meet"],
      ["Dated March 3, 2012, the letter proposed new talks on maritime safety."],
      undefined,
      undefined,
    ],
    [
      "a narration date in the first paragraph's opening words",
      ["Ministers Meet"],
      [
        "The yearly assessment came out on Monday, March 5, 2012, and lawmakers discussed it at length in a hearing.",
      ],
      undefined,
      undefined,
    ],
    [
      "a word and a label word in narration, with no colon",
      ["Officials posted notices on March 3, 2012 about the talks"],
      undefined,
      undefined,
      undefined,
    ],
    [
      "a photo caption above the body",
      ["Navy officers tour a frigate in Qingdao, China, May 3, 2012."],
      undefined,
      undefined,
      undefined,
    ],
    [
      "a long paragraph that opens like a blog's footer",
      [
        "This entry was posted in a hurry, the editor wrote later, because the talks had been moved twice and the ministers had agreed to meet again in the port city, where the navies of both countries had held their first drill and where the envoys had promised to return before the end of the year to sign the accord they had drafted on March 3, 2012 over three long days of meetings.",
      ],
      undefined,
      undefined,
      undefined,
    ],
    [
      "a label word in narration with no section's name after 'to'",
      ["Posted to troops in the field on March 3, 2012"],
      undefined,
      undefined,
      undefined,
    ],
    [
      "a post 'by' several words that are no user name",
      ["Posted by two officials of the ministry on June 3, 2013"],
      undefined,
      undefined,
      undefined,
    ],
    [
      "a label word in narration that names no speaker",
      ["Submitted to Congress on June 3, 2013, the report ran to ninety pages"],
      undefined,
      undefined,
      undefined,
    ],
    [
      "a headline naming a date",
      ["Defense chiefs to meet in Beijing on June 3, 2013 for talks"],
      undefined,
      undefined,
      undefined,
    ],
  ])("%s", (_, above, body, below, day) => {
    expect(publishedOf(above, body, below)).toBe(day);
  });

  it("lists every candidate with its source, in page order", () => {
    const lines = ["Monday March 9, 2020", "", "July 15, 2012", "", BODY];
    expect(stampCandidates({ lines, bodyStart: 4, body: [BODY] })).toEqual([
      { day: "2020-03-09", source: "date-line", line: 0 },
      { day: "2012-07-15", source: "date-line", line: 2 },
    ]);
  });
});

describe("findPublished: a stamp under the story's last paragraph", () => {
  it.each<[string, string[], string[], string | undefined]>([
    [
      "a dated credit",
      [BODY],
      ["(Daily Courier) May 14, 2012", "", "Related stories:"],
      "2012-05-14",
    ],
    ["a bare date line", [BODY, "The talks ran long."], ["May 14, 2012"], "2012-05-14"],
    // A date line with prose after it heads what follows; it is no stamp.
    ["a heading between paragraphs", ["May 14, 2012", BODY], [], undefined],
    [
      "a line of prose in between",
      [BODY],
      [
        "More talks are set for the autumn, officials said on Friday in a statement.",
        "May 14, 2012",
      ],
      "2012-05-14",
    ],
    ["a related link's date", [BODY], ["Envoys meet on trade talks (May 14, 2012)"], undefined],
    ["a copyright's date", [BODY], ["Copyright May 14, 2012 The Daily Courier"], undefined],
  ])("%s", (_, body, below, day) => {
    expect(publishedOf(["Talks go on"], body, below)).toBe(day);
  });

  it("is outranked by any stamp above the body", () => {
    expect(publishedOf(["Posted: May 10, 2012"], [BODY], ["(Daily Courier) May 14, 2012"])).toBe(
      "2012-05-10",
    );
  });
});

describe("findPublished: an update stamp under the body", () => {
  it("is outranked by a date line above the body", () => {
    expect(publishedOf(["Transcript", "May 06, 2013"], [BODY], ["Updated: 05/07/2013"])).toBe(
      "2013-05-06",
    );
  });

  it("above the body, outranks a bare date line", () => {
    expect(publishedOf(["May 06, 2013", "Updated: 05/07/2013"], [BODY])).toBe("2013-05-07");
  });

  it("with no date line, still dates the page", () => {
    expect(publishedOf(["Transcript"], [BODY], ["Updated: 05/07/2013"])).toBe("2013-05-07");
  });

  it.each([
    // A licence's notice under a wiki's footer is no paragraph of the story.
    ["Text is available under a free documentation licence; other terms may apply.", "2012-03-09"],
    // Negative: a paragraph after the stamp leaves it a field between paragraphs.
    ["The talks resumed in the spring, officials said on Friday in a statement.", undefined],
  ])("a wiki's edit stamp above %j", (after, day) => {
    const stamp = "This page was last edited on 9 March 2012, at 08:05 (UTC).";
    expect(publishedOf(["Talks go on"], [BODY], [stamp, after])).toBe(day);
  });
});

describe("findPublished: a details block under a comment form", () => {
  const form = ["Your view", "Title:", "Comment:", ""];
  it.each<[string, string[], string | undefined]>([
    [
      "a details heading ends the comments: its date is the story's",
      [...form, "Article Details", "Publication: Evening Ledger", "Date: Dec 13, 2010"],
      "2010-12-13",
    ],
    [
      "a wire dateline with no year takes it from the details block",
      [...form, "Document details:", "Date: Dec 13, 2010"],
      "2010-12-10",
    ],
    // Negative: "details" said inside a comment is no heading; the comment's stamp stays chrome.
    [
      "a comment that asks for details",
      ["3 comments:", "Anonymous said...", "More details please.", "Posted: February 3, 2010"],
      undefined,
    ],
  ])("%s", (_, below, day) => {
    const body = day === "2010-12-10" ? ["WASHINGTON, Dec. 10 Kyodo", BODY] : [BODY];
    expect(publishedOf(["Ministers Meet"], body, below)).toBe(day);
  });
});
