import { describe, expect, it } from "vitest";
import { readStampDate } from "./stamp-date.ts";

describe("readStampDate", () => {
  it.each([
    ["Thursday, Jan. 21, 2010", "2010-01-21"],
    ["Jan. 21st, 2010", "2010-01-21"],
    ["21st January 2010", "2010-01-21"],
    ["15 April 2013", "2013-04-15"],
    // A stray space before the year's comma, in either order of day and month.
    ["Friday, 5 October , 2012 07:30:00", "2012-10-05"],
    ["October 5 , 2012", "2012-10-05"],
    ["5 October , talks went on; 2012", undefined],
    ["2013-01-22 07:15", "2013-01-22"],
    ["2013/03/11", "2013-03-11"],
    ["2013.03.11", "2013-03-11"],
    ["2013-2-21 0:48:03", "2013-02-21"],
    // Year, month and day parted by spaces, as a translation tool renders them, before a clock …
    ["2012 09 18 19:58:41", "2012-09-18"],
    // … and not without the clock or the two-digit month and day.
    ["2012 09 18", undefined],
    ["In 2012 9 18 ships sailed at 10:00", undefined],
    // The year, the month's name and the day.
    ["2011-December-08 09:21", "2011-12-08"],
    ["2012-Jan-05", "2012-01-05"],
    // Year, month and day each before its sign, as Chinese, Japanese and Korean sites stamp pages.
    ["2011年3月9日 09:12", "2011-03-09"],
    ["2013 年 11 月 02 日", "2013-11-02"],
    ["2012년 6월 5일", "2012-06-05"],
    // Without the day's sign, or with a month that does not exist, no date.
    ["2011年3月", undefined],
    ["2011年13月9日", undefined],
    // A month in capitals on a line that is not, as print pages set their running heads.
    ["Daily Courier   SUNDAY, MARCH 10, 2013   courier.com", "2013-03-10"],
    ["A4 | Evening Post   MAY 23, 2012", "2012-05-23"],
    // A capitalised word that is no month is still no date.
    ["Daily Courier   SECTION 8, 2013", undefined],
    // A word that is no month between the numbers is no date.
    ["2011-Building-08", undefined],
    // A two-digit year with a clock right after it, as US news sites stamp bylines.
    ["By Jane Doe | 5/7/13 5:21 PM EDT", "2013-05-07"],
    ["By John Roe - 02/20/13 04:33 PM ET", "2013-02-20"],
    ["BY JOHN ROE  06.17.13  6:30 AM", "2013-06-17"],
    ["Jane Doe 17.06.13 14:20", "2013-06-17"],
    // … or alone on its line, the clock on the next line.
    ["06.17.13", "2013-06-17"],
    // Without a clock after it, in a line of words, a dotted number is no stamp's date.
    ["Version 06.17.13 of the rules", undefined],
    ["See section 2.1.13", undefined],
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
    // A month's name, the day and a two-digit year after an apostrophe, as Q&A sites print it.
    ["asked Mar 3 '11 at 09:12", "2011-03-03"],
    ["Sept. 30, ’12", "2012-09-30"],
    ["Feb 30 '12", undefined],
    // A month's short name, the day and the year with no space between.
    ["Posted on : Mar.4,2012 09:10 KST", "2012-03-04"],
    ["Mar.31,2012", "2012-03-31"],
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
    // Two digits after an apostrophe with no month's name before them: no date.
    "the class of '12",
    // The same close form with no year, or no day that exists.
    "Mar.4,20",
    "Feb.30,2012",
  ])("%s has no full date", (text) => {
    expect(readStampDate(text)).toBeUndefined();
  });
});

describe("readStampDate: only lines with two digits in a row are read", () => {
  it.each([
    // A two-digit year with a clock is the shortest date read.
    ["6.7.13 5:21 PM", "2013-06-07"],
    ["6.7.1 5:21 PM", undefined],
    ["Monday, June 3", undefined],
    ["Jan 5 2 0 1 3", undefined],
  ])("%j → %s", (line, day) => {
    expect(readStampDate(line)?.day).toBe(day);
  });
});
