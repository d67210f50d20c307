import { describe, expect, it } from "vitest";
import { readDateline } from "./dateline.ts";
import { findPublished, readStampDate, stampCandidates } from "./published.ts";

/** A body paragraph with no date of its own. */
const BODY = "Officials of the two defense ministries met on Tuesday to discuss maritime safety.";

/**
 * Runs the publication-date reader over a page made of `above` (lines over the body), the body
 * paragraphs and `below` (lines after them), as the clean stage would.
 */
function publishedOf(
  above: string[],
  body: string[] = [BODY],
  below: string[] = [],
): string | undefined {
  const lines = [...above, "", ...body, "", ...below];
  const bodyStart = above.length + 1;
  const dateline = readDateline(body[0] ?? "");
  return findPublished({
    lines,
    bodyStart,
    body,
    datelineDay: dateline?.date,
    monthDay: dateline?.monthDay,
  });
}

describe("readStampDate", () => {
  it.each([
    ["Thursday, Jan. 21, 2010", "2010-01-21"],
    ["Jan. 21st, 2010", "2010-01-21"],
    ["21st January 2010", "2010-01-21"],
    ["15 April 2013", "2013-04-15"],
    ["2012-09-19 07:44", "2012-09-19"],
    ["2013/03/11", "2013-03-11"],
    ["2013.03.11", "2013-03-11"],
    ["19.09.2012", "2012-09-19"],
    ["21/01/2010", "2010-01-21"],
    ["01/21/2010", "2010-01-21"],
    ["16:23, February 15, 2012", "2012-02-15"],
  ])("%s → %s", (text, day) => {
    expect(readStampDate(text)?.day).toBe(day);
  });

  it.each(["February 30, 2012", "2012-13-01", "June 2012", "in 2012"])(
    "%s has no full date",
    (text) => {
      expect(readStampDate(text)).toBeUndefined();
    },
  );
});

