import { describe, expect, it } from "vitest";
import { chronologyHeadings, isDatedEntry, isDateHeading } from "./chronology.ts";
import { runOn } from "../testing/corpus.ts";

describe("isDateHeading", () => {
  it.each([
    ["March 2011", true],
    ["4-5 June 2012", true],
    ["Sept. 9, 2013:", true],
    ["2012", true],
    ["Aug 14 2013 -", true],
    // A year between dashes, as wires set a key-dates list's years.
    ["- 2011 -", true],
    ["-2011-", true],
    // A day of a week's review, its weekday named: no year needed.
    ["MONDAY", true],
    ["Wednesday, Nov. 7", true],
    ["Monday-Tuesday, Nov. 5-6", true],
    ["Friday:", true],
    // A diary's day, its weekday shortened, and the place after a dash.
    ["WED., MAY 9", true],
    ["Sat 12 May", true],
    ["Fri., May 11 - MANILA", true],
    ["Wednesday, Nov. 7 — Fort Hood", true],
    // A wiki's section heading with its link to edit the section.
    ["2011[edit]", true],
    ["March 2012 [edit | edit source]", true],
    ["2011 [edited]", false],
    // Negative: a date in a sentence, a date with no year, a clock, a headline with a date, a
    // weekday in a sentence or a headline.
    ["Monday was quiet in the capital", false],
    ["Monday talks end without a deal", false],
    ["The talks resumed in March 2011.", false],
    ["March 4", false],
    ["March 4, 2011 10:12 AM", false],
    ["Envoys meet again, March 2011", false],
    ["- 2011 was the busiest year -", false],
    // Negative: a short weekday alone, a weekday with no day before a dash, words of a sentence
    // after the dash.
    ["Sun", false],
    ["Monday - Talks Resume", false],
    ["Tue., May 8 - talks resume in the capital", false],
  ])("%s", (line, expected) => {
    expect(isDateHeading(line)).toBe(expected);
  });
});

