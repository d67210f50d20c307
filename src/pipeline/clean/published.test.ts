import { describe, expect, it } from "vitest";
import { readDateline } from "./dateline.ts";
import {
  findPublished,
  lastOnOrBefore,
  readLabelledStamp,
  readStampDate,
  stampCandidates,
  stampShape,
} from "./published.ts";

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
    ["2013-01-22 07:15", "2013-01-22"],
    ["2013/03/11", "2013-03-11"],
    ["2013.03.11", "2013-03-11"],
    ["2013-2-21 0:48:03", "2013-02-21"],
    // The year, the month's name and the day.
    ["2011-December-08 09:21", "2011-12-08"],
    ["2012-Jan-05", "2012-01-05"],
    // A word that is no month between the numbers is no date.
    ["2011-Building-08", undefined],
    // A two-digit year with a clock right after it, as US news sites stamp bylines.
    ["By Jane Doe | 5/7/13 5:21 PM EDT", "2013-05-07"],
    ["By John Roe - 02/20/13 04:33 PM ET", "2013-02-20"],
    ["BY JOHN ROE  06.17.13  6:30 AM", "2013-06-17"],
    ["Jane Doe 17.06.13 14:20", "2013-06-17"],
    // Without a clock after it, a dotted number is no stamp's date.
    ["Version 06.17.13 of the rules", undefined],
    ["22.01.2013", "2013-01-22"],
    // Dots with no such day read day first are month first.
    ["11.19.2013 16:42", "2013-11-19"],
    ["19.19.2013", undefined],
    ["21/01/2010", "2010-01-21"],
    ["01/21/2010", "2010-01-21"],
    ["09:41, March 6, 2012", "2012-03-06"],
    // No space after the comma, as some Asian sites print their stamps.
    ["Mar 04,2012", "2012-03-04"],
    // Dashes: month first, as with slashes, unless the first number cannot be a month.
    ["07-12-2013 08:14 BJT", "2013-07-12"],
    ["25-12-2012", "2012-12-25"],
    // ISO 8601 with its "T", seconds and zone.
    ["2013-06-11T15:45:00Z", "2013-06-11"],
    ["2013-06-11T15:45+08:00", "2013-06-11"],
    // A day that does not exist is no date.
    ["2013-02-30T15:45:00Z", undefined],
  ])("%s → %s", (text, day) => {
    expect(readStampDate(text)?.day).toBe(day);
  });

  it.each([
    "February 30, 2012",
    "2012-13-01",
    "June 2012",
    "in 2012",
    "2013-2/21",
    "2010-2013",
    "13-13-2013",
    "555-12-2013",
    // A two-digit year with no clock after it: a fraction or a score as likely as a date.
    "3/4/13 of the budget",
    "Mar 04,20123",
  ])("%s has no full date", (text) => {
    expect(readStampDate(text)).toBeUndefined();
  });
});

describe("lastOnOrBefore", () => {
  it.each([
    ["2013-01-07", 9, 18, "2012-09-18"],
    ["2013-10-01", 9, 18, "2013-09-18"],
    ["2013-09-18", 9, 18, "2013-09-18"],
  ])("the last %s-bound day of month %i, day %i is %s", (bound, month, day, want) => {
    expect(lastOnOrBefore(bound, month, day)).toBe(want);
  });
});

