import { describe, expect, it } from "vitest";
import { runOn, story } from "../testing/corpus.ts";

/** Each article: [headline, dateline, sentence]. Returns the events as [date, end, status, sources]. */
async function merged(...articles: [string, string, string][]) {
  const files = Object.fromEntries(
    articles.map(([title, dateline, sentence], i) => [
      `${i}.txt`,
      story(
        title,
        dateline,
        sentence,
        "Officials on both sides described the exchange as candid and useful.",
      ),
    ]),
  );
  const state = await runOn(files);
  return (state.output?.events.events ?? []).map((e) => [
    e.date.value,
    e.date.end ?? "",
    e.status,
    e.sources.length,
  ]);
}

describe("reports of one happening across outlets, at different precision or status", () => {
  it.each<[string, [string, string, string][], (string | number)[][]]>([
    [
      "a report dated to the year and one dated to the day: one event, dated to the day",
      [
        [
          "Ties frozen",
          "BEIJING, Oct. 11, 2010",
          "China suspended military exchanges with the United States in 2010 over arms sales to Taiwan.",
        ],
        [
          "China freezes ties",
          "BEIJING, Feb. 1, 2010",
          "China suspended military exchanges with the United States on Saturday over arms sales to Taiwan.",
        ],
      ],
      [["2010-01-30", "", "occurred", 2]],
    ],
    [
      "a preview and a later report of the visit: one event that happened",
      [
        [
          "Hu to visit",
          "BEIJING, Jan. 11, 2011",
          "Chinese President Hu Jintao will visit the United States later this month.",
        ],
        [
          "Review",
          "BEIJING, July 14, 2011",
          "Early this year, Chinese President Hu Jintao paid a state visit to the United States.",
        ],
      ],
      [["2011-01", "", "occurred", 2]],
    ],
    [
      "a preview dated to the week does not stretch the summit's days",
      [
        [
          "Summit ahead",
          "WASHINGTON, June 3, 2013",
          "President Barack Obama will meet Chinese President Xi Jinping at Sunnylands this week.",
        ],
        [
          "Summit",
          "RANCHO MIRAGE, June 9, 2013",
          "President Barack Obama met Chinese President Xi Jinping at Sunnylands on June 7-8.",
        ],
      ],
      [["2013-06-07", "2013-06-08", "occurred", 2]],
    ],
    [
      "one side in common and another counterpart each: two meetings",
      [
        [
          "Hagel in Beijing",
          "BEIJING, April 8, 2013",
          "Defense Secretary Chuck Hagel will meet Chinese President Xi Jinping on Tuesday.",
        ],
        [
          "Hagel hosts Chang",
          "WASHINGTON, Aug. 19, 2013",
          "Defense Secretary Chuck Hagel met Chinese Defense Minister Chang Wanquan in Beijing in April.",
        ],
      ],
      [
        ["2013-04", "", "occurred", 1],
        ["2013-04-09", "", "planned", 1],
      ],
    ],
    [
      "a trip to a country and one stop on it: two events",
      [
        [
          "Xi's year",
          "BEIJING, Dec. 1, 2012",
          "Chinese Vice President Xi Jinping visited the United States in February.",
        ],
        [
          "Xi at the White House",
          "WASHINGTON, Feb. 15, 2012",
          "President Barack Obama hosted Chinese Vice President Xi Jinping at the White House on Tuesday.",
        ],
      ],
      [
        ["2012-02", "", "occurred", 1],
        ["2012-02-14", "", "occurred", 1],
      ],
    ],
    [
      "a visit hosted and talks held, both sides' leaders named by both: one event",
      [
        [
          "Summit",
          "RANCHO MIRAGE, June 9, 2013",
          "President Barack Obama hosted Chinese President Xi Jinping at Sunnylands on June 7-8.",
        ],
        [
          "Dialogue",
          "BEIJING, July 10, 2013",
          "Chinese President Xi Jinping and U.S. President Barack Obama held talks in California last month.",
        ],
      ],
      [["2013-06-07", "2013-06-08", "occurred", 2]],
    ],
    [
      "a visit hosted and talks held with one side in common: two events",
      [
        [
          "Gates in Beijing",
          "BEIJING, Jan. 11, 2011",
          "Chinese President Hu Jintao hosted Defense Secretary Robert Gates in Beijing on Tuesday.",
        ],
        [
          "Hu's year",
          "BEIJING, Dec. 1, 2011",
          "Chinese President Hu Jintao held talks with President Barack Obama in Washington in January.",
        ],
      ],
      [
        ["2011-01", "", "occurred", 1],
        ["2011-01-11", "", "occurred", 1],
      ],
    ],
    [
      "talks by one side's person, a year and a day apart in precision: two events",
      [
        [
          "Minister at forum",
          "BEIJING, Dec. 1, 2011",
          "Chinese Defense Minister Liang Guanglie held talks at a regional forum in 2011.",
        ],
        [
          "Minister rebuffs",
          "BEIJING, Jan. 11, 2011",
          "Chinese Defense Minister Liang Guanglie held talks on nuclear issues on Monday.",
        ],
      ],
      [
        ["2011", "", "occurred", 1],
        ["2011-01-10", "", "occurred", 1],
      ],
    ],
    [
      "talks by both sides' people, a month and a day apart in precision: one event",
      [
        [
          "Talks",
          "BEIJING, Jan. 11, 2011",
          "Chinese Defense Minister Liang Guanglie held talks with Defense Secretary Robert Gates on Monday.",
        ],
        [
          "Review",
          "BEIJING, March 1, 2011",
          "Chinese Defense Minister Liang Guanglie held talks with Defense Secretary Robert Gates in January.",
        ],
      ],
      [["2011-01-10", "", "occurred", 2]],
    ],
    [
      "a firm's study dated to the month and its report dated to the day: one document",
      [
        [
          "Hackers traced",
          "WASHINGTON, May 6, 2013",
          "Lawmakers cited a February study by Mandiant, a security firm, on hacking.",
        ],
        [
          "Pressure grows",
          "WASHINGTON, March 13, 2013",
          "Mandiant released a report on hacking on Feb. 19, officials said.",
        ],
      ],
      [["2013-02-19", "", "occurred", 2]],
    ],
    [
      "a firm's report told by two outlets, each to the day: one document",
      [
        [
          "Hackers traced",
          "WASHINGTON, Feb. 20, 2013",
          "The security firm Mandiant published a report on hacking on Feb. 18.",
        ],
        [
          "Pressure grows",
          "WASHINGTON, Feb. 19, 2013",
          "Mandiant released a study of the intrusions on Monday, and lawmakers cited it.",
        ],
      ],
      [["2013-02-18", "", "occurred", 2]],
    ],
    [
      "two authors' reports of one day: two documents",
      [
        [
          "Hackers traced",
          "WASHINGTON, Feb. 20, 2013",
          "The security firm Mandiant published a report on hacking on Feb. 18.",
        ],
        [
          "Pressure grows",
          "WASHINGTON, Feb. 19, 2013",
          "Congress released a study of the intrusions on Monday, and lawmakers cited it.",
        ],
      ],
      [
        ["2013-02-18", "", "occurred", 1],
        ["2013-02-18", "", "occurred", 1],
      ],
    ],
    [
      "one author's document named two ways by two outlets on one day: one document",
      [
        [
          "Report out",
          "WASHINGTON, May 7, 2013",
          "The Pentagon released its annual report to Congress on Monday.",
        ],
        [
          "China's military",
          "WASHINGTON, May 8, 2013",
          "The Pentagon released its report on China's military on May 6.",
        ],
      ],
      [["2013-05-06", "", "occurred", 2]],
    ],
    [
      "two authors' documents named apart on one day: two documents",
      [
        [
          "Report out",
          "WASHINGTON, May 7, 2013",
          "The Pentagon released its annual report to Congress on Monday.",
        ],
        [
          "Hackers",
          "WASHINGTON, May 8, 2013",
          "Mandiant released its report on China's hackers on May 6.",
        ],
      ],
      [
        ["2013-05-06", "", "occurred", 1],
        ["2013-05-06", "", "occurred", 1],
      ],
    ],
    [
      "a firm's statement told by two outlets on one day: one event",
      [
        [
          "Flaw found",
          "SEATTLE, June 2, 2011",
          "Microsoft said on Wednesday that it had found a new flaw in its mail service.",
        ],
        [
          "Mail flaw",
          "SEATTLE, June 3, 2011",
          "Microsoft said on June 1 that its engineers had found a flaw in a mail server.",
        ],
      ],
      [["2011-06-01", "", "occurred", 2]],
    ],
    [
      "a government's statements told by two outlets on one day: two events",
      [
        ["Denial", "BEIJING, June 2, 2011", "China said on Wednesday that it opposed all hacking."],
        ["Reply", "BEIJING, June 3, 2011", "China said on June 1 that the claims were unfounded."],
      ],
      [
        ["2011-06-01", "", "occurred", 1],
        ["2011-06-01", "", "occurred", 1],
      ],
    ],
    [
      "the same firm's documents named apart: two documents",
      [
        [
          "Hackers traced",
          "WASHINGTON, May 6, 2013",
          "Lawmakers cited the Annual Threat Review, released by Mandiant in February, on hacking.",
        ],
        [
          "Pressure grows",
          "WASHINGTON, March 13, 2013",
          "Mandiant released the Intrusion Survey on hacking on Feb. 19, officials said.",
        ],
      ],
      [
        ["2013-02", "", "occurred", 1],
        ["2013-02-19", "", "occurred", 1],
      ],
    ],
    [
      "one traveller's stops at two named places, a month and a day: two events",
      [
        [
          "Tour",
          "HONOLULU, Aug. 26, 2013",
          "Chinese Defense Minister Chang Wanquan toured the fleet headquarters in Hawaii in August.",
        ],
        [
          "Next stop",
          "WASHINGTON, Aug. 19, 2013",
          "Chinese Defense Minister Chang Wanquan will fly to Texas on Wednesday.",
        ],
      ],
      [
        ["2013-08", "", "occurred", 1],
        ["2013-08-21", "", "planned", 1],
      ],
    ],
    [
      "the same stop told by two outlets, a month and a day: one event",
      [
        [
          "Tour",
          "HONOLULU, Aug. 26, 2013",
          "Chinese Defense Minister Chang Wanquan visited Hawaii in August.",
        ],
        [
          "Arrival",
          "HONOLULU, Aug. 17, 2013",
          "Chinese Defense Minister Chang Wanquan flew to Hawaii on Friday.",
        ],
      ],
      [["2013-08-16", "", "occurred", 2]],
    ],
    [
      "a programme's acts announced for two days running by two outlets: two events",
      [
        [
          "Programme",
          "WASHINGTON, Feb. 13, 2012",
          "Vice President Xi Jinping will meet Vice President Joe Biden on Thursday.",
        ],
        [
          "Programme",
          "LOS ANGELES, Feb. 14, 2012",
          "Vice President Xi Jinping will meet Vice President Joe Biden on Friday.",
        ],
      ],
      [
        ["2012-02-16", "", "planned", 1],
        ["2012-02-17", "", "planned", 1],
      ],
    ],
    [
      "the same meeting told by two outlets a day apart, once it happened: one event",
      [
        [
          "Talks",
          "WASHINGTON, Feb. 17, 2012",
          "Vice President Xi Jinping met Vice President Joe Biden on Thursday.",
        ],
        [
          "Talks",
          "BEIJING, Feb. 18, 2012",
          "Vice President Xi Jinping met Vice President Joe Biden on Friday.",
        ],
      ],
      [["2012-02-16", "2012-02-17", "occurred", 2]],
    ],
    [
      "a visit told as done before another outlet's report of a later one: two happenings",
      [
        [
          "Minister's tour",
          "WASHINGTON, May 8, 2012",
          "Defense Secretary Leon Panetta recalled hosting Vice Premier Wang Qishan earlier this year.",
        ],
        [
          "Talks in Beijing",
          "BEIJING, Sept. 20, 2012",
          "Vice Premier Wang Qishan received Defense Secretary Leon Panetta on Wednesday.",
        ],
      ],
      [
        ["2012", "", "occurred", 1],
        ["2012-09-19", "", "occurred", 1],
      ],
    ],
    [
      "a plan told after another outlet's report of an earlier visit: two happenings",
      [
        [
          "Talks in Beijing",
          "BEIJING, Jan. 21, 2012",
          "Defense Minister Liang Guanglie visited the United States on Friday.",
        ],
        [
          "Return visit",
          "WASHINGTON, May 8, 2012",
          "Defense Minister Liang Guanglie will visit the United States later this year.",
        ],
      ],
      [
        ["2012", "", "planned", 1],
        ["2012-01-20", "", "occurred", 1],
      ],
    ],
    [
      "a visit told as done after another outlet's report of it: one event",
      [
        [
          "Talks in Beijing",
          "BEIJING, Jan. 21, 2012",
          "Defense Minister Liang Guanglie visited the United States on Friday.",
        ],
        [
          "Review",
          "WASHINGTON, May 8, 2012",
          "Defense Minister Liang Guanglie visited the United States earlier this year.",
        ],
      ],
      [["2012-01-20", "", "occurred", 2]],
    ],
    [
      "a month's report of a welcome and another outlet's dinner on one day of it: two happenings",
      [
        [
          "Dinner in Ohio",
          "COLUMBUS, March 7, 2012",
          "Governor Kasich hosted a dinner for Defense Minister Liang Guanglie on Tuesday.",
        ],
        [
          "Review",
          "WASHINGTON, May 8, 2012",
          "Defense Minister Liang Guanglie was welcomed at the Pentagon in March.",
        ],
      ],
      [
        ["2012-03", "", "occurred", 1],
        ["2012-03-06", "", "occurred", 1],
      ],
    ],
    [
      "a month's report of a dinner and another outlet's dinner on one day of it: one event",
      [
        [
          "Dinner in Ohio",
          "COLUMBUS, March 7, 2012",
          "Governor Kasich hosted a dinner for Defense Minister Liang Guanglie on Tuesday.",
        ],
        [
          "Review",
          "WASHINGTON, May 8, 2012",
          "Governor Kasich hosted a dinner for Defense Minister Liang Guanglie in March.",
        ],
      ],
      [["2012-03-06", "", "occurred", 2]],
    ],
  ])("%s", async (_, articles, expected) => {
    expect(await merged(...articles)).toEqual(expected);
  });
});

