import { describe, expect, it } from "vitest";
import { BODY, publishedOf } from "../testing/published-page.ts";

describe("publication date: each form", () => {
  it.each<[string, string[], string[] | undefined, string[] | undefined, string | undefined]>([
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
      "a newsletter's footer naming its edition's day, with more after it",
      ["The Weekly Metals Note"],
      undefined,
      ["This edition was published on Monday 8 April 2013 and posted online the next morning."],
      "2013-04-08",
    ],
    [
      "a digest's footer telling the day its issue went out",
      ["The Weekly Metals Note"],
      undefined,
      ["This newsletter went out to its readers on 8 April 2013."],
      "2013-04-08",
    ],
    [
      "an English edition's stamp under its Spanish label, the clock in hours",
      ["Obama and Hu meet", "Publicado: 14/03/2013 18:40 hrs"],
      undefined,
      undefined,
      "2013-03-14",
    ],
    [
      "a French label with the clock's 'h' and its connecting word",
      ["Obama and Hu meet", "Publié le 14/03/2013 à 18h40"],
      undefined,
      undefined,
      "2013-03-14",
    ],
    [
      "a Nordic English edition's stamp, its clock after 'kl.'",
      ["Obama and Hu meet", "Published 14.3.2013 kl. 18:40 | Updated 14.3.2013 kl. 19:05"],
      undefined,
      undefined,
      "2013-03-14",
    ],
    [
      "'kl.' before words that are no clock dates nothing",
      ["Obama and Hu meet", "Published 14.3.2013 kl. the desk in Oslo took the call at noon"],
      undefined,
      undefined,
      undefined,
    ],
    [
      "a Spanish label with no date after it dates nothing",
      ["Obama and Hu meet", "Publicado en la sección Mundo"],
      undefined,
      undefined,
      undefined,
    ],
    [
      "an English label with the clock in hours",
      ["Obama and Hu meet", "Published: 14/03/2013 18:40 hrs"],
      undefined,
      undefined,
      "2013-03-14",
    ],
    [
      "a sentence of prose about an issue raised on a day is no stamp",
      ["The Weekly Metals Note"],
      undefined,
      ["This issue was raised again at the talks on Monday 8 April 2013 by both delegations."],
      undefined,
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
      "a hyphened ambiguous stamp in the order of the date the masthead writes out, over a zone's letters that name two countries",
      ["The Harbour Ledger", "Sunday, 09 Jun 2013", "Published: 09-06-2013, 08:30 PST"],
      undefined,
      undefined,
      "2013-06-09",
    ],
    [
      "an ambiguous stamp in the order of the date the page writes out, before its zone",
      ["The Harbour Ledger", "Sunday, 09 Jun 2013", "Published: 09/06/2013, 08:30 PST"],
      undefined,
      undefined,
      "2013-06-09",
    ],
    [
      "a hyphened ambiguous stamp with a month-first zone and no date written out",
      ["The Harbour Ledger", "Published: 09-06-2013, 08:30 PST"],
      undefined,
      undefined,
      "2013-09-06",
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
      "a press release's label on its own line, its date below, under a notice read as prose",
      [],
      [
        "This page is kept for reference, and its links to other sites may no longer work.",
        "For Immediate Release",
        "June 4, 2012",
        "The two defense ministers met at the Pentagon on Monday.",
      ],
      undefined,
      "2012-06-04",
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
      "… or, when the body names only years before the dataset's window, by the window's years",
      ["By Jane Doe, Staff Writer – Tue Mar 12, 6:14 pm ET"],
      ["Officials said it was the sharpest warning since 2001."],
      undefined,
      "2013-03-12",
    ],
    [
      "… and by them too when the body names no year",
      ["By Jane Doe, Staff Writer – Tue Mar 12, 6:14 pm ET"],
      undefined,
      undefined,
      "2013-03-12",
    ],
    [
      "… but a body that names a year after the window's start keeps its own years",
      ["By Jane Doe, Staff Writer – Tue Mar 12, 6:14 pm ET"],
      ["Officials said it was the sharpest warning since 2018."],
      undefined,
      "2019-03-12",
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
      "… and a labelled day with no clock after a byline, by the same two years agreeing",
      ["By Jane Roe, Published: October 21"],
      ["The envoys met in the capital in March 2012."],
      ["© 1998-2012 The Daily Courier"],
      "2012-10-21",
    ],
    [
      "… also with the day before the month",
      ["Last updated 4 November"],
      ["The envoys met in the capital in March 2012."],
      ["© 2012 The Daily Courier"],
      "2012-11-04",
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
      "a date with a space before the comma of its year",
      ["Security", "A Year of Talks", "Mar 4 , 2012", "Jane Roe, Research Fellow"],
      undefined,
      undefined,
      "2012-03-04",
    ],
    [
      "… but not a related link's, dated so below the body",
      ["Security", "A Year of Talks"],
      undefined,
      ["You might also like", "- Beyond the Zone: Air Encounters   Mar 01 , 2012"],
      undefined,
    ],
    [
      "a site's widget of the day the page was viewed is no stamp; the stamp under it is",
      ["Example English 例句网  今天是2016年3月4日 星期五", "2011-03-04 10:15  出处：例句网"],
      undefined,
      undefined,
      "2011-03-04",
    ],
    [
      "… and with only the widget, the page states no date",
      ["Home | Today is Friday, March 4, 2016"],
      undefined,
      undefined,
      undefined,
    ],
    [
      "a Chinese site's stamp in its own form, with the weekday in Chinese",
      ["Example English 例句网", "2011年3月2日 星期三"],
      undefined,
      undefined,
      "2011-03-02",
    ],
    [
      "a quoted document's labelled field between the story's paragraphs is not the page's stamp",
      ["Harbour talks", "Wed Mar 9, 2011 4:15pm EST"],
      [
        "The envoy quoted a memo from the talks, which carries the header:",
        "DATE: 2008-11-05",
        "The memo asked both navies to keep the line open through the winter months.",
      ],
      undefined,
      "2011-03-09",
    ],
    [
      "… but one under a headline read as the body's first line, above any sentence, is",
      ["Journal of Example Studies"],
      [
        "Talking Again? The Navies and Their Hotline",
        "Pages 18-27 | Published online: 04 Mar 2011",
        "The memo asked both navies to keep the line open through the winter months.",
      ],
      undefined,
      "2011-03-04",
    ],
    [
      "… while one under the story's last paragraph still is",
      ["Harbour talks"],
      undefined,
      ["Date: 2011-03-09"],
      "2011-03-09",
    ],
    [
      "a post's age under it, counted back from the day a reader saved the page",
      ["Harbour talks"],
      undefined,
      ["20 hours ago", "Like (3)   Comment (1)", "", "saved date: Thu Mar 15 2012 09:30:00"],
      "2012-03-14",
    ],
    [
      "… and with no save stamp, the age dates nothing",
      ["Harbour talks"],
      undefined,
      ["20 hours ago", "Like (3)   Comment (1)"],
      undefined,
    ],
    [
      "a masthead's date with its weekday, over the story's own date line",
      ["harbourpost.example   Friday, April 3, 2015", "Navies agree on a hotline", "Mar 9, 2012"],
      undefined,
      undefined,
      "2012-03-09",
    ],
    [
      "… and over an update stamp under the headline",
      [
        "Harbour Post   Friday, April 3, 2015",
        "Navies agree on a hotline",
        "Updated March 9, 2012",
      ],
      undefined,
      undefined,
      "2012-03-09",
    ],
    [
      "… and under the site's links, above the headline",
      [
        "[1]Harbour Post",
        "Edition: Asia   Friday, April 3, 2015",
        "Navies agree on a hotline at harbour talks",
        "Fri Mar 9, 2012 4:10pm EST",
      ],
      undefined,
      undefined,
      "2012-03-09",
    ],
    [
      "a Q&A site's question stamp, printed under the question",
      ["Where did the harbour story come from?"],
      ["I keep reading about the harbour talks. Is there a source?", "asked Mar 3 '11 at 09:12"],
      ["The source is a ministry release of March 2, 2011."],
      "2011-03-03",
    ],
    [
      "an answer's stamp on a Q&A site, under the question and the answerer's card",
      ["Why did the harbour talks stall?"],
      [
        "Why did the navies stop meeting after the spring? Was anything agreed?",
        "Ann Lee, former port official",
        "Written Oct 2, 2012",
      ],
      ["The navies met on 9 March and again in 2011."],
      "2012-10-02",
    ],
    [
      "… while a masthead is the page's stamp when it has no other",
      ["Harbour Post   Friday, March 9, 2012", "Navies agree on a hotline"],
      undefined,
      undefined,
      "2012-03-09",
    ],
    [
      "a stamp in its own part before the copyright notice, under readers' comments",
      ["Navies agree on a hotline"],
      undefined,
      [
        "COMMENTS (2)",
        "J. Roe - 3 days ago",
        "A good start.",
        "",
        "Published online 14/05/2012  ·  © 2012 Harbour Review Ltd. All rights reserved.",
      ],
      "2012-05-14",
    ],
    [
      // Negative: a stamp after the notice is no part before it, and a comment's stamp is none.
      "a stamp after the copyright notice, and a comment's stamp",
      ["Navies agree on a hotline"],
      undefined,
      [
        "COMMENTS (2)",
        "J. Roe - Published 16/05/2012",
        "A good start.",
        "",
        "© 2012 Harbour Review Ltd.  ·  Printed 14/05/2012",
      ],
      undefined,
    ],
    [
      "a weekly's issue line at the foot of the page, under the story and a box of notices",
      ["Navies agree on a hotline"],
      undefined,
      [
        "HARBOUR NOTES",
        "• Ferry timetable changes from Dec. 3",
        "",
        "The Harbour Weekly · Vol. 12, No. 48 · Friday, November 30, 2012",
        "© 2012 The Harbour Weekly",
      ],
      "2012-11-30",
    ],
    [
      // Negative: with no issue's number the line is no issue line …
      "a footer's name and date with no issue number",
      ["Navies agree on a hotline"],
      undefined,
      [
        "HARBOUR NOTES",
        "• Ferry timetable changes from Dec. 3",
        "",
        "The Harbour Weekly · Next issue · Friday, November 30, 2012",
      ],
      undefined,
    ],
    [
      // … nor is a line with two dates (a volume's span).
      "a footer's volume with two dates",
      ["Navies agree on a hotline"],
      undefined,
      [
        "HARBOUR NOTES",
        "• Ferry timetable changes from Dec. 3",
        "",
        "The Harbour Weekly · Vol. 12 · November 2, 2012 to November 30, 2012",
      ],
      undefined,
    ],
    [
      "a masthead's date between bars beside another calendar's day and a greeting to readers",
      [
        "Port Ellis, Friday, March 9, 2012 | 16 Adar 5772 | Warm wishes to all our readers",
        "Navies agree on a hotline",
      ],
      undefined,
      undefined,
      "2012-03-09",
    ],
    [
      // Negative: a headline ticker's sentence beside the date is no masthead's part.
      "a date between bars beside a sentence",
      ["Friday, March 9, 2012 | Navies agree on a hotline. | Markets", "Navies agree on a hotline"],
      undefined,
      undefined,
      undefined,
    ],
    [
      // Negative: a masthead's parts beside two dates are no single stamp.
      "a line of parts with two dates",
      [
        "Friday, March 9, 2012 | Monday, March 12, 2012 | Warm wishes to all our readers",
        "Navies agree on a hotline",
      ],
      undefined,
      undefined,
      undefined,
    ],
    [
      // Negative: an outlet's name and the date under the headline is the story's own.
      "an outlet's stamp under the headline, over an update stamp",
      [
        "Navies agree on a hotline",
        "Harbour Post   Friday, March 9, 2012",
        "Updated March 12, 2012",
      ],
      undefined,
      undefined,
      "2012-03-09",
    ],
    [
      "a forwarded mail: the story's date under the marker, not the forwarder's",
      [
        "From: Jane Roe <jroe@example.org>",
        "Date: Tue, Apr 10, 2012 at 8:02 AM",
        "Subject: Fwd: Alert",
        "",
        "---------- Forwarded message ----------",
        "From: Alerts <alerts@example.com>",
        "Date: Fri, Mar 9, 2012 at 6:15 PM",
        "Subject: Alert",
      ],
      undefined,
      undefined,
      "2012-03-09",
    ],
    [
      // Negative: with no marker, the first "Date:" of the header stands.
      "a mail's own header",
      ["From: Jane Roe <jroe@example.org>", "Date: Tue, Apr 10, 2012 at 8:02 AM", "Subject: Alert"],
      undefined,
      undefined,
      "2012-04-10",
    ],
    [
      "a comment count above the body is a widget, not a comment section",
      ["Comments (3)", "Posted: March 3, 2011"],
      undefined,
      undefined,
      "2011-03-03",
    ],
    [
      "the page's last-modified footer under its readers' comments",
      ["River Notes"],
      undefined,
      [
        "2 Comments",
        "Sam K. | May 9, 2012 at 8:10 am",
        "Nice piece.",
        "",
        "Last modified: 05/08/2012 17:30 | Powered by WordPress",
      ],
      "2012-05-08",
    ],
    [
      "a blog's entry footer under its readers' comments",
      ["River Notes"],
      undefined,
      [
        "Leave a Reply",
        "Sam K. says: May 9, 2012 at 8:10 am",
        "",
        "This entry was posted on Tuesday, May 8th, 2012 at 4:10 pm in Navy.",
      ],
      "2012-05-08",
    ],
    [
      // Negative: a reader's own stamp under the comments' start dates the comment only.
      "a commenter's posted stamp under the comments' start",
      ["River Notes"],
      undefined,
      ["Leave a Reply", "Posted: May 9, 2012"],
      undefined,
    ],
    [
      "a date in brackets closing the story, a photo's caption under it",
      ["The Harbour Daily | English Edition"],
      undefined,
      [
        "(Apr. 4, 2012)",
        "",
        "[Photo caption] The two ministers shake hands at the ministry in Tokyo before their talks.",
      ],
      "2012-04-04",
    ],
    [
      // Negative: a paragraph of the story under the date keeps it from closing the story.
      "a date in brackets with the story's prose under it",
      ["The Harbour Daily | English Edition"],
      undefined,
      [
        "(Apr. 4, 2012)",
        "",
        "The two ministers are expected to meet again before the end of the year in Seoul.",
      ],
      undefined,
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

describe("publication date: a dateline opening a paragraph further down the body", () => {
  const abstract = "This paper sets out the findings of a study of intrusions at power utilities.";
  it.each<[string, string[], string | undefined]>([
    [
      "a release under an abstract, before a footer's later update",
      [
        abstract,
        "Press release",
        "PORT SPRINGFIELD, Ore., March 3, 2011 - The firm today released a report.",
      ],
      "2011-03-03",
    ],
    // Negative: a date in a later paragraph's prose opens no dateline.
    [
      "a date in prose",
      [abstract, "The firm released a report on March 3, 2011 - a day early."],
      "2012-06-14",
    ],
  ])("%s", (_, body, day) => {
    expect(publishedOf(["Night attacks"], body, ["Page last updated 06/14/2012"])).toBe(day);
  });
});

describe("publication date: the day in the page's own address", () => {
  it.each<[string, string[], string | undefined]>([
    [
      "a print header's address, not its print day",
      ["Printed on 04/02/2013 from http://www.example.com/article/20130328/NEWS/303280011/Talks"],
      "2013-03-28",
    ],
    [
      "a path of year, month and day",
      ["http://example.com/2012/05/08/world/talks.html"],
      "2012-05-08",
    ],
    [
      "a year-month folder and a day",
      ["http://example.cn/news/2013-11/15/content_12.htm"],
      "2013-11-15",
    ],
    // An archive's capture time is when it was saved; the archived address is the page's.
    [
      "an archived page's own address",
      ["https://web.archive.org/web/20140117220513/http://example.gov/2010/01/14/briefing.htm"],
      "2010-01-14",
    ],
    // A stated date outranks the address.
    [
      "a stamp beside an address",
      ["Posted: March 3, 2011", "http://example.com/2011/03/02/talks.html"],
      "2011-03-03",
    ],
    // Numbers that are no day of a path segment.
    ["a story number", ["http://example.com/html/world/2015082314_talks18.html"], undefined],
    ["an archive's capture time alone", ["https://web.archive.org/web/20130613184117/"], undefined],
    ["a month folder", ["http://example.com/2013/06/talks.html"], undefined],
    ["no such day", ["http://example.com/2013/02/30/talks.html"], undefined],
  ])("%s", (_, above, day) => {
    expect(publishedOf(above, ["The adviser spoke on Saturday."], undefined)).toBe(day);
  });

  it("not an address cited in the story's prose", () => {
    const body = [
      "The adviser spoke on Saturday, and the full text of the remarks was posted at http://example.com/2012/05/08/remarks.html for readers.",
    ];
    expect(publishedOf(["Talks resume"], body, undefined)).toBeUndefined();
  });
});

describe("publication date: a numeric stamp read in the order of its wire dateline's day", () => {
  it.each<[string, string, string | undefined]>([
    // Day first: the 11th of January, as the dateline names it, not the 1st of November, whose
    // nearest 11 January would be the next year's.
    ["08:30 11/01/2012", "SEOUL, January 11 (Agency) - The two navies met.", "2012-01-11"],
    // The stamp may be the dateline's next day, the story filed in another zone.
    ["01:10 12/01/2012", "WASHINGTON, January 11 (Agency) - The two navies met.", "2012-01-11"],
    // Month first: the 1st of November.
    ["08:30 11/01/2012", "SEOUL, November 1 (Agency) - The two navies met.", "2012-11-01"],
    // Negative: neither order falls on the dateline's day; its nearest one to the stamp as read.
    ["08:30 11/01/2012", "SEOUL, June 20 (Agency) - The two navies met.", "2012-06-20"],
  ])("%s over %s", (stamp, lead, day) => {
    expect(publishedOf(["Navies meet", "", stamp], [lead, "The talks were long."])).toBe(day);
  });
});

describe("publication date: a post's stamp under its tags", () => {
  it.each<[string, string[], string | undefined]>([
    [
      "a stamp and a count of notes under a line of hashtags",
      ["#navy   #drills   #pacific", "", "June 3rd, 2012   ·   42 notes"],
      "2012-06-03",
    ],
    ["the stamp right under the last sentence", ["June 3rd, 2012   ·   42 notes"], "2012-06-03"],
    // Negative: words that are no tags stand between, and the stamp is not the post's.
    [
      "a heading between",
      ["More from the archive", "", "June 3rd, 2012   ·   42 notes"],
      undefined,
    ],
  ])("%s", (_, below, day) => {
    expect(
      publishedOf(["Harbour notes"], [BODY, "The ships sailed for home after the talks."], below),
    ).toBe(day);
  });
});

describe("publication date: a wire story's stamp under its end mark", () => {
  it.each<[string, string[], string | undefined]>([
    ["a name after two equals signs", ["==Agency", "2012-06-03 21:15:40"], "2012-06-03"],
    ["an end in brackets", ["(END)", "2012-06-03 21:15:40"], "2012-06-03"],
    ["three hashes", ["###", "", "2012-06-03 21:15:40"], "2012-06-03"],
    // Negative: a name with no mark before it is a heading, and the stamp is not the story's.
    ["a name alone", ["Agency", "2012-06-03 21:15:40"], undefined],
  ])("%s", (_, below, day) => {
    expect(
      publishedOf(["Harbour notes"], [BODY, "The ships sailed for home after the talks."], below),
    ).toBe(day);
  });
});