describe("stampShape: page links beside the date", () => {
  it.each([
    ["Wed, Oct 10, 2012 - Page 1   News List   Print   Mail   Facebook   Twitter", "date-line"],
    // A section, the date, "@" and the clock, and a view count.
    ["WORLD | 3/21/2012 @ 9:05AM | 1,207 views", "byline"],
    ["Send your questions @ the minister by 2/19/2013 for a chance to win", undefined],
    // Any page number, and a "Share this" link.
    ["Wed, Oct 10, 2012 - Page 14   Print   Share this", "date-line"],
    ["Wed, Oct 10, 2012 - Page 14   Print   Share this report", undefined],
    // Prose that holds a widget's word is still prose.
    ["Share prices fell on Oct 10, 2012 after the report was released", undefined],
    // An outlet, a section and the date alone, between dashes or bars: a wire page's header.
    ["AFP  -  World news  -  Mon May 9, 2011 8:52pm ET", "byline"],
    ["The Courier | Top Stories | 10/10/2012", "byline"],
    // A breadcrumb of sections before the date.
    ["NEWS > WORLD > AMERICAS Friday 4 November 2011", "byline"],
    // The date and its clock, then the source and the editor credited.
    ["2013-02-20 20:52 Source: China Military Online Editor: Zhang Tao", "byline"],
    ["2013-02-20 20:52 Source: a ministry official who asked not to be named", undefined],
    // The same credits before the date and its clock.
    ["Source: China Military Online   Editor: Zhang Tao   2011-December-08 09:21", "byline"],
    ["Source: a ministry official said on 2011-12-08 09:21", undefined],
    // The date, then when it was last updated.
    ["2 June 2011 Last updated at 09:52 GMT", "date-line"],
    ["2 June 2011 the ministry last updated its rules", undefined],
    // A copyright sign before a byline's date.
    ["By Jane Doe | The Courier | © August 26, 2013", "byline"],
    // A text-size widget after the date and its clock.
    ["12-07-2011 21:16 BJT   Font size: A A A", "date-line"],
    // The page's age beside its date is a widget too.
    ["March 2, 2011 10:15 AM Age: 2 yrs", "date-line"],
    ["March 2, 2011: aged 2, the program grew", undefined],
    ["12-07-2011 21:16 BJT   Font of wisdom", undefined],
    // Two writers and their role in the plural.
    ["By Jane Doe and John Roe, Courier reporters | January 16, 2011", "byline"],
    ["By Jane Doe and John Roe, who reported it | January 16, 2011", undefined],
    // A part with more than a few words, or in lower case, is prose beside a date.
    ["AFP - the ministers met again as planned - Mon May 9, 2011", undefined],
  ])("%s", (line, shape) => {
    expect(stampShape(line)).toBe(shape);
  });
});

describe("readLabelledStamp: clocks", () => {
  it.each([
    ["Posted: 20 February 2013 1824 hrs", "2013-02-20"],
    ["Posted: 20 February 2013 18:24", "2013-02-20"],
    // "Latest update", as "Last update" labels a stamp.
    ["Latest update : 2011-12-07", "2011-12-07"],
    ["The latest update came on 2011-12-07 from the ministry", undefined],
    // Four digits that are no time of day are no clock: the line is not a stamp.
    ["Posted: 20 February 2013 2590 hrs", undefined],
    // A two-digit year after a label, month first, as US government sites print it.
    ["Posted 10/08/12", "2012-10-08"],
    ["Updated: 3/9/13 4:15 PM", "2013-03-09"],
    // Day first when the first number can be no month; no date when neither can be.
    ["DATE:27/09/12", "2012-09-27"],
    ["DATE:27/13/12", undefined],
    // Without a label, or as a fraction or a score, it is no stamp.
    ["10/08/12", undefined],
    ["Posted 10/08/12/3 files", undefined],
    // An e-mail's date, with its numeric UTC offset after the clock.
    ["Date: Wed, 17 Apr 2013 07:30:12 -0400", "2013-04-17"],
    ["Date: Wed, 17 Apr 2013 07:30:12 +0800", "2013-04-17"],
    // A number after a clock that is no offset leaves the line no stamp.
    ["Date: Wed, 17 Apr 2013 07:30:12 -9999 units shipped", undefined],
    // A second stamp after the first, on the same line.
    [
      "Originally published May 14, 2011 at 6:40 p.m., updated May 14, 2011 at 9:15 p.m.",
      "2011-05-14",
    ],
    ["Published May 14, 2011, updated May 15, 2011", "2011-05-14"],
    ["Published May 14, 2011, after the talks were updated on the ministry site", undefined],
    // A wiki's footer, closed by a full stop.
    ["This page was last modified on 21 May 2013 at 14:02.", "2013-05-21"],
    ["Last edited 21 May 2013, 14:02", "2013-05-21"],
    ["This page was last modified on 21 May 2013 after the vote.", undefined],
    // What the label names, before its colon; any other word there is narration.
    ["Published time: June 13, 2013 09:31", "2013-06-13"],
    ["Updated date: 13 June 2013", "2013-06-13"],
    ["Published widely: June 13, 2013", undefined],
    // What it stamps before the label, with no colon; the clock before the date, and after it
    // the hour in the country's own zone.
    ["Page last updated at 23:11 GMT, Monday, 12 April 2010 00:11 UK", "2010-04-12"],
    ["Story posted 12 April 2010", "2010-04-12"],
    ["Officials updated at 23:11 GMT, Monday, 12 April 2010", undefined],

    ["Published time June 13, 2013 09:31", undefined],
  ])("%s", (line, day) => {
    expect(readLabelledStamp(line)?.day).toBe(day);
  });
});