describe("reports a day apart across outlets", () => {
  it("are two happenings when they tell two kinds of act that share only a person", async () => {
    expect(
      await merged(
        [
          "Contractor leaves",
          "HONG KONG, June 24, 2013",
          "The former contractor Edward Snowden flew from Hong Kong to Moscow on Sunday.",
        ],
        [
          "White House angry",
          "WASHINGTON, June 24, 2013",
          "The White House accused China on Monday of letting Edward Snowden slip out of Hong Kong.",
        ],
      ),
    ).toEqual([
      ["2013-06-23", "", "occurred", 1],
      ["2013-06-24", "", "occurred", 1],
    ]);
  });

  it("are one happening when they tell one kind of act, each in its own time zone", async () => {
    expect(
      await merged(
        [
          "Talks in Beijing",
          "BEIJING, April 23, 2013",
          "Gen. Martin Dempsey held talks with Gen. Fang Fenghui in Beijing on Monday.",
        ],
        [
          "Talks in Beijing",
          "WASHINGTON, April 23, 2013",
          "Gen. Martin Dempsey held talks with Gen. Fang Fenghui in Beijing on Tuesday.",
        ],
      ),
    ).toHaveLength(1);
  });
  it("are two happenings when one tells an arrival and the other the talks the day after", async () => {
    const talks: [string, string, string] = [
      "Talks in Tokyo",
      "TOKYO, March 6, 2012",
      "Adm. Jane Roe held talks with Gen. Wu Ming in Tokyo on Tuesday.",
    ];
    expect(
      await merged(
        [
          "Roe in Tokyo",
          "TOKYO, March 6, 2012",
          "Adm. Jane Roe arrived in Tokyo on Monday and was met by Gen. Wu Ming.",
        ],
        talks,
      ),
    ).toHaveLength(2);
    // Negative: a visit told a day off, in another time zone, is the talks' encounter.
    expect(
      await merged(
        [
          "Roe in Tokyo",
          "WASHINGTON, March 6, 2012",
          "Gen. Wu Ming hosted Adm. Jane Roe in Tokyo on Monday.",
        ],
        talks,
      ),
    ).toHaveLength(1);
  });

  it("are two happenings when each names someone the other does not", async () => {
    expect(
      await merged(
        [
          "Talks in Beijing",
          "BEIJING, Sept. 19, 2012",
          "Leon Panetta held talks with Defense Minister Liang Guanglie in Beijing on Tuesday.",
        ],
        [
          "Xi meets Panetta",
          "BEIJING, Sept. 20, 2012",
          "Leon Panetta held talks with Vice President Xi Jinping in Beijing on Wednesday.",
        ],
      ),
    ).toHaveLength(2);
  });

  it("are two happenings when one names someone and the other a place the first does not", async () => {
    expect(
      await merged(
        [
          "General's tour",
          "WASHINGTON, Aug. 22, 2013",
          "Gen. Fang Fenghui held talks with Defense Secretary Chuck Hagel on Wednesday.",
        ],
        [
          "General's tour",
          "SAN DIEGO, Aug. 22, 2013",
          "Gen. Fang Fenghui visited Naval Base San Diego on Tuesday.",
        ],
      ),
    ).toHaveLength(2);
  });

  it.each<[string, number]>([
    // A site toured in the town, a day after the meeting there: a stop of its own …
    ["Adm. Jane Roe toured the headquarters of the Southern Fleet on Thursday.", 2],
    // … while the visit to the town told a day off, by another clock, is the meeting's.
    ["Adm. Jane Roe visited Guangzhou on Thursday.", 1],
  ])("with a site toured by one of them: %s", async (other, count) => {
    expect(
      await merged(
        [
          "Admiral in Guangzhou",
          "GUANGZHOU, May 9, 2012",
          "Adm. Jane Roe held talks with Gen. Wu Ming in Guangzhou on Wednesday.",
        ],
        ["Admiral's day", "WASHINGTON, May 11, 2012", other],
      ),
    ).toHaveLength(count);
  });

  it.each<[string, number]>([
    // An occasion named by one report and not the other, a day apart: a day of the trip and the
    // occasion it came for, two happenings …
    ["Leon Panetta held talks with Gen. Liang Guanglie in Beijing on Tuesday.", 2],
    // … while the same day, or the occasion named by both, is one.
    ["Leon Panetta joined the Acme Security Forum with Gen. Liang Guanglie on Wednesday.", 1],
  ])("with an occasion named by one of them: %s", async (other, count) => {
    expect(
      await merged(
        [
          "Forum opens",
          "BEIJING, Sept. 19, 2012",
          "Leon Panetta and Gen. Liang Guanglie opened the Acme Security Forum on Wednesday.",
        ],
        ["Talks", "WASHINGTON, Sept. 19, 2012", other],
      ),
    ).toHaveLength(count);
  });

  it.each<[string, string, number]>([
    // Two kinds of act placed in one town (a venue and its town do not conflict) are two acts of
    // one trip …
    [
      "Defense Secretary Robert Gates toured the headquarters of a missile force in Beijing on Wednesday.",
      "Defense Secretary Robert Gates held a news conference at the Great Hall of the People on Tuesday.",
      2,
    ],
    // … while two kinds of act told at one site are one happening told in two time zones.
    [
      "President Barack Obama held talks with President Xi Jinping at Sunnylands on Saturday.",
      "President Barack Obama agreed with President Xi Jinping at the Sunnylands estate on Friday to cooperate on climate.",
      1,
    ],
  ])("of two kinds of act, each placed: %s / %s", async (first, second, count) => {
    expect(
      await merged(
        ["Trip", "BEIJING, Jan. 13, 2011", first],
        ["Trip", "WASHINGTON, Jan. 13, 2011", second],
      ),
    ).toHaveLength(count);
  });

  it("are one happening when only one of them names anything the other does not", async () => {
    expect(
      await merged(
        [
          "Talks in Beijing",
          "BEIJING, April 23, 2013",
          "Gen. Martin Dempsey held talks with Gen. Fang Fenghui in Beijing on Monday.",
        ],
        [
          "Talks",
          "WASHINGTON, April 23, 2013",
          "Gen. Martin Dempsey held talks with Gen. Fang Fenghui on Tuesday.",
        ],
      ),
    ).toHaveLength(1);
  });
});