describe("chronologyHeadings", () => {
  const page = [
    "Here is how the dispute grew:",
    "",
    "March 2011",
    "The envoys meet for the first time and agree to talk again.",
    "",
    "5 May 2012",
    "A second round opens in the capital.",
  ];

  it("gives each paragraph under a heading its heading", () => {
    expect(chronologyHeadings(page, [0, 3, 6], 0, page.length)).toEqual(
      new Map([
        [3, "March 2011"],
        [6, "5 May 2012"],
      ]),
    );
  });

  it("gives an entry's paragraph its heading over the entry's own title line", () => {
    const titled = [
      "March 2011",
      "A First Meeting",
      "The envoys hold a first round and agree to talk again.",
      "",
      "5 May 2012",
      "Round Two",
      "",
      "A second round opens in the capital.",
    ];
    // Line 1 is the title (no kept line); below "Round Two" a blank line parts the paragraph.
    expect(chronologyHeadings(titled, [2, 7], 0, titled.length)).toBeUndefined();
    expect(
      chronologyHeadings(
        [...titled, "", "June 2012", "Round Three", "A third round opens."],
        [2, 7, 11],
        0,
        12,
      ),
    ).toEqual(
      new Map([
        [2, "March 2011"],
        [11, "June 2012"],
      ]),
    );
  });

  it("gives each item of a day's block its heading, down to a blank line or one with a date", () => {
    const week = [
      "TUESDAY, MAY 8",
      "10 a.m. -- The envoy tours the fleet's headquarters.",
      "PORT CITY -- The envoy meets the governor later in the day.",
      "The envoy recalls his first visit in March.",
      "",
      "WEDNESDAY, MAY 9",
      "The envoy flies home.",
      "",
      "The schedule may change, the ministry says.",
    ];
    expect(chronologyHeadings(week, [1, 2, 3, 6, 8], 0, week.length)).toEqual(
      new Map([
        [1, "TUESDAY, MAY 8"],
        [2, "TUESDAY, MAY 8"],
        [6, "WEDNESDAY, MAY 9"],
      ]),
    );
  });

  it("gives every entry under a year alone that year, down to one that opens with no date", () => {
    const years = [
      "- 2011 -",
      "Mar 4   The envoys meet for the first time.",
      "Nov   A second round opens in the capital.",
      "- 2012 -",
      "5 May   A third round is held.",
      "The talks have gone on since, officials say.",
    ];
    expect(chronologyHeadings(years, [1, 2, 4, 5], 0, years.length)).toEqual(
      new Map([
        [1, "2011"],
        [2, "2011"],
        [4, "2012"],
      ]),
    );
  });

  it.each<[string, string[], number[], [number, string][]]>([
    // Entries after a list's marker, with a range of days or a part of a month, are entries too …
    [
      "marked entries",
      [
        "2011",
        "- 2 Mar: The envoys meet.",
        "- 5-7 Jun: A drill is held.",
        "• Late Oct: A round opens.",
      ],
      [1, 2, 3],
      [
        [1, "2011"],
        [2, "2011"],
        [3, "2011"],
      ],
    ],
    // … but a marked line that opens with no date ends them, as prose does.
    [
      "a marked line with no date",
      [
        "2011",
        "- 2 Mar: The envoys meet.",
        "- 5 Apr: A call.",
        "- Officials say more will follow.",
        "- 4 May: A drill.",
      ],
      [1, 2, 3, 4],
      [
        [1, "2011"],
        [2, "2011"],
      ],
    ],
    // A year alone right above the body's first line heads it, as the year further down heads its own.
    [
      "a year above the body",
      ["Appendix: contacts", "2011", "In March the envoys met.", "2012", "In May a round opened."],
      [2, 4],
      [
        [2, "2011"],
        [4, "2012"],
      ],
    ],
  ])("%s", (_, lines, kept, headed) => {
    const start = kept[0] ?? 0;
    const found = chronologyHeadings(lines, kept, start, lines.length);
    expect([...(found ?? new Map<number, string>())]).toEqual(headed);
  });

  it("takes no line above the body for a heading unless it is a year alone or a weekday's day", () => {
    const lines = ["March 2011", "In March the envoys met.", "2012", "In May a round opened."];
    expect(chronologyHeadings(lines, [1, 3], 1, lines.length)).toBeUndefined();
    const diary = ["Tue., May 8", "The envoys met.", "Wed., May 9", "A round opened."];
    expect([...(chronologyHeadings(diary, [1, 3], 1, diary.length) ?? [])]).toEqual([
      [1, "Tue., May 8"],
      [3, "Wed., May 9"],
    ]);
  });

  it("is no timeline with a single heading (a lone date line is a stamp)", () => {
    expect(chronologyHeadings(page.slice(0, 4), [0, 3], 0, 4)).toBeUndefined();
  });
});

describe("a timeline's entries, dated by their headings", () => {
  it("frames a day named without a year in its heading's year, and dates an undated entry", async () => {
    const page = [
      "A timeline of the dispute",
      "",
      "By Jane Roe",
      "Published: June 3, 2013",
      "",
      "The two governments have traded charges for three years. Here is how the dispute grew over that time:",
      "",
      "January 2011",
      "The ministry suspends the exchanges on 10 January and summons the ambassador over the arms sale.",
      "",
      "October 2012",
      "The committee releases a report that names two companies as a threat to the networks.",
    ].join("\n");
    const state = await runOn({ "a.txt": page });
    const dates = (state.output?.events.events ?? []).map((e) => e.date.value).sort();
    expect(dates).toEqual(["2011-01-10", "2012-10"]);
  });
});

describe("a list of entries under a year alone", () => {
  it("frames each marked entry's day in the year above it, not the one nearest publication", async () => {
    const page = [
      "Contacts of the year",
      "",
      "Published: January 20, 2012",
      "",
      "These are the contacts between the two militaries during the year, by the date they took place.",
      "",
      "2011",
      "",
      "- 9 Feb: The envoys meet in the capital and agree to talk again.",
      "- 3-5 Nov: The two navies hold a search-and-rescue drill off the coast.",
    ].join("\n");
    const state = await runOn({ "a.txt": page });
    const events = state.output?.events.events ?? [];
    expect(events.map((e) => e.date.value).sort()).toEqual(["2011-02-09", "2011-11-03"]);
    // The entry is read without its list marker, after its heading.
    expect(state.articles[0]?.text).toContain("2011: 9 Feb: The envoys meet");
  });
});