describe("publication date: each form", () => {
  it.each<[string, string[], string[] | undefined, string[] | undefined, string]>([
    [
      "a byline's parts between CJK bars",
      ["Editor: Jane Roe 丨Sea TV   06-19-2013 09:47 BJT"],
      undefined,
      undefined,
      "2013-06-19",
    ],
    [
      "a label after a word that is itself a strict label",
      ["Date posted: 20/12/2013"],
      undefined,
      undefined,
      "2013-12-20",
    ],
    [
      "a blog's footer naming the post's categories and tags before its date",
      ["Harbour Notes"],
      undefined,
      [
        "This entry was posted in Latest News, Sea Lanes and tagged navy, drills, port calls on October 24, 2011.",
      ],
      "2011-10-24",
    ],
    [
      "an ambiguous stamp with a day-first country's zone",
      ["Published: 03/06/2013 14:22 BST | Last updated: 03/06/2013 18:05 BST"],
      undefined,
      undefined,
      "2013-06-03",
    ],
    [
      "an ambiguous stamp with a month-first country's zone",
      ["Updated 06/03/2013 9:05 a.m. ET"],
      undefined,
      undefined,
      "2013-06-03",
    ],
    [
      "an ambiguous stamp with a zone of no one order is read as before",
      ["Published: 03/06/2013 14:22 GMT"],
      undefined,
      undefined,
      "2013-03-06",
    ],
    [
      "a post's section after 'to'",
      ["Posted to: Military July 26, 2013"],
      undefined,
      undefined,
      "2013-07-26",
    ],
    [
      "a post's section after 'in'",
      ["Posted in Asia Pacific on March 3, 2012"],
      undefined,
      undefined,
      "2012-03-03",
    ],
    [
      "a post's user name, in lower case",
      ["Navies Drill Together", "Posted by kestrel42 on Monday June 3, 2013 @09:15AM"],
      undefined,
      undefined,
      "2013-06-03",
    ],
    [
      "a discussion page's submission stamp",
      ["this post was submitted on 3 Jun 2013", "4,286 points (91% upvoted)"],
      undefined,
      undefined,
      "2013-06-03",
    ],
    [
      "a forum post's number beside its stamp",
      ["Thread Tools", "#1 06-03-2013, 09:12 AM"],
      undefined,
      undefined,
      "2013-06-03",
    ],
    [
      "a speech's delivery line, with the speaker and the place",
      [
        "As Prepared for Delivery by Secretary of the Navy Jane Roe, Qingdao, China, Monday, June 3, 2013",
      ],
      undefined,
      undefined,
      "2013-06-03",
    ],
    [
      "dateline with a full date",
      ["Ministers Meet"],
      ["WASHINGTON, Aug. 16, 2013 – Officials of the two defense ministries met today."],
      undefined,
      "2013-08-16",
    ],
    [
      "a byline's dated copyright",
      ["Ministers Meet", "By Jane Doe | The Courier | © August 26, 2013"],
      undefined,
      undefined,
      "2013-08-26",
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
    [
      "Posted on … by a user name, under a crawl-day header",
      ["Sunday May 3, 2020", "", "Posted on April 2, 2013 by admin"],
      undefined,
      undefined,
      "2013-04-02",
    ],
    ["Posted, numeric US", ["Posted: 03/03/2011 10:15 AM"], undefined, undefined, "2011-03-03"],
    [
      "Posted, 24-hour clock in hrs",
      ["Posted: 20 February 2013 1824 hrs"],
      undefined,
      undefined,
      "2013-02-20",
    ],
    [
      "a date line with the page's links after it",
      [
        "Taipei Times",
        "Wed, Oct 10, 2012 - Page 1   News List   Print   Mail   Facebook   Twitter",
      ],
      undefined,
      undefined,
      "2012-10-10",
    ],
    [
      "a reader's save stamp above the byline's date",
      [
        "Saved: 2012-02-03 14:22",
        "",
        "Features",
        "A Year of Fits and Starts",
        "By Jane Roe",
        "December 20, 2011",
      ],
      undefined,
      undefined,
      "2011-12-20",
    ],
    [
      "a print stamp above the labelled date",
      ["Printed on March 4, 2013", "Posted: 03/03/2011 10:15 AM"],
      undefined,
      undefined,
      "2011-03-03",
    ],
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
    ["UPDATED in capitals", ["UPDATED: Oct. 4, 2012"], undefined, undefined, "2012-10-04"],
    ["Updated, ISO and clock", ["Updated: 2013-03-18 06:05"], undefined, undefined, "2013-03-18"],
    ["Created on, year first", ["Created on 2012/11/27"], undefined, undefined, "2012-11-27"],
    [
      "lower-case 'date' and ISO before a byline",
      ["date 2013-01-22 By Jane Roe"],
      undefined,
      undefined,
      "2013-01-22",
    ],
    ["Date:, day first", ["Date: 22.01.2013"], undefined, undefined, "2013-01-22"],
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
      ["Ministers Meet", "By Jane Roe - Nov 3, 2011 4:12 PM PT"],
      undefined,
      undefined,
      "2011-11-03",
    ],
    [
      "outlet credit with weekday",
      ["- The Evening Ledger - Wednesday, March 7, 2012"],
      undefined,
      undefined,
      "2012-03-07",
    ],
    [
      "outlet credit after a widget",
      ["0 Comment(s)Print E-mail Evening Ledger, Aug. 2, 2012"],
      undefined,
      undefined,
      "2012-08-02",
    ],
    [
      "place, weekday, clock and zone",
      ["WASHINGTON | Thu Feb 14, 2013 5:55pm EST"],
      undefined,
      undefined,
      "2013-02-14",
    ],
    ["clock before the date", ["09:41, March 6, 2012"], undefined, undefined, "2012-03-06"],
    ["date 'at' clock", ["May 21, 2012 at 10:17 PM"], undefined, undefined, "2012-05-21"],
    [
      "date before the site's name",
      ["2013-06-08 | Evening Ledger"],
      undefined,
      undefined,
      "2013-06-08",
    ],
    [
      "a day-first dotted date is not a numbered list item",
      ["22.01.2013", "Ministers Meet"],
      undefined,
      undefined,
      "2013-01-22",
    ],
    [
      "blog post date above the title",
      ["Thursday, March 8, 2012", "", "Ministers Meet Again"],
      undefined,
      undefined,
      "2012-03-08",
    ],
    [
      "blog 'Posted by … at …' under the post",
      ["Ministers Meet Again"],
      undefined,
      ["Posted by Jane Roe at 3/08/2012 10:15:00 AM", "", "2 comments:"],
      "2012-03-08",
    ],
    [
      "byline date under a headline ending in 'Says'",
      ["Navy Chiefs Upbeat After Talks, Aide Says", "By Jane Roe - Nov 3, 2011 4:12 PM PT"],
      undefined,
      undefined,
      "2011-11-03",
    ],
    [
      "wire dateline without a year: the stamp gives the year",
      ["Posted: Oct. 24, 2012 1:05 AM"],
      ["BEIJING, Oct 23 (Reuters) - Officials of the two defense ministries met on Tuesday."],
      undefined,
      "2012-10-23",
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
      "wire dateline without a year: a day the body tells of as done came before the story",
      ["Year in Review"],
      [
        "BEIJING, Dec. 27 (Xinhua) -- The two militaries regained their footing this year.",
        "The ministers shook hands in Beijing on Jan. 10, 2011.",
      ],
      undefined,
      "2011-12-27",
    ],
    [
      "… but a day still to come may follow it: the nearest year's",
      ["Ministers to Meet"],
      ["WASHINGTON, Dec. 28 (Reuters) - The ministers will meet on Jan. 5, 2013, officials said."],
      undefined,
      "2012-12-28",
    ],
    [
      "a dateline set after the byline",
      ["Ministers Meet"],
      ["By Jane Roe, BEIJING, June 8, 2013 – Officials of the two defense ministries met today."],
      undefined,
      "2013-06-08",
    ],
    [
      "first publication and last update on one line, between bars",
      ["First published: Friday 7 June 2013 11:40 | Last updated: 9 June 2013 02:15"],
      undefined,
      undefined,
      "2013-06-07",
    ],
    [
      "an update on one line with a menu: the update, not the menu",
      ["Home | World | Updated: June 9, 2013"],
      undefined,
      undefined,
      "2013-06-09",
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
      "an ISO 8601 stamp with its time and zone",
      ["Date: 2013-06-11T15:45:00Z"],
      undefined,
      undefined,
      "2013-06-11",
    ],
    [
      "a byline with the writer's role before the date",
      ["By Jane Doe, Staff writer / May 24, 2011"],
      undefined,
      undefined,
      "2011-05-24",
    ],
    [
      "a byline with a bureau and a revision time after the date",
      ["By Jane Doe, Washington bureau   June 5, 2011   Updated 12:14 a.m."],
      undefined,
      undefined,
      "2011-06-05",
    ],
    [
      "a blog's date header in capitals above a 'Posted by' line with only a time",
      ["THURSDAY, JANUARY 20, 2011", "", "Hu at the podium", "", "Posted by K. Brennan at 8:12 AM"],
      undefined,
      undefined,
      "2011-01-20",
    ],
    [
      "a label after a word naming what it stamps",
      [
        "Hearing date: Thursday, September 13, 2012 - 10:00am",
        "Summary posted: September 14, 2012",
      ],
      undefined,
      undefined,
      "2012-09-14",
    ],
    [
      "a byline and a bare date between bars, beside an issue's name",
      ["By Jane Doe | November 12, 2013 | Winter 2013 issue"],
      undefined,
      undefined,
      "2013-11-12",
    ],
    [
      "a date before a byline of another kind of piece",
      ["June 24, 2013 | Interview by Jane Doe"],
      undefined,
      undefined,
      "2013-06-24",
    ],
    [
      "a transcript's presenters, then its date",
      [
        "Presenter: Secretary of State Jane Doe and Minister of Foreign Affairs Wang Wei  March 3, 2012",
      ],
      undefined,
      undefined,
      "2012-03-03",
    ],
    [
      "a byline's weekday and day with no year: the year, by a print stamp, when that day was that weekday",
      [
        "Printed from news.example.com on 3/9/2012",
        "By Jane Doe, Staff Writer – Mon Mar 5, 4:10 pm ET",
      ],
      undefined,
      undefined,
      "2012-03-05",
    ],
    [
      "… or by the latest year the body names",
      ["By Jane Doe, Staff Writer – Mon Mar 5, 4:10 pm ET"],
      ["Officials said the talks, the first since 2011, went well."],
      undefined,
      "2012-03-05",
    ],
    [
      "a labelled stamp's weekday and day with no year: the year, by the copyright notice, when that day was that weekday",
      ["Published: February 14", "Updated: Tuesday, February 14, 9:47 PM"],
      ["The mayor first hosted a delegation from the province in 1985."],
      ["© 2012 The Daily Courier"],
      "2012-02-14",
    ],
    [
      "a date line of a month, a day and a clock with no year: the copyright's year, when the body's latest is the same",
      ["By Jane Roe", "Jun 1, 3:12 AM EDT"],
      ["The minister spoke in Singapore, Saturday, June 1, 2013."],
      ["© 2013 The Daily Courier"],
      "2013-06-01",
    ],
    [
      "… but a copyright notice older than the body's latest year gives way to the body",
      ["Updated: Tuesday, February 14, 9:47 PM"],
      ["Officials said the talks, the first since 2011, went well."],
      ["© 2003 The Daily Courier"],
      "2012-02-14",
    ],
    [
      "a numeric stamp either of whose numbers could be the month, in the order the body's days fit",
      ["Date: 09.07.2013"],
      ["The ships arrived at the base Sept. 6 for a port visit through Sept. 9."],
      undefined,
      "2013-09-07",
    ],
    [
      "… and day first when the body names no day of the other order's month",
      ["Date: 09.07.2013"],
      ["The ships arrived at the base July 6 for a port visit."],
      undefined,
      "2013-07-09",
    ],
    [
      "… also when the body writes its day first",
      ["Date: 09.07.2013"],
      ["The ships arrived at the base on 6 September for a port visit."],
      undefined,
      "2013-09-07",
    ],
    [
      "… but not by a day the body names with its year",
      ["Date: 09.07.2013"],
      ["The ships arrived at the base on 6 September 2012 for a port visit."],
      undefined,
      "2013-07-09",
    ],
    [
      "a numeric stamp in the order another numeric date of the page shows (day first)",
      ["Printed 14/03/2013 08:40", "Last updated: 12/03/2013 19:04"],
      ["The adviser spoke on Monday."],
      undefined,
      "2013-03-12",
    ],
    [
      "… (month first)",
      ["Printed 3/14/2013 08:40", "Last updated: 12/03/2013 19:04"],
      ["The adviser spoke on Monday."],
      undefined,
      "2013-12-03",
    ],
    [
      "a numeric stamp in the order under which it falls on the weekday its line names",
      ["Date: 04/03/2013 (Monday)"],
      ["The adviser spoke on Saturday."],
      undefined,
      "2013-03-04",
    ],
    [
      "… month first when that order fits the weekday",
      ["Date: 04/03/2013 (Wednesday)"],
      ["The adviser spoke on Saturday."],
      undefined,
      "2013-04-03",
    ],
    [
      "… also for a stamp with a two-digit year",
      ["Printed 14/03/2013 08:40", "Posted 05/03/13"],
      ["The adviser spoke on Monday."],
      undefined,
      "2013-03-05",
    ],
    [
      "… which is month first when nothing on the page shows the order",
      ["Posted 05/03/13"],
      ["The adviser spoke on Monday."],
      undefined,
      "2013-05-03",
    ],
    [
      "… and by the body's days when no numeric date of the page shows an order",
      ["Last updated: 12/03/2013 19:04"],
      ["The adviser spoke on Monday, March 11."],
      undefined,
      "2013-03-12",
    ],
    [
      "… and in the order the page says it writes dates in",
      ["Last updated: 07/05/2012 09:10 | All dates on this page are day/month/year"],
      ["The adviser spoke on Saturday."],
      undefined,
      "2012-05-07",
    ],
    [
      "… month first when it says so",
      ["Posted 07/05/2012 (mm/dd/yyyy)"],
      ["The adviser spoke on Saturday."],
      undefined,
      "2012-07-05",
    ],
    [
      "a zone named by its city in brackets after the clock",
      ["Last updated: May 7, 2012 17:42 (Singapore time)"],
      ["The adviser spoke on Saturday."],
      undefined,
      "2012-05-07",
    ],
    [
      "… and by a date the page writes out with its month's name",
      ["Herald Online   Friday 5 April 2013", "Published: 05/04/2013 | 10:12 GMT"],
      ["The adviser spoke on Thursday."],
      undefined,
      "2013-04-05",
    ],
    [
      "… but not when the date written out is neither reading",
      ["Printed Monday 8 April 2013", "Published: 05/04/2013 | 10:12 GMT"],
      ["The adviser spoke on Thursday."],
      undefined,
      "2013-05-04",
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

describe("publication date: a dateline in the first paragraph with its clock", () => {
  it.each([
    ["Lawwire, Denver (March 5, 2013, 4:12 PM ET) -- A judge ruled.", "2013-03-05"],
    ["DENVER, March 5, 2013, 4:12 PM -- A judge ruled.", "2013-03-05"],
    // A clock with no dash after it opens no dateline.
    ["A judge ruled at 4:12 PM on March 5, 2013, in a packed room.", undefined],
  ])("%s", (lead, day) => {
    expect(publishedOf(["Judge rules"], [lead, "The ruling was brief."], undefined)).toBe(day);
  });
});

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
});