describe("a programme and a day of it, across outlets", () => {
  it.each<[string, string, number]>([
    // A meeting planned on a day of a trip told with its days is a part of the trip.
    ["Vice President Xi Jinping will host Leon Panetta on Wednesday.", "planned", 2],
    // Negative: the trip told again, with its first day, is the trip.
    ["Leon Panetta began a four-day visit to China on Monday.", "occurred", 1],
  ])("%s", async (other, status, count) => {
    const events = await merged(
      [
        "Panetta in China",
        "BEIJING, Sept. 18, 2012",
        "Leon Panetta arrived in China on Monday for a four-day visit.",
      ],
      ["Panetta's week", "BEIJING, Sept. 18, 2012", other],
    );
    expect(events).toHaveLength(count);
    expect(events.some((e) => e[2] === status)).toBe(true);
  });
});

describe("a trip's destinations across outlets", () => {
  it.each<[string, number]>([
    // One trip goes to one country: a report of China in January and a plan for Japan are two.
    ["Robert Gates will travel to Japan next week.", 2],
    // Negative: the country's capital is the country.
    ["Robert Gates will travel to Beijing next week.", 1],
  ])("%s", async (plan, count) => {
    expect(
      await merged(
        ["Review", "WASHINGTON, July 14, 2011", "Robert Gates visited China in January."],
        ["Gates to travel", "WASHINGTON, Jan. 5, 2011", plan],
      ),
    ).toHaveLength(count);
  });
});

describe("an itinerary's stop, dated by its trip's month, across outlets", () => {
  it.each<[string, number]>([
    // A report that names the stop's place on a day is the stop.
    ["Chinese Defense Minister Wu Ming toured Fort Knox on Monday.", 2],
    // Negative: a stop of the same trip elsewhere is another one.
    ["Chinese Defense Minister Wu Ming toured Naval Base Ventura on Monday.", 3],
  ])("%s", async (report, count) => {
    const events = await merged(
      [
        "Wu's tour",
        "WASHINGTON, May 11, 2012",
        "Chinese Defense Minister Wu Ming arrived in Washington on May 9 for a six-day visit. His itinerary includes Fort Knox.",
      ],
      ["Wu at the base", "WASHINGTON, May 15, 2012", report],
    );
    expect(events).toHaveLength(count);
  });
});