describe("a week's review, its days under headings", () => {
  it("dates each paragraph by the day of its heading", async () => {
    const page = [
      "The week in defense ties",
      "",
      "By Jane Roe",
      "Published: Saturday, March 16, 2013",
      "",
      "It was a busy week for the two militaries. Here is how it went, day by day:",
      "",
      "TUESDAY",
      "The deputy ministers held talks on maritime safety in the capital.",
      "",
      "Thursday, March 14",
      "The two navies held a joint search and rescue drill off the coast.",
    ].join("\n");
    const state = await runOn({ "a.txt": page });
    const dates = (state.output?.events.events ?? []).map((e) => e.date.value).sort();
    expect(dates).toEqual(["2013-03-12", "2013-03-14"]);
  });
});

describe("a travel diary, its days under short headings with their places", () => {
  it("dates each day's paragraph by its heading, the first one above the body", async () => {
    const page = [
      "ROAD NOTES",
      "",
      "By Jane Roe, traveling with the delegation",
      "Posted Sunday, May 13, 2012",
      "",
      "TUE., MAY 8 - HANOI",
      "We landed before noon after a long flight from the base in Guam. The secretary met the defense minister at the ministry.",
      "",
      "THU., MAY 10 - DA NANG",
      "A humid day on the coast for everyone. The secretary toured a frigate in the harbor.",
    ].join("\n");
    const state = await runOn({ "a.txt": page });
    const dates = (state.output?.events.events ?? []).map((e) => e.date.value).sort();
    expect(dates).toEqual(["2012-05-08", "2012-05-10"]);
  });
});

describe("a later sentence of a chronology's entry", () => {
  const page = (entry: string) =>
    [
      "Milestones in military ties",
      "",
      "By Jane Roe",
      "Published: June 3, 2013",
      "",
      "Here are some of the moments that shaped relations between the two armed forces:",
      "",
      entry,
      "",
      "* June 2012 - The two navies hold a first joint drill off the coast.",
    ].join("\n");
  const typesOf = async (entry: string) => {
    const state = await runOn({ "a.txt": page(entry) });
    return (state.output?.events.events ?? []).map((e) => `${e.date.value} ${e.type.cameo}`).sort();
  };

  it("with an act of its own happened at the entry's date", async () => {
    expect(
      await typesOf(
        "* May 2011 - The minister visits the capital. The army test-fires a new missile during his stay.",
      ),
    ).toEqual(["2011-05 042", "2011-05 150", "2012-06 062"]);
  });

  it("happened at the entry's day when the entry names no year", async () => {
    expect(
      await typesOf(
        "* May 4 - The minister visits the capital. The army test-fires a new missile during his stay.",
      ),
    ).toEqual(["2013-05-04 042", "2013-05-04 150", "2012-06 062"].sort());
  });

  it("is not dated so when the paragraph opens as prose, not as an entry", async () => {
    expect(
      await typesOf(
        "In May 2011 the minister visited the capital. The army test-fired a new missile during his stay.",
      ),
    ).not.toContain("2011-05 150");
  });
});

describe("isDatedEntry", () => {
  it.each([
    ["- Tue 8 May: talks at the ministry", true],
    ["• 3-4 June: second round, Hanoi", true],
    ["Sept. 4 — The envoy lands in the capital.", true],
    ["Early Oct: a drill off the coast", true],
    ["- 9 Mar 2012: the envoys meet", true],
    ["May: the envoys meet", true],
    // Negative: a date inside the words, a date alone, a month's name as another word.
    ["- Talks at the ministry on 8 May", false],
    ["8 May", false],
    ["Mayors meet: talks at the ministry", false],
  ])("%s → %s", (line, expected) => {
    expect(isDatedEntry(line)).toBe(expected);
  });
});

describe("a page of dated entries and no prose", () => {
  it("is read entry by entry", async () => {
    const page = [
      "Navy relations in 2012 — briefing slides",
      "12 December 2012",
      "",
      "Slide 2",
      "- 6 Mar: port call at Qingdao by the destroyer",
      "- Tue 8 May: fleet commanders hold talks at the ministry",
      "- 4-5 Jun: joint drill off the coast",
    ].join("\n");
    const state = await runOn({ "slides.txt": page });
    const dates = (state.output?.events.events ?? []).map((e) => e.date.value).sort();
    expect(dates).toContain("2012-05-08");
  });
});