describe("publication date: each form", () => {
  it.each<[string, string[], string[] | undefined, string[] | undefined, string]>([
    [
      "dateline with a full date",
      ["Ministers Meet"],
      ["WASHINGTON, Aug. 16, 2013 – Officials of the two defense ministries met today."],
      undefined,
      "2013-08-16",
    ],
    [
      "wire credit with weekday",
      ["Published on Thursday, Jan. 21, 2010 in The Evening Ledger"],
      undefined,
      undefined,
      "2010-01-21",
    ],
    [
      "wire credit in brackets after the body",
      ["Ministers Meet"],
      undefined,
      ["(Published on Thursday, Jan. 21, 2010 in The Evening Ledger)"],
      "2010-01-21",
    ],
    [
      "repost credit after the body",
      ["Ministers Meet"],
      undefined,
      ["This article was first published on January 20, 2010 by The Evening Ledger."],
      "2010-01-20",
    ],
    ["label without 'on'", ["Published 15 April 2012"], undefined, undefined, "2012-04-15"],
    ["Posted on", ["Posted on March 3, 2011"], undefined, undefined, "2011-03-03"],
    ["Posted, numeric US", ["Posted: 03/03/2011 10:15 AM"], undefined, undefined, "2011-03-03"],
    [
      "Last updated with weekday and clock",
      ["Last Updated: Saturday, June 8, 2013 - 22:10"],
      undefined,
      undefined,
      "2013-06-08",
    ],
    [
      "First published with zone",
      ["First published: Monday 10 June 2013 09:15 BST"],
      undefined,
      undefined,
      "2013-06-10",
    ],
    ["UPDATED in capitals", ["UPDATED: July 14, 2011"], undefined, undefined, "2011-07-14"],
    ["Updated, ISO and clock", ["Updated: 2012-05-11 07:44"], undefined, undefined, "2012-05-11"],
    ["Created on, year first", ["Created on 2012/09/19"], undefined, undefined, "2012-09-19"],
    [
      "lower-case 'date' and ISO before a byline",
      ["date 2012-09-19 By Jane Roe"],
      undefined,
      undefined,
      "2012-09-19",
    ],
    ["Date:, day first", ["Date: 19.09.2012"], undefined, undefined, "2012-09-19"],
    [
      "label on its own line, date below",
      ["Published:", "March 3, 2011"],
      undefined,
      undefined,
      "2011-03-03",
    ],
    [
      "label glued to page chrome, ordinal day",
      ["0 Comment(s)Print E-mailPublished on Thursday, Jan. 21st, 2010 in The Ledger"],
      undefined,
      undefined,
      "2010-01-21",
    ],
    [
      "byline date with clock and zone",
      ["Ministers Meet", "By Jane Roe - Dec 10, 2010 5:54 PM PT"],
      undefined,
      undefined,
      "2010-12-10",
    ],
    [
      "outlet credit with weekday",
      ["- The Evening Ledger - Tuesday, January 11, 2011"],
      undefined,
      undefined,
      "2011-01-11",
    ],
    [
      "outlet credit after a widget",
      ["0 Comment(s)Print E-mail Evening Ledger, July 10, 2013"],
      undefined,
      undefined,
      "2013-07-10",
    ],
    [
      "place, weekday, clock and zone",
      ["WASHINGTON | Thu Feb 14, 2013 5:55pm EST"],
      undefined,
      undefined,
      "2013-02-14",
    ],
    ["clock before the date", ["16:23, February 15, 2012"], undefined, undefined, "2012-02-15"],
    ["date 'at' clock", ["June 7, 2013 at 11:03 PM"], undefined, undefined, "2013-06-07"],
    [
      "date before the site's name",
      ["2013-06-08 | Evening Ledger"],
      undefined,
      undefined,
      "2013-06-08",
    ],
    [
      "a day-first dotted date is not a numbered list item",
      ["19.09.2012", "Ministers Meet"],
      undefined,
      undefined,
      "2012-09-19",
    ],
    [
      "blog post date above the title",
      ["Tuesday, February 2, 2010", "", "Ministers Meet Again"],
      undefined,
      undefined,
      "2010-02-02",
    ],
    [
      "blog 'Posted by … at …' under the post",
      ["Ministers Meet Again"],
      undefined,
      ["Posted by Jane Roe at 2/02/2010 10:15:00 AM", "", "2 comments:"],
      "2010-02-02",
    ],
    [
      "byline date under a headline ending in 'Says'",
      ["Talks Make Progress, Official Says", "By Jane Roe - Dec 10, 2010 5:54 PM PT"],
      undefined,
      undefined,
      "2010-12-10",
    ],
    [
      "wire dateline without a year: the stamp gives the year",
      ["Posted: Sept. 20, 2012 1:05 AM"],
      ["BEIJING, Sept 19 (Reuters) - Officials of the two defense ministries met on Wednesday."],
      undefined,
      "2012-09-19",
    ],
    [
      "wire dateline without a year: the body's dates give it",
      ["Ministers Meet"],
      [
        "BEIJING, Jan. 3 (Reuters) - Officials of the two defense ministries met on Thursday.",
        "They last met on Dec. 12, 2012, in Washington.",
      ],
      undefined,
      "2013-01-03",
    ],
    [
      "a dateline set after the byline",
      ["Ministers Meet"],
      ["By Jane Roe, BEIJING, June 8, 2013 – Officials of the two defense ministries met today."],
      undefined,
      "2013-06-08",
    ],
    [
      "first publication beats a later update",
      ["Last updated: June 9, 2013", "Published: June 8, 2013"],
      undefined,
      undefined,
      "2013-06-08",
    ],
    [
      "the dateline beats a stamp",
      ["Updated: June 10, 2013"],
      ["WASHINGTON, June 8, 2013 – Officials of the two defense ministries met today."],
      undefined,
      "2013-06-08",
    ],
    [
      "a comment count above the body is a widget, not a comment section",
      ["Comments (3)", "Posted: March 3, 2011"],
      undefined,
      undefined,
      "2011-03-03",
    ],
  ])("%s", (_, above, body, below, day) => {
    expect(publishedOf(above, body, below)).toBe(day);
  });
});

describe("publication date: page chrome is never chosen", () => {
  it.each<[string, string[], string[] | undefined, string[] | undefined, string | undefined]>([
    [
      "a crawl-day header above the post's date",
      ["Friday April 3, 2020", "", "", "August 22, 2013"],
      [BODY, "The two sides last met in April 2012."],
      undefined,
      "2013-08-22",
    ],
    [
      "a crawl-day credit years after the body loses to a stamp that fits",
      ["Policy Digest - Sunday May 3, 2020", "Updated: March 2, 2012"],
      [BODY, "The two sides last met in 2011."],
      undefined,
      "2012-03-02",
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
      ["BEIJING, Sept 19 (Reuters) - Officials of the two defense ministries met on Wednesday."],
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
      "a narration date in the first paragraph's opening words",
      ["Ministers Meet"],
      [
        "The annual report was released on Wednesday, August 24, 2011, as the law requires, and officials discussed it.",
      ],
      undefined,
      undefined,
    ],
    [
      "a photo caption above the body",
      ["Defense ministers shake hands before their talks in Hanoi, Vietnam, Oct. 11, 2010."],
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
    const lines = ["Friday April 3, 2020", "", "August 22, 2013", "", BODY];
    expect(stampCandidates({ lines, bodyStart: 4, body: [BODY] })).toEqual([
      { day: "2020-04-03", source: "date-line", line: 0 },
      { day: "2013-08-22", source: "date-line", line: 2 },
    ]);
  });
});
