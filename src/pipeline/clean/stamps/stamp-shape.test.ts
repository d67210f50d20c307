import { describe, expect, it } from "vitest";
import { stampShape } from "./stamp-shape.ts";

describe("stampShape: page links beside the date", () => {
  it.each([
    ["Wed, Oct 10, 2012 - Page 1   News List   Print   Mail   Facebook   Twitter", "date-line"],
    // A section, the date, "@" and the clock, and a view count.
    ["WORLD | 3/21/2012 @ 9:05AM | 1,207 views", "byline"],
    ["Send your questions @ the minister by 2/19/2013 for a chance to win", undefined],
    // Any page number, and a "Share this" link.
    ["Wed, Oct 10, 2012 - Page 14   Print   Share this", "date-line"],
    ["Wed, Oct 10, 2012 - Page 14   Print   Share this report", undefined],
    // A date, then its update's label and date in brackets.
    ["11:42 20/02/2013 (updated: 12:30 20/02/2013)", "date-line"],
    ["20/02/2013 11:42 (updated 20/02/2013 12:30)", "date-line"],
    ["11:42 20/02/2013 (talks resumed 21/02/2013)", undefined],
    // A sentence's opening, cut by a hard wrap after a name, is no stamp and its outlet.
    ["On March 4, 2013, the Senate Armed Services Committee", undefined],
    ["In June 2011, the Naval War College Press", undefined],
    // Negative: the same date before a byline's "by" or an outlet's capitalised name.
    ["On March 4, 2013, by Jane Doe", "byline"],
    // The paper's own staff or edition credited: "our correspondent", "agencies", "online".
    ["Apr 2nd 2012, 09:15 by The Harbour Post online", "byline"],
    ["May 5, 2012, by our correspondent", "byline"],
    ["June 4, 2012 by staff and agencies", "byline"],
    // Negative: a lower-case phrase after "by" that names no one.
    ["May 3, 2012 by the way the talks went nowhere", undefined],
    // The reports a byline drew on, after the writer's name.
    ["2012/04/11 09:20 AM | By Jo Bloggs, World Desk, with wire reports", "byline"],
    ["By Jo Bloggs with agency reports | 11 April 2012", "byline"],
    // Negative: other words after the name are no credit.
    ["By Jo Bloggs, with thanks to our readers | 11 April 2012", undefined],
    // A portal's row of widgets after its source credit: comments and the font's sizes.
    [
      "2012-04-11 09:20:31   Source: Harbour News   Participate in interaction (12)   Font size: large medium small",
      "byline",
    ],
    ["2012-04-11 09:20:31   Source: Harbour News   Font size: larger than usual", undefined],
    ["On March 4, 2013, The Harbour Post", "byline"],
    // A weekly's "from the print edition" link beside the date and the place.
    ["May 12th 2012 | from the print edition", "date-line"],
    ["Oct 6th 2011 | TOKYO | from the print edition", "byline"],
    ["Oct 6th 2011 | from the print edition of a rival paper", undefined],
    // The same link without its article, as a weekly sets it in capitals.
    ["Mar 3rd 2011 | HANOI | from Print edition", "byline"],
    ["Mar 3rd 2011 | from PRINT EDITION", "date-line"],
    ["Mar 3rd 2011 | from print editions of two rival papers", undefined],
    // Prose that holds a widget's word is still prose.
    ["Share prices fell on Oct 10, 2012 after the report was released", undefined],
    // An outlet, a section and the date alone, between dashes or bars: a wire page's header.
    ["AFP  -  World news  -  Mon May 9, 2011 8:52pm ET", "byline"],
    ["The Courier | Top Stories | 10/10/2012", "byline"],
    // A place and its date, a stamp of its own, beside a release's number.
    ["Port Springfield, Lower Valley, March 3, 2011 | Press release 42", "byline"],
    ["Port Springfield, March 3, 2011 | Bulletin 7", "byline"],
    ["Port Springfield, March 3, 2011 | the ministers met again as planned", undefined],
    // The writer, the outlet and the place listed with commas in one part.
    [
      "Jane Doe, The Daily Courier, Port Springfield | World News | Tue, May 8 2012, 9:10 AM",
      "byline",
    ],
    [
      "Jane Doe, who wrote about the talks in Port Springfield | World News | May 8 2012",
      undefined,
    ],
    // Two writers joined by "and", each a short name.
    [
      "Jane Q. Doe and Li Ming Wei, The Daily Courier, Port Springfield | World | Fri, May 4 2012",
      "byline",
    ],
    [
      "Jane Doe and the ministry officials who briefed reporters | World | Fri, May 4 2012",
      undefined,
    ],
    // A live page's note on its clock, and an auto-refresh switch, beside its desk and date.
    [
      "MARKETS DESK — MONDAY, MAY 7, 2012   All times Singapore (GMT+8)   [Auto-refresh: OFF]",
      "byline",
    ],
    ["WORLD DESK - Thu, June 6, 2013 - all times in London time", "byline"],
    ["Thu, June 6, 2013   all times are local", "date-line"],
    // Negative: "times" in a sentence after a date is prose.
    ["May 8, 2012 all times we met there were tense", undefined],
    // A breadcrumb of sections before the date.
    ["NEWS > WORLD > AMERICAS Friday 4 November 2011", "byline"],
    // The date and its clock, then the source and the editor credited.
    ["2013-02-20 20:52 Source: China Military Online Editor: Zhang Tao", "byline"],
    ["2013-02-20 20:52 Source: a ministry official who asked not to be named", undefined],
    // … with the page's widgets after the credits: buttons in full-width brackets, a count.
    ["2013-02-20 20:52   Source: Example Daily   【Font size: Large Small】 【Print】", "byline"],
    ["2013-02-20 20:52   Source: Example Daily   Author: Li Ming   Comments (12)", "byline"],
    ["2013-02-20 20:52   Source: Example Daily   Participate in discussion (40 people)", "byline"],
    ["2013-02-20 20:52 Source: officials who spoke (12) at the talks 【Print】", undefined],
    // The same credits before the date and its clock.
    ["Source: China Military Online   Editor: Zhang Tao   2011-December-08 09:21", "byline"],
    ["Source: a ministry official said on 2011-12-08 09:21", undefined],
    // A print page's running head: its section and page, the paper's name, a star between.
    ["B4 N THE DAILY COURIER NATIONAL EDITION TUESDAY, MAY 14, 2013", "byline"],
    ["7 ★ EVENING POST Tuesday 14 May 2013", "byline"],
    ["The B4 rule was adopted on Tuesday, May 14, 2013 by the board", undefined],
    // The date's own label after the credits.
    ["Source: PLA Daily   Author: Li Ming   Time: 2012-03-14 08:30", "byline"],
    ["Source: the ministry said at the Time: 2012-03-14 08:30", undefined],
    ["Source: PLA Daily   Author: Li Ming, Wang Bo   2012/03/14", "byline"],
    ["Source: PLA Daily said that Li Ming, Wang Bo and others met 2012/03/14", undefined],
    // An English story on a Chinese site: the site's labels and widgets in its own script.
    ["2011-04-02 08:31  出处：人民网  责编：Li Wei", "byline"],
    ["[ 2011-04-02 08:31 ]  【字体：大 中 小】【收藏】", "date-line"],
    ["2011年4月2日 星期六", "date-line"],
    // A sentence in Chinese that holds a full date is prose, as is an English one beside it.
    ["两国防长2011年4月2日在北京举行会谈，双方同意加强交流。", undefined],
    ["2011-04-02 08:31 出处：人民网 the ministers agreed to meet again", undefined],
    // Two dates joined by a dash or "to": a span (an archive's captures), no stamp.
    ["12 Mar 2011 - 4 Apr 2015", undefined],
    ["March 12, 2011 to April 4, 2015", undefined],
    ["12 Mar 2011 - Harbour Post", "byline"],
    // The date, then who posted it.
    ["Monday, May 7, 2012 | posted by Jane Roe", "byline"],
    ["May 7, 2012 | posted by the ministry after the talks", undefined],
    // The site's address before the date and the credits.
    ["http://news.example.cn  2012年05月07日 08:12   Source: Example Daily", "byline"],
    ["http://news.example.cn said on 2012-05-07 08:12 Source: Example Daily", undefined],
    // A mail's sender and address before the date it was sent.
    ["Jane Roe <jroe@example.org>   Mon, Mar 4, 2013 at 3:12 PM", "byline"],
    ["Write to jroe@example.org by Mar 4, 2013 at 3:12 PM to apply", undefined],
    // The date, then when it was last updated.
    ["2 June 2011 Last updated at 09:52 GMT", "date-line"],
    ["2 June 2011 the ministry last updated its rules", undefined],
    // A byline that credits a role alone, no name.
    ["By Staff writer / May 2, 2012", "byline"],
    ["By staff correspondents, May 2, 2012", "byline"],
    ["By staff writers the report of May 2, 2012 was read", undefined],
    // A copyright sign before a byline's date.
    ["By Jane Doe | The Courier | © August 26, 2013", "byline"],
    // A text-size widget after the date and its clock.
    ["12-07-2011 21:16 BJT   Font size: A A A", "date-line"],
    // A credit's bracketed note on who translated or passed on the story.
    ["2011-01-11 18:40:12 GMT+8 | Courier (translated by Example English)", "byline"],
    ["2011-01-11 | Courier (via The Daily Bugle)", "byline"],
    ["2011-01-11 | the ministry said (via a spokesman) that talks would go on", undefined],
    // The page's age beside its date is a widget too.
    ["March 2, 2011 10:15 AM Age: 2 yrs", "date-line"],
    ["March 2, 2011 10:15 AM Age: 1 yr", "date-line"],
    ["March 2, 2011 10:15 AM Age: 5 hrs", "date-line"],
    ["March 2, 2011 10:15 AM Age: 3 days", "date-line"],
    ["March 2, 2011: the age of 3 days was the limit", undefined],
    ["March 2, 2011: aged 2, the program grew", undefined],
    // A PDF's bullet glyph between a running header's parts.
    ["ChinaBrief Volume XIII s Issue 15 s July 18, 2013", "byline"],
    ["Volume XIII s Issue 15 s July 18, 2013 s the navies met", undefined],
    // An hour alone before "a.m." or "p.m.", before or after the date.
    ["6 a.m., May 7, 2012", "date-line"],
    ["May 7, 2012, 11pm", "date-line"],
    ["6 a.m., May 7, 2012, the ships sailed", undefined],
    ["12-07-2011 21:16 BJT   Font of wisdom", undefined],
    // A page's links to its print version, to send it to a friend, and to comment.
    ["14 March 2012, 07:40 Comment (4) | Print version | Send to friend", "date-line"],
    ["14 March 2012, 07:40 Printer-friendly version | E-mail to a friend", "date-line"],
    ["14 March 2012, 07:40 a version sent to a friend for comment", undefined],
    // A reporter's city after the name, with "in".
    ["By Jane Roe in Hong Kong | 2012-05-14", "byline"],
    ["2012-05-14 10:20 Source: Courier Reporter: Jane Roe in Beijing", "byline"],
    ["2012-05-14 10:20 Source: Harbour Evening Post Reporter: Jane Roe in Hong Kong", "byline"],
    ["2012-05-14 10:20 Source: Harbour Evening Post Reporter: Jane Roe in the capital", undefined],
    ["2012-05-14 the envoys met in Beijing again", undefined],
    // A brand written with a capital inside is a name.
    ["May 7, 2013 | by exampleNEWS staff", "byline"],
    ["May 7, 2013 | by all accounts the talks went well", undefined],
    // A blog post's date, the sections it is filed in and its comment link.
    ["August 2, 2012  |  Filed under Asia, Defense & Security  |  Leave a comment", "byline"],
    ["August 2, 2012 | Posted in Asia, Cyber | Tags: PLA, Navy", "byline"],
    ["August 2, 2012 the court filed under seal a list of categories", undefined],
    // A programme page's air date, its channel and the length of the broadcast.
    ["Tue 5 Mar 2013, 18:30 GMT on Example Radio   |   Duration: 27 mins", "byline"],
    ["Tue 5 Mar 2013 the talks lasted a duration of 27 mins", undefined],
    // A news site's name, and its links to send feedback, print and close, and type sizes.
    [
      "News.example.cn   2012-05-02 21:47:10   [Feedback]  [Print]  [Close]   Font: Large Medium Small",
      "byline",
    ],
    ["2012-05-02 21:47:10 the feedback was close to unanimous", undefined],
    // Two writers and their role in the plural.
    ["By Jane Doe and John Roe, Courier reporters | January 16, 2011", "byline"],
    ["By Jane Doe and John Roe, who reported it | January 16, 2011", undefined],
    // A part with more than a few words, or in lower case, is prose beside a date.
    ["AFP - the ministers met again as planned - Mon May 9, 2011", undefined],
  ])("%s", (line, shape) => {
    expect(stampShape(line)).toBe(shape);
  });
});
