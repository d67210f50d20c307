import { describe, expect, it } from "vitest";
import { labelledStamps, readLabelledStamp } from "./labelled-stamp.ts";

describe("readLabelledStamp: clocks", () => {
  it.each([
    ["Posted: 20 February 2013 1824 hrs", "2013-02-20"],
    ["Posted: 20 February 2013 18:24", "2013-02-20"],
    // "Latest update", as "Last update" labels a stamp.
    ["Latest update : 2011-12-07", "2011-12-07"],
    ["The latest update came on 2011-12-07 from the ministry", undefined],
    // A university's or ministry's "Release time", "Publish Time".
    ["Release time: 2012-04-06 14:20", "2012-04-06"],
    ["Publish Time: 2012-05-03 10:12", "2012-05-03"],
    ["The release time of the report was 2012-05-03 10:12", undefined],
    // A view counter beside the stamp and its long source is the page's widget.
    [
      "Release time: 2012-04-06 14:20 Source: Office of Foreign Affairs and Student Exchange Views: 2047",
      "2012-04-06",
    ],
    [
      "Release time: 2012-04-06 14:20 Source: Office of Foreign Affairs and Student Exchange Programs Abroad",
      undefined,
    ],
    // Four digits that are no time of day are no clock: the line is not a stamp.
    ["Posted: 20 February 2013 2590 hrs", undefined],
    // A question's stamp on a Q&A site, and the edit stamp under it.
    ["asked Mar 3 '11 at 09:12", "2011-03-03"],
    ["edited Mar 9 '11 at 10:00", "2011-03-09"],
    ["The envoy asked on Mar 3 '11 whether the navies would meet again soon.", undefined],
    // An answer's stamp: "Written" or "Answered" and the day; the words in a sentence are not.
    ["Written Oct 2, 2012", "2012-10-02"],
    ["Answered Oct 2, 2012", "2012-10-02"],
    ["She had written Oct 2, 2012 on the ledger's cover.", undefined],
    ["The envoy answered on Oct 2, 2012 that the navies would meet again.", undefined],
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
    // A shared document's editor bar, its editor's name and buttons after the date.
    ["Last edit was made on May 21, 2013 by jroe     Share   Saved", "2013-05-21"],
    ["Last edit was on 21 May 2013", "2013-05-21"],
    ["Last edit was made on 21 May 2013 after the vote in the assembly.", undefined],
    // What the label names, before its colon; any other word there is narration.
    ["Published time: June 13, 2013 09:31", "2013-06-13"],
    ["Updated date: 13 June 2013", "2013-06-13"],
    ["Published widely: June 13, 2013", undefined],
    // Where the page appeared, between the label and its date: a journal's online date.
    ["Published online: 04 Mar 2012", "2012-03-04"],
    ["First published online 4 March 2012", "2012-03-04"],
    ["Published in print: 4 March 2012", "2012-03-04"],
    ["Published online as a preprint by the ministry on 4 March 2012", undefined],
    // What it stamps before the label, with no colon; the clock before the date, and after it
    // the hour in the country's own zone.
    ["Page last updated at 23:11 GMT, Monday, 12 April 2010 00:11 UK", "2010-04-12"],
    ["Story posted 12 April 2010", "2010-04-12"],
    ["Officials updated at 23:11 GMT, Monday, 12 April 2010", undefined],
    ["Published time June 13, 2013 09:31", undefined],
    // A line of the page's fields: the next field may follow the date; narration may not.
    ["Date: 27/08/2013  Author: Jane Roe  Source: The Review, September issue", "2013-08-27"],
    ["Posted: May 4, 2012 Editor in charge: Jane Roe", "2012-05-04"],
    ["Posted May 4, 2012 the ministry said: talks will go on", undefined],
    // A byline's fields run into one line: the label and its colon after the outlet's bracket.
    ["By Jane Roe in Denver (The Daily) Updated: 2012-04-02 10:15", "2012-04-02"],
    ["By Jane Roe (staff) Updated figures: 2012-04-02 10:15", undefined],
    ["The ministry (in Beijing) Posted: a letter to the embassy on 2012-04-02", undefined],
    // A press release's label, with its date after a colon or a dash.
    ["For Immediate Release: June 4, 2012", "2012-06-04"],
    ["FOR IMMEDIATE RELEASE — June 4, 2012", "2012-06-04"],
    [
      "For immediate release, the ministry said on June 4, 2012, the figures would go online.",
      undefined,
    ],
  ])("%s", (line, day) => {
    expect(readLabelledStamp(line)?.day).toBe(day);
  });
});

describe("labelledStamps: a label's words in any case, or none", () => {
  it.each<[string, string[]]>([
    ["POSTED: 20 FEBRUARY 2013", ["2013-02-20"]],
    ["E-mailPublished on 20 February 2013", ["2013-02-20"]],
    [
      "Share | PUBLISHED: 20 February 2013 | Last Updated: 21 February 2013",
      ["2013-02-20", "2013-02-21"],
    ],
    // A printed page's header: the site's address, then the label.
    ["example.com Printed Tue Apr 9 2013", ["2013-04-09"]],
    ["example.com Printed copies went out to the delegates on Tue Apr 9 2013", []],
    // No label's word: no stamp, however dated.
    ["Filed: 20 February 2013", []],
    // A shared document's or a video's upload, by its user.
    ["Uploaded by harbour_docs on June 3, 2012", ["2012-06-03"]],
    ["Uploaded files reached the ministry on June 3, 2012", []],
    // A forum post's number before the label; not a post that tells something.
    ["#3 Posted on 2012-5-9 14:02:11", ["2012-05-09"]],
    ["#3 Posted a note that the envoys met 2012-5-9", []],
    // A clock, then the next labelled stamp with its noun and colon; not any words after it.
    ["Published time: May 9, 2012 14:02 Edited time: May 9, 2012 16:40", ["2012-05-09"]],
    ["Published time: May 9, 2012 14:02 Edited by the desk in a rush", []],
    // A footer's notice, then the page's stamp after its full stop; not a sentence of prose.
    ["This is an official site of the port authority. Page last updated: 4/2/2012", ["2012-04-02"]],
    ["The envoys met in the port. Updated figures came out on 4/2/2012.", []],
    // The page's stamp, its zone, then a footer's notice; not a sentence of prose.
    [
      "Page last modified on 4 March 2012 at 09:10 PST. Send corrections to the editors.",
      ["2012-03-04"],
    ],
    ["Modified figures came out on 4 March 2012 at 09:10 PST. The editors were told.", []],
    // A credit, a semicolon, then the stamp with its label; not a clause of prose.
    ["Compiled by the news desk; distributed May 3, 2012.", ["2012-05-03"]],
    ["The talks ended; updated figures came out on 4/2/2012.", []],
  ])("%j → %j", (line, days) => {
    expect(labelledStamps(line).map((s) => s.day)).toEqual(days);
  });
});
