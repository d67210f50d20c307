import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../dataset/index.ts";
import { runOn, story, storyEvents } from "../testing/corpus.ts";

const brief = (e: TimelineEvent) => ({
  date: e.date.value,
  precision: e.date.precision,
  status: e.status,
  cameo: e.type.cameo,
  actors: e.actors.map((a) => a.name),
});

async function eventsOf(files: Record<string, string>) {
  const state = await runOn(files);
  return state.output?.events.events ?? [];
}

/** The events of a one-sentence story of Friday 20 September 2013, as sorted [date, actors]. */
async function datedActors(sentence: string) {
  const events = await eventsOf({ "a.txt": story("Ties", "BEIJING, Sept. 20, 2013", sentence) });
  return events.map((e) => [e.date.value, e.actors.map((a) => a.name).join(", ")]).sort();
}

/** The events of a story on Wu Yi's visit, published 13 January 2011, with `sentence` after its lead. */
const wuVisitEvents = (sentence: string) =>
  eventsOf({
    "a.txt": story(
      "Visit",
      "BEIJING, Jan. 13, 2011",
      "Chinese Vice Premier Wu Yi is in the city for a round of economic consultations with local officials.",
      sentence,
    ),
  });

describe("event extraction", () => {
  it("a visit reported 'today' becomes one hosted event with its follow-up sentences as evidence", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Panetta Hosts Liang",
        "WASHINGTON, May 7, 2012",
        "Defense Secretary Leon E. Panetta said today that the two nations must work together on cyber.",
        "During a Pentagon news conference with Chinese Defense Minister Gen. Liang Guanglie, both leaders answered questions.",
        "In a meeting today between Panetta and Liang, the first U.S. visit in nine years by a Chinese defense minister, the two discussed peacekeeping.",
        "They also spoke about maritime areas and missile defense.",
        "“We will leave that to experts,” Liang said.",
      ),
    });
    expect(events.map(brief)).toEqual([
      {
        date: "2012-05-07",
        precision: "day",
        status: "occurred",
        cameo: "043",
        actors: ["Leon E. Panetta", "Liang Guanglie"],
      },
    ]);
    const [e] = events;
    expect(e?.title).toBe("Panetta hosts Liang Guanglie at the Pentagon");
    expect(e?.location).toEqual({ name: "the Pentagon", country: "USA" });
    expect(e?.sources[0]?.evidence).toHaveLength(4);
    expect(e?.quotes.map((q) => q.speaker)).toEqual(["Liang Guanglie"]);
    expect(e?.topics).toEqual(
      expect.arrayContaining(["cyber", "military-to-military", "nuclear-missile"]),
    );
  });

  it("two occasions in one sentence make two events; 'that year' takes the last year named", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Liang on Cyber",
        "WASHINGTON, May 7, 2012",
        "Defense Secretary Leon E. Panetta met Gen. Liang Guanglie today.",
        "Liang said he has answered the question during the Shangri-La Dialogue in 2011 and the ASEAN Defense Ministers Meeting-Plus in 2010.",
        "Also that year, the two countries discussed the issue during the Strategic Security Dialogue in Beijing, the general said.",
      ),
    });
    expect(events.map((e) => [e.date.value, e.date.basis, e.title])).toEqual([
      ["2010", "explicit", "Liang at the ASEAN Defense Ministers Meeting-Plus"],
      ["2010", "previous-date", "Liang at the Strategic Security Dialogue"],
      ["2011", "explicit", "Liang at the Shangri-La Dialogue"],
      ["2012-05-07", "relative-to-publication", "Panetta and Liang hold talks"],
    ]);
  });

  it("a future statement is planned; a past one with 'will' in a quote is not", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Ministers to Meet",
        "BEIJING, June 8, 2013",
        "Chinese Defense Minister Chang Wanquan is scheduled to meet Defense Secretary Chuck Hagel on Sept. 19 in Washington.",
        "Hagel met Chang's deputy yesterday in Beijing, officials said.",
      ),
    });
    expect(events.map((e) => [e.date.value, e.status])).toEqual([
      ["2013-06-07", "occurred"],
      ["2013-09-19", "planned"],
    ]);
    expect(events[1]?.title).toMatch(/^Planned: /);
  });

  it.each([
    [
      "Chinese and U.S. defense officials held two days of talks on Thursday in Beijing on maritime safety.",
      { date: "2013-03-07", end: "2013-03-08", precision: "day", status: "occurred" },
    ],
    [
      "Chinese Defense Minister Chang Wanquan will visit the United States later this year, the ministry said.",
      { date: "2013", end: undefined, precision: "year", status: "planned" },
    ],
    [
      "Defense Secretary Chuck Hagel invited Chang Wanquan to visit the Pentagon in the summer.",
      { date: "2013", end: undefined, precision: "year", status: "planned" },
    ],
  ])("dates at their own extent and tense: %s", async (sentence, expected) => {
    const events = await eventsOf({
      "a.txt": story("Talks", "BEIJING, March 9, 2013", sentence),
    });
    const rows = events.map((e) => ({
      date: e.date.value,
      end: e.date.end,
      precision: e.date.precision,
      status: e.status,
    }));
    expect(rows).toEqual([expected]);
  });

  it.each([
    [
      [
        "A report by Mandiant, a computer security firm, released on Tuesday said a unit of the People's Liberation Army had hacked 141 companies.",
      ],
      "Mandiant report released",
      ["Mandiant"],
    ],
    [
      [
        "China rejected a report by U.S. security firm Mandiant on Wednesday.",
        "The report, released on Tuesday, said a unit of the People's Liberation Army had stolen data.",
      ],
      "Mandiant report released",
      ["Mandiant"],
    ],
    [
      [
        "The Pentagon's annual report to Congress, released on Monday, said China was expanding its navy.",
      ],
      "Report to Congress released",
      ["U.S. Department of Defense"],
    ],
    // A report the rejection only named, released by a verb with a date of its own, is its own
    // event; without a release, "the report" adds to the rejection (next test).
    [
      [
        "The ministry on Thursday dismissed the charges, arguing a report by Acme Analytics was weak.",
        "The report by Acme Analytics, released this week, found a unit had stolen data.",
      ],
      "Acme Analytics report released",
      ["Acme Analytics"],
    ],
    // A new report named beside "the report" is the sentence's own event, with its own author.
    [
      [
        "The Pentagon's annual report to Congress, released on Monday, said China was expanding its navy.",
        "The report comes weeks after Acme Analytics, a security firm, released a report in January.",
      ],
      "Acme Analytics report released",
      ["Acme Analytics"],
    ],
  ])(
    "a report's actor is its author, not the party it accuses: %s",
    async (paragraphs, title, actors) => {
      const events = await eventsOf({
        "a.txt": story("Report", "WASHINGTON, Feb. 21, 2013", ...paragraphs),
      });
      const report = events.find((e) => e.title === title);
      expect(report?.title).toBe(title);
      expect(report?.actors.map((a) => a.name)).toEqual(actors);
    },
  );

  it("a report a rejection names, told again with no release, is no event of its own", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Report",
        "WASHINGTON, Feb. 21, 2013",
        "The ministry on Thursday dismissed the charges, arguing a report by Acme Analytics was weak.",
        "The report by Acme Analytics found a unit had stolen data this week.",
      ),
    });
    expect(events.map((e) => e.type.label)).toEqual(["Reject"]);
  });

  it('a part of an announced programme, "is also expected to", is planned too', async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Hagel to visit",
        "WASHINGTON, March 18, 2013",
        "Defense Secretary Chuck Hagel will travel to China next month, the Pentagon said Monday.",
        "Hagel is also expected to meet Vice Chairman Fan Changlong in Beijing.",
      ),
    });
    expect(events.map((e) => [e.date.value, e.status]).sort()).toEqual([
      ["2013-04", "planned"],
      ["2013-04", "planned"],
    ]);
  });

  it.each([
    // The same traveller "also" meeting other counterparts: another meeting that day …
    [
      "Kerry also held talks with Premier Li Keqiang and Foreign Minister Wang Yi.",
      [
        ["2013-04-13", ["John Kerry", "Li Keqiang", "Wang Yi"]],
        ["2013-04-13", ["John Kerry", "Xi Jinping"]],
      ],
    ],
    [
      "He met separately with Premier Li Keqiang and Foreign Minister Wang Yi.",
      [
        ["2013-04-13", ["John Kerry", "Li Keqiang"]],
        ["2013-04-13", ["John Kerry", "Wang Yi"]],
        ["2013-04-13", ["John Kerry", "Xi Jinping"]],
      ],
    ],
    // Meetings, in the plural, with a list of counterparts: one meeting with each …
    [
      "Kerry held two more meetings with Premier Li Keqiang and Vice Premier Liu Yandong.",
      [
        ["2013-04-13", ["John Kerry", "Li Keqiang"]],
        ["2013-04-13", ["John Kerry", "Liu Yandong"]],
        ["2013-04-13", ["John Kerry", "Xi Jinping"]],
      ],
    ],
    // … while one meeting with them is more of the day, as before.
    [
      "Kerry held a meeting with Premier Li Keqiang and Vice Premier Liu Yandong.",
      [["2013-04-13", ["John Kerry", "Xi Jinping", "Li Keqiang", "Liu Yandong"]]],
    ],
    // … "also" with the same counterpart is more of the same meeting.
    ["Kerry also discussed North Korea with Xi.", [["2013-04-13", ["John Kerry", "Xi Jinping"]]]],
    // A speech at a place of its own, told with "also", is another happening of the day …
    [
      "Kerry also spoke to students at Peking University.",
      [
        ["2013-04-13", ["John Kerry"]],
        ["2013-04-13", ["John Kerry", "Xi Jinping"]],
      ],
    ],
    // … one with no place of its own was given at the meeting.
    ["Kerry also spoke to students about trade.", [["2013-04-13", ["John Kerry", "Xi Jinping"]]]],
  ])("other counterparts the same day: %s", async (sentence, rows) => {
    const events = await eventsOf({
      "a.txt": story(
        "Kerry in Beijing",
        "BEIJING, April 13, 2013",
        "Secretary of State John Kerry met Chinese President Xi Jinping in Beijing on Saturday.",
        sentence,
      ),
    });
    expect(events.map((e) => [e.date.value, e.actors.map((a) => a.name)]).sort()).toEqual(rows);
  });

  it("other counterparts the same day, a sentence of what was said between", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Kerry in Beijing",
        "BEIJING, April 13, 2013",
        "Secretary of State John Kerry met Chinese President Xi Jinping in Beijing on Saturday.",
        "Kerry noted that both sides had agreed to act with urgency.",
        "Kerry also called on Premier Li Keqiang at the Great Hall of the People.",
      ),
    });
    expect(events.map((e) => [e.date.value, e.actors.map((a) => a.name)]).sort()).toEqual([
      ["2013-04-13", ["John Kerry", "Li Keqiang"]],
      ["2013-04-13", ["John Kerry", "Xi Jinping"]],
    ]);
  });

  it.each([
    // A meeting with someone the day's statement does not name: another occasion of that day …
    [
      "In their meeting, Foreign Minister Wang Yi told Hagel that the two militaries should talk more.",
      [
        ["2013-04-13", ["Chuck Hagel"]],
        ["2013-04-13", ["Wang Yi", "Chuck Hagel"]],
      ],
    ],
    // … a meeting of the same people is more of the day's event …
    [
      "In a meeting with reporters, Hagel said the two militaries should talk more.",
      [["2013-04-13", ["Chuck Hagel"]]],
    ],
    // … and a meeting still to come is not one of that day.
    [
      "Hagel will hold a meeting with Foreign Minister Wang Yi next week.",
      [
        ["2013-04", ["Chuck Hagel", "Wang Yi"]],
        ["2013-04-13", ["Chuck Hagel"]],
      ],
    ],
  ])("a meeting told after the day's statement: %s", async (sentence, rows) => {
    const events = await eventsOf({
      "a.txt": story(
        "Hagel in Beijing",
        "BEIJING, April 15, 2013",
        "Defense Secretary Chuck Hagel announced on Saturday that the two countries will set up a new hotline.",
        sentence,
      ),
    });
    expect(events.map((e) => [e.date.value, e.actors.map((a) => a.name)]).sort()).toEqual(rows);
  });

  it("a meeting told after the day's agreement is where it was reached: one event", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Hagel in Beijing",
        "BEIJING, April 15, 2013",
        "The two countries on Saturday agreed to set up a new hotline, with Defense Secretary Chuck Hagel calling it overdue.",
        "Hagel, who held talks with Defense Minister Chang Wanquan in Beijing, told reporters the hotline would be tested soon.",
      ),
    });
    expect(events.map((e) => [e.date.value, e.actors.map((a) => a.name)]).sort()).toEqual([
      ["2013-04-13", ["Chuck Hagel", "Chang Wanquan"]],
    ]);
  });

  it.each([
    // An undated lead whose meeting a later sentence dates: the act set at its moment happened that day …
    [
      "The navy launched its first aircraft carrier as visiting Defense Secretary Chuck Hagel held a meeting in Beijing with Defense Minister Chang Wanquan.",
      [
        ["2013-04-08", "Hagel and Chang hold talks in Beijing", 2],
        ["2013-04-08", "The navy launched its first aircraft carrier…", 1],
      ],
    ],
    // … a lead with no act of its own before the conjunction only joins the meeting …
    [
      "Defense Secretary Chuck Hagel held a meeting in Beijing with Defense Minister Chang Wanquan.",
      [["2013-04-08", "Hagel and Chang hold talks in Beijing", 2]],
    ],
    // … and a lead about other people stays out.
    [
      "The navy launched its first aircraft carrier as the president held a meeting in Shanghai.",
      [["2013-04-08", "Hagel and Chang hold talks in Beijing", 1]],
    ],
  ])("an undated lead dated by the article further down: %s", async (lead, rows) => {
    const events = await eventsOf({
      "a.txt": story(
        "Hagel in Beijing",
        "BEIJING, April 9, 2013",
        lead,
        "Officials said the talks were frank.",
        "Hagel met Chang at a meeting in Beijing on Monday.",
      ),
    });
    expect(
      events.map((e) => [e.date.value, e.title, e.sources[0]?.evidence.length]).sort(),
    ).toEqual(rows);
  });

  it.each([
    // Who reports a dated act in a trailing attribution did not do it …
    [
      "The two sides held their first round of cyber talks in May, Foreign Ministry spokesman Hong Lei said.",
      [["China", "United States"]],
    ],
    // … while a sentence whose act is the telling keeps its speaker (the body they speak for
    // speaks through them).
    [
      "Foreign Ministry spokesman Hong Lei gave a briefing on the talks on Monday, officials said.",
      [["Hong Lei"]],
    ],
  ])("a trailing attribution: %s", async (sentence, actors) => {
    const events = await eventsOf({ "a.txt": story("Talks", "BEIJING, June 4, 2012", sentence) });
    expect(events.map((e) => e.actors.map((a) => a.name).sort())).toEqual(actors);
  });

  it.each([
    // A person named only in a clause of another time after the act and its date took no part …
    [
      "Chinese President Xi Jinping met Secretary of State John Kerry in Beijing on Saturday, a week before Xi's first summit with President Barack Obama.",
      [["John Kerry", "Xi Jinping"]],
    ],
    // … while one named before it did.
    [
      "Chinese President Xi Jinping and President Barack Obama spoke by phone on Saturday, weeks before their summit.",
      [["Barack Obama", "Xi Jinping"]],
    ],
  ])("a clause of another time after the act: %s", async (sentence, actors) => {
    const events = await eventsOf({ "a.txt": story("Talks", "BEIJING, April 14, 2013", sentence) });
    expect(events.map((e) => e.actors.map((a) => a.name).sort())).toEqual(actors);
  });

  it.each([
    // Who told of the occasion, closing narration with no quotation, reported it …
    [
      "At the meeting, Xi raised maritime disputes, a senior aide Tom Donilon said.",
      ["John Kerry", "Xi Jinping"],
    ],
    [
      "At the meeting, Xi raised maritime disputes, said senior aide Tom Donilon.",
      ["John Kerry", "Xi Jinping"],
    ],
    // … a quotation's speaker may have spoken at it.
    [
      "“We raised maritime disputes at the meeting,” senior aide Tom Donilon said.",
      ["John Kerry", "Xi Jinping", "Tom Donilon"],
    ],
  ])("who told of the occasion: %s", async (sentence, actors) => {
    const events = await eventsOf({
      "a.txt": story(
        "Kerry in Beijing",
        "BEIJING, April 13, 2013",
        "Secretary of State John Kerry met Chinese President Xi Jinping in Beijing on Saturday.",
        sentence,
      ),
    });
    expect(events.map((e) => e.actors.map((a) => a.name))).toEqual([actors]);
  });

  it.each([
    // A later occasion that names its own people takes the date after it …
    [
      "The talks followed the visit of Admiral Samuel Locklear to Beijing in early November.",
      [
        ["2012-11", "China, United States"],
        ["2012-11", "Samuel J. Locklear III"],
      ],
    ],
    // … while one that names nobody leaves the sentence to the talks it opens with.
    [
      "The talks followed a visit to Beijing in early November.",
      [["2012-11", "China, United States"]],
    ],
  ])("an occasion after the one a sentence opens with: %s", async (sentence, rows) => {
    const events = await eventsOf({
      "a.txt": story(
        "Navies talk",
        "BEIJING, Dec. 4, 2012",
        "Naval officers from China and the United States held maritime safety talks in Qingdao in November.",
        sentence,
      ),
    });
    expect(
      events.map((e) => [e.date.value, e.actors.map((a) => a.name).join(", ")]).sort(),
    ).toEqual(rows);
  });

  it.each([
    // An act with its own date in a relative clause is an occasion of its own, even of the same
    // kind as the main clause's, each going where its own words say …
    [
      "Defense Secretary Leon Panetta, who arrived in Tokyo on Sunday, is scheduled to visit Qingdao on Thursday.",
      [
        ["2012-09-16", "Panetta visits Tokyo"],
        ["2012-09-20", "Planned: Panetta visits Qingdao"],
      ],
    ],
    // … while one date and one act make one occasion.
    [
      "Defense Secretary Leon Panetta, who leads the delegation, is scheduled to visit Qingdao on Thursday.",
      [["2012-09-20", "Planned: Panetta visits Qingdao"]],
    ],
    // Acts of one kind at two named places, each with its day, are two occasions …
    [
      "Defense Secretary Leon Panetta is due in Qingdao on Thursday and will stop at Hangzhou on Friday.",
      [
        ["2012-09-20", "Planned: Panetta visits Qingdao"],
        ["2012-09-21", "Planned: Panetta visits Hangzhou"],
      ],
    ],
    // … but not when both name the same place.
    [
      "Defense Secretary Leon Panetta is due in Qingdao on Thursday and will stop at Qingdao on Friday.",
      [["2012-09-20", "Planned: Panetta visits Qingdao"]],
    ],
    // A date that only dates the telling yields to the act's own date in its clause.
    [
      "The ministry said Tuesday that Defense Secretary Leon Panetta will visit Hangzhou from Sept. 24 to 26, while the two navies hold a drill off Qingdao on Friday.",
      [["2012-09-24", "Planned: Panetta visits Hangzhou"]],
    ],
  ])("an occasion told in a relative clause: %s", async (sentence, rows) => {
    const events = await eventsOf({
      "a.txt": story("Panetta in Asia", "TOKYO, Sept. 18, 2012", sentence),
    });
    expect(events.map((e) => [e.date.value, e.title]).sort()).toEqual(rows);
  });

  it.each([
    // An infinitive right after a date is that date's act, not the act of the stretch before it …
    [
      "A U.S. destroyer arrived in Qingdao on Monday for a goodwill call, in spite of Beijing's vote last month to suspend military exchanges.",
      [
        ["2010-01", "160"],
        ["2010-02-15", "042"],
      ],
    ],
  ])("a date and its infinitive: %s", async (sentence, rows) => {
    const events = await eventsOf({
      "a.txt": story("Carrier", "HONG KONG, Feb. 17, 2010", sentence),
    });
    expect(events.map((e) => [e.date.value, e.type.cameo]).sort()).toEqual(rows);
  });

  it.each([
    // An infinitive that is no act leaves the dates as they were.
    [
      "A U.S. destroyer arrived in Qingdao on Monday, a month after Beijing's vote in January to approve the budget.",
      [["2010-02-15", "042"]],
    ],
  ])("a date and the infinitive after it: %s", async (sentence, rows) => {
    const events = await eventsOf({
      "a.txt": story("Carrier", "HONG KONG, Feb. 17, 2010", sentence),
    });
    expect(events.map((e) => [e.date.value, e.type.cameo]).sort()).toEqual(rows);
  });

  it.each([
    // A clause set days after a happening of a known day is an occasion of its own, that many days before …
    [
      "The drill came two days after Defense Minister Liang Guanglie held talks with Defense Secretary Leon Panetta.",
      [
        ["2012-09-15", ["Liang Guanglie", "Leon E. Panetta"]],
        ["2012-09-17", ["U.S. Navy", "PLA Navy"]],
      ],
    ],
    // … a count of months or weeks gives that month …
    [
      "The drill came two months after Defense Minister Liang Guanglie held talks with Defense Secretary Leon Panetta.",
      [
        ["2012-07", ["Liang Guanglie", "Leon E. Panetta"]],
        ["2012-09-17", ["U.S. Navy", "PLA Navy"]],
      ],
    ],
    [
      "The drill came three weeks after Defense Minister Liang Guanglie held talks with Defense Secretary Leon Panetta.",
      [
        ["2012-08", ["Liang Guanglie", "Leon E. Panetta"]],
        ["2012-09-17", ["U.S. Navy", "PLA Navy"]],
      ],
    ],
    // … but "weeks after" gives no day, and the clause stays part of the sentence.
    [
      "The drill came weeks after Defense Minister Liang Guanglie held talks with Defense Secretary Leon Panetta.",
      [["2012-09-17", ["U.S. Navy", "PLA Navy"]]],
    ],
  ])("days after another happening: %s", async (sentence, rows) => {
    const events = await eventsOf({
      "a.txt": story(
        "Navies drill",
        "BEIJING, Sept. 18, 2012",
        "Chinese and U.S. naval ships held a joint exercise in the Gulf of Aden on Monday.",
        sentence,
      ),
    });
    expect(events.map((e) => [e.date.value, e.actors.map((a) => a.name)]).sort()).toEqual(rows);
  });

  it("a clause counted back from a statement the sentence goes on about is its own occasion", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Ministry answers",
        "BEIJING, Jan. 29, 2010",
        "On January 25 the Ministry of National Defense said the accusations were groundless.",
        "The reply came three days after William Burns, the U.S. deputy secretary of state, gave a lecture urging an inquiry.",
      ),
    });
    expect(events.map((e) => [e.date.value, e.actors.map((a) => a.name)]).sort()).toEqual([
      ["2010-01-22", ["William J. Burns"]],
      ["2010-01-25", ["Chinese Ministry of National Defense"]],
    ]);
  });

  it("a possessive date owns its occasion ('last week's summit'), not the occasion before it", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Cyber talks",
        "WASHINGTON, June 11, 2013",
        "The two countries will hold their first talks on cyber security in Washington on July 8, officials said on Tuesday.",
        "The talks, to be held beside the Strategic and Economic Dialogue from July 10 to 11, follow last week's summit between President Barack Obama and President Xi Jinping in California.",
      ),
    });
    const june = events.filter((e) => e.date.value === "2013-06");
    expect(june.map((e) => [e.title, e.actors.map((a) => a.name)])).toEqual([
      ["Obama and Xi hold talks in California", ["Barack Obama", "Xi Jinping"]],
    ]);
  });

  it.each([
    // An occasion of several days that began by publication day is under way, not planned …
    ["General Martin Dempsey's three-day visit to China ends Wednesday.", "occurred"],
    // … one that begins later is planned.
    ["General Martin Dempsey's three-day visit to China begins Thursday.", "planned"],
  ])("a visit under way: %s", async (sentence, status) => {
    const events = await eventsOf({
      "a.txt": story("Dempsey in China", "BEIJING, April 23, 2013", sentence),
    });
    expect(events.map((e) => e.status)).toEqual([status]);
  });

  it.each([
    // An occasion referred to with a date of its own is an event of that date …
    [
      "The ministers held talks in Hanoi earlier this month, following their summit in Tokyo in June.",
      ["2013-06", "2013-09"],
    ],
    // … one without a date of its own is only a reference.
    [
      "The ministers held talks in Hanoi earlier this month, following their summit in Tokyo.",
      ["2013-09"],
    ],
    // A subordinate clause's act with a date of its own is an event of that date …
    [
      "The minister is expected to visit Lima in December, accepting an offer made when he met his Peruvian counterpart in Tokyo in June.",
      ["2013-06", "2013-12"],
    ],
    // … one without a date of its own is only the main act's background.
    [
      "The minister is expected to visit Lima in December, accepting an offer made when he met his Peruvian counterpart in Tokyo.",
      ["2013-12"],
    ],
    // A caption's date closing the sentence after a comma dates the occasion it shows …
    [
      "Defense Minister Ana Reyes (L) greets the Peruvian envoy before their talks in Lima, Tuesday, Sept. 17, 2013.",
      ["2013-09-17"],
    ],
    // … but not when more of the sentence follows the date, nor when the date is told relatively.
    [
      "Defense Minister Ana Reyes (L) greets the Peruvian envoy before their talks in Lima, Tuesday, Sept. 17, 2013, a day of rain.",
      [],
    ],
    [
      "Defense Minister Ana Reyes (L) greets the Peruvian envoy before their talks in Lima, on Tuesday.",
      [],
    ],
  ])("an occasion told in passing: %s", async (sentence, dates) => {
    const events = await eventsOf({
      "a.txt": story("Ministers meet", "BEIJING, Sept. 20, 2013", sentence),
    });
    expect(events.map((e) => e.date.value).sort()).toEqual(dates);
  });

  it.each([
    // Occasions a frame with no act of its own refers to, each with a date of its own, are an
    // event each, with the people who own them …
    [
      "Contacts have grown since Admiral Gary Roughead's trip to Qingdao in March and the tour of Army bases by General Fang Fenghui in May.",
      [
        ["2013-03", "Gary Roughead"],
        ["2013-05", "Fang Fenghui"],
      ],
    ],
    // … and so is a second one the same month, when someone new made it …
    [
      "The talks follow Secretary Chuck Hagel's trip to Hanoi in August and General Chang Wanquan's visit to Lima the same month.",
      [
        ["2013-08", "Chang Wanquan"],
        ["2013-08", "Chuck Hagel"],
      ],
    ],
    // … and so is each of three, the middle one told again at the month of the first …
    [
      "Ties have warmed, with Secretary Chuck Hagel's trip to Hanoi in March, a visit to Lima by General Chang Wanquan the same month and a trip to Perth by Admiral Wu Shengli in May.",
      [
        ["2013-03", "Chang Wanquan"],
        ["2013-03", "Chuck Hagel"],
        ["2013-05", "Wu Shengli"],
      ],
    ],
    // … but not one told again without someone new: one event.
    [
      "Ties have warmed, with Secretary Chuck Hagel's trip to Hanoi in March and a visit to its port the same month.",
      [["2013-03", "Chuck Hagel"]],
    ],
    // … but when a stretch acts itself, whoever owns an occasion it refers to did not act.
    [
      "General Fang Fenghui, after Roughead's trip to Qingdao, met Admiral Jonathan Greenert in March and General Ray Odierno in May.",
      [
        ["2013-03", "Fang Fenghui, Jonathan W. Greenert"],
        ["2013-05", "Fang Fenghui, Ray Odierno"],
      ],
    ],
  ])("occasions a frame refers to: %s", async (sentence, rows) => {
    expect(await datedActors(sentence)).toEqual(rows);
  });

  it("a decision told in the past in a clause about what it set up is dated at that month", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Ties",
        "BEIJING, Sept. 20, 2013",
        "On Monday, officials met for the first time in the working group that Chang Wanquan and Chuck Hagel agreed to set up in May.",
      ),
    });
    expect(events.map((e) => e.date.value).sort()).toEqual(["2013-05", "2013-09-16"]);
  });

  it.each([
    // A list of items, each a named subject's act with its date, gives an event each …
    [
      "Leaders have exchanged visits: Secretary Leon Panetta traveled to Tokyo in March, Gen. Fang Fenghui visited Canada in May, and Adm. Jonathan Greenert visited China in July.",
      [
        ["2013-03", "Leon E. Panetta"],
        ["2013-05", "Fang Fenghui"],
        ["2013-07", "Jonathan W. Greenert"],
      ],
    ],
    // … a subject of two joined by "and" too …
    [
      "Leaders have exchanged visits: Secretary Leon Panetta traveled to Tokyo in March, Gen. Fang and Adm. Greenert met in Hawaii in May, and Adm. Wu Shengli visited Canada in July.",
      [
        ["2013-03", "Leon E. Panetta"],
        ["2013-05", "Fang, Jonathan W. Greenert"],
        ["2013-07", "Wu Shengli"],
      ],
    ],
    // … and so does a clause whose act is a call to someone named by the surname alone …
    [
      "On March 11, Secretary Leon Panetta gave a speech at the Harbor Forum; on March 13, Gen. Fang Fenghui telephoned Greenert about the drills.",
      [
        ["2013-03-11", "Leon E. Panetta"],
        ["2013-03-13", "Fang Fenghui, Jonathan W. Greenert"],
      ],
    ],
    // … but a comma before the one act of a sentence ends no item.
    [
      "In Tokyo in March, Secretary Leon Panetta visited the fleet.",
      [["2013-03", "Leon E. Panetta"]],
    ],
  ])("a list of dated acts: %s", async (sentence, rows) => {
    expect(await datedActors(sentence)).toEqual(rows);
  });

  it("a plan's days differ each from the one before, by someone new or by the occasion's kind", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Envoy in Hanoi",
        "HANOI, Sept. 20, 2013",
        "Secretary Chuck Hagel is due to hold talks with General Phung Quang Thanh on Monday and to meet President Truong Tan Sang on Tuesday, ahead of Sang's visit to Washington later this month.",
      ),
    });
    expect(events.map((e) => e.date.value).sort()).toEqual(["2013-09", "2013-09-23", "2013-09-24"]);
  });

  it("a court's act is an event of its own, with the person it was on", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Engineer sentenced",
        "CHICAGO, Sept. 20, 2013",
        "Tomas Vidal, a former software engineer, was sentenced on Thursday to four years in prison for selling designs to a Chinese firm.",
      ),
    });
    expect(events.map((e) => [e.date.value, e.type.cameo, e.actors.map((a) => a.name)])).toEqual([
      ["2013-09-19", "173", ["Tomas Vidal"]],
    ]);
  });

  it("a document's release is dated by the date beside its verb, not a year in its name", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "White paper",
        "BEIJING, April 16, 2013",
        "The previous white paper, China's National Defense in 2010, was issued in March 2011.",
      ),
    });
    expect(events.map((e) => e.date.value)).toEqual(["2011-03"]);
  });

  it.each([
    // Who says that someone else will act does not act …
    [
      "Defense Minister Liang Guanglie said Gen. Chen Bingde will visit the United States in May.",
      ["Chen Bingde"],
    ],
    // … who says that he will, does.
    [
      "Defense Minister Liang Guanglie said he will visit the United States in May.",
      ["Liang Guanglie"],
    ],
  ])("a reported clause's own subject acts: %s", async (sentence, actors) => {
    const events = await eventsOf({
      "a.txt": story("Visits", "BEIJING, Jan. 10, 2011", sentence),
    });
    expect(events.map((e) => e.actors.map((a) => a.name))).toEqual([actors]);
  });

  it.each([
    // A clause with a date of its own and no act keeps its date to itself …
    [
      "Xi Jinping is expected to be named president on Thursday, and Treasury Secretary Jacob Lew will travel to Beijing next week.",
      [["2013-03", ["Jacob J. Lew"]]],
    ],
    // … a clause with an act of its own is its own event.
    [
      "Xi Jinping will meet Kerry on Thursday, and Treasury Secretary Jacob Lew will travel to Beijing next week.",
      [
        ["2013-03", ["Jacob J. Lew"]],
        ["2013-03-14", ["Xi Jinping", "John Kerry"]],
      ],
    ],
  ])("coordinated clauses with dates of their own: %s", async (sentence, rows) => {
    const events = await eventsOf({
      "a.txt": story("Cyber", "NEW YORK, March 11, 2013", sentence),
    });
    expect(events.map((e) => [e.date.value, e.actors.map((a) => a.name)]).sort()).toEqual(rows);
  });

  it("a sentence goes on about the recent event that shares most of its people", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Kerry in Beijing",
        "BEIJING, April 13, 2013",
        "Secretary of State John Kerry met Chinese President Xi Jinping in Beijing on Saturday.",
        "Kerry arrived in Beijing on Friday from Seoul.",
        "State media said Xi told Kerry that China would never allow chaos on the peninsula.",
      ),
    });
    const meeting = events.find((e) => e.date.value === "2013-04-13");
    const arrival = events.find((e) => e.date.value === "2013-04-12");
    expect(meeting?.sources[0]?.evidence.length).toBe(2);
    expect(arrival?.actors.map((a) => a.name)).toEqual(["John Kerry"]);
  });

  it.each([
    // People of another time's clause ("after X and Y met") are not the referred event's …
    [
      "The talks came two weeks after President Barack Obama and President Xi Jinping met in California.",
      ["United States", "China"],
    ],
    // … people of the sentence's own clause are.
    [
      "The talks were led by Secretary of State John Kerry and State Councilor Yang Jiechi.",
      ["John Kerry", "Yang Jiechi"],
    ],
  ])("who else took part: %s", async (sentence, actors) => {
    const events = await eventsOf({
      "a.txt": story(
        "Cyber talks",
        "WASHINGTON, June 20, 2013",
        "U.S. and Chinese officials held their first round of talks on cyber security in Washington on Tuesday.",
        sentence,
      ),
    });
    // (The meeting "two weeks after" counts back from is an event of its own, in its month.)
    const talks = events.filter((e) => e.date.value === "2013-06-18");
    expect(talks.map((e) => e.actors.map((a) => a.name))).toEqual([actors]);
  });

  it.each([
    // A later sentence naming the trip dates it more precisely, within its month …
    [
      "The spokesman said the trip, from April 21 to 24, would include a stop in Qingdao.",
      ["2013-04-21", "2013-04-24"],
    ],
    // … but not with days outside it.
    [
      "The spokesman said the trip, from May 2 to 4, would include a stop in Qingdao.",
      ["2013-04", undefined],
    ],
  ])("a finer date for the same trip: %s", async (sentence, [value, end]) => {
    const events = await eventsOf({
      "a.txt": story(
        "Hagel to visit",
        "WASHINGTON, March 18, 2013",
        "Defense Secretary Chuck Hagel will travel to China next month, the Pentagon said Monday.",
        sentence,
      ),
    });
    const trip = events.find((e) => e.type.cameo === "042" || e.type.cameo === "043");
    expect([trip?.date.value, trip?.date.end]).toEqual([value, end]);
  });

  it.each([
    // A coordinated clause whose subject is a body or a government borrows no person …
    [
      "and Chinese and U.S. naval forces held a joint exercise in the Gulf of Aden last week.",
      ["China", "United States"],
    ],
    // … one with no subject of its own acts through the sentence's.
    ["and he toured a naval base in Qingdao last week.", ["Martin E. Dempsey"]],
  ])("a second clause's actors: …, %s", async (clause, actors) => {
    const events = await eventsOf({
      "a.txt": story(
        "Ties",
        "WASHINGTON, Aug. 19, 2013",
        `Gen. Martin E. Dempsey visited Beijing in April, ${clause}`,
      ),
    });
    const second = events.find((e) => e.date.value === "2013-08");
    expect(second?.actors.map((a) => a.name)).toEqual(actors);
  });

  it.each([
    // The speaker reports the act; the reported clause's subject did it, and titles it …
    [
      "Spokesman Yang Yujun told a monthly briefing that China and the United States held maritime talks in Qingdao on Tuesday.",
      ["China", "United States"],
      "China and the United States held maritime talks in Qingdao",
    ],
    // … a reported clause that names no one leaves the speaker as the one who acted.
    [
      "Spokesman Yang Yujun said that he held maritime talks in Qingdao on Tuesday.",
      ["Yang Yujun"],
      "Yang holds talks in Qingdao",
    ],
  ])("reported acts: %s", async (sentence, actors, title) => {
    const events = await eventsOf({
      "a.txt": story("Talks", "BEIJING, June 27, 2013", sentence),
    });
    expect(events.map((e) => [e.actors.map((a) => a.name), e.title])).toEqual([[actors, title]]);
  });

  it("a speaker's words name the event only when the narrator's do not", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Talks to resume",
        "WASHINGTON, Feb. 28, 2012",
        "“We have agreed to move forward,” Assistant Secretary of Defense Mark Lippert told reporters this morning.",
      ),
    });
    expect(events.map((e) => [e.type.cameo, e.title])).toEqual([
      ["010", "Lippert speaks on military-to-military"],
    ]);
  });

  it.each([
    // A "since" clause that names no occasion starts a stretch of time: no event there …
    ["It is the minister's first trip to China since he took office in March 2013.", []],
    // … one that names an occasion is a past event mentioned in passing.
    ["It is the first meeting of the two ministers since their talks in March 2013.", ["2013-03"]],
    // … and so is one whose date stands between its subject and its verb.
    ["Pressure has grown since the firm in March accused the unit of hacking.", ["2013-03"]],
    ["Pressure has grown since March, and the firm accused the unit of hacking.", []],
    // A since-phrase with no verb, ended by a day of the news week, leaves the day to the act.
    [
      "The two navies held their first drill since the row over the islands on Tuesday.",
      ["2013-08-27"],
    ],
    ["The two navies have held no drill since the row over the islands in 2012.", []],
    ["It is the minister's first trip to China since he took office on Tuesday.", []],
  ])("since: %s", async (sentence, dates) => {
    const events = await eventsOf({
      "a.txt": story("Visit", "BEIJING, Aug. 30, 2013", sentence),
    });
    expect(events.map((e) => e.date.value)).toEqual(dates);
  });

  it.each([
    // A dated weapons test is an event of its own …
    ["China conducted the first test flight of a new stealth fighter on Tuesday.", ["150"]],
    ["The navy test-fired two cruise missiles off Hainan on Tuesday.", ["150"]],
    // … a test of something else is not.
    ["The standoff on Tuesday tested the patience of both governments.", []],
  ])("weapons tests: %s", async (sentence, cameos) => {
    const events = await eventsOf({
      "a.txt": story("Test", "BEIJING, Jan. 13, 2011", sentence),
    });
    expect(events.map((e) => e.type.cameo)).toEqual(cameos);
  });

  it("a plan dated loosely is its own plan, not the planned meeting of a named day", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Gates in Beijing",
        "BEIJING, Jan. 10, 2011",
        "Defense Secretary Robert M. Gates met Chinese Defense Minister Gen. Liang Guanglie today at the Bayi Building.",
        "Gates will meet with Chinese President Hu Jintao on Wednesday to discuss the new talks.",
        "He said the two sides would begin the talks in the spring.",
      ),
    });
    expect(events.map((e) => [e.date.value, e.status])).toEqual([
      ["2011", "planned"],
      ["2011-01-10", "occurred"],
      ["2011-01-12", "planned"],
    ]);
  });

  it("a nationality word is not where a visit went; the place named after it is", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Minister to tour fleet",
        "TOKYO, March 4, 2013",
        "Defense Secretary Chuck Hagel will visit the Chinese army's Second Artillery base in Qingdao on Thursday.",
        "Chinese Defense Minister Liang Guanglie will visit the U.S. Naval Academy in Annapolis on Friday.",
      ),
    });
    expect(events.map((e) => e.title)).toEqual([
      "Planned: Hagel visits Qingdao",
      "Planned: Liang visits the U.S. Naval Academy",
    ]);
  });

  it("dates outside 2010–2013 make no events", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "History",
        "WASHINGTON, May 7, 2012",
        "The two countries signed an agreement in 1998 on maritime safety.",
        "The ministers will meet again in 2015, officials said.",
      ),
    });
    expect(events).toEqual([]);
  });
});

describe("merging", () => {
  const afps = story(
    "Obama, Xi Discuss Relations",
    "WASHINGTON, June 8, 2013",
    "President Barack Obama and Chinese President Xi Jinping held talks at the Sunnylands estate in Rancho Mirage, Calif., yesterday.",
    "Yesterday in San Jose, Calif., Obama told reporters that he supports the NSA program.",
  );
  const wire = story(
    "Xi, Obama Agree on Cyber",
    "BEIJING, June 8, 2013 (Xinhua)",
    "Chinese President Xi Jinping and U.S. President Barack Obama today agreed to work together on cyber security at the Sunnylands Retreat in California.",
  );

  it("the same summit in two outlets is one event with two sources; San Jose stays apart", async () => {
    const events = await eventsOf({ "afps.txt": afps, "wire.txt": wire });
    const rows = events.map((e) => [e.date.value, e.date.end, e.sources.length, e.location?.name]);
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        ["2013-06-07", "2013-06-08", 2, "the Sunnylands estate in Rancho Mirage, Calif."],
        ["2013-06-07", undefined, 1, "San Jose, Calif."],
      ]),
    );
  });

  it("a government borrowed as a fallback actor is dropped when another outlet names the actor", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Exchanges Halted",
        "BEIJING, Feb. 1, 2010",
        "China suspended military exchanges with the United States in January 2010 after Washington announced arms sales to Taiwan.",
      ),
      "b.txt": story(
        "Arms Sale Fallout",
        "WASHINGTON, Feb. 2, 2010",
        "Military exchanges between the two countries were suspended in January 2010 over the arms sales to Taiwan.",
      ),
    });
    // The announcement of the sale, in its own "after" clause, is an event of its own.
    const suspensions = events.filter((e) => e.type.cameo === "160");
    expect(
      suspensions.map((e) => [e.date.value, e.sources.length, e.actors.map((a) => a.name)]),
    ).toEqual([["2010-01", 2, ["China"]]]);
  });

  it("a report naming only the two sides joins another outlet's report of their officers there", async () => {
    const events = await eventsOf({
      "ap.txt": story(
        "Navies Talk",
        "QINGDAO, China, Aug. 30, 2013",
        "Senior U.S. and Chinese naval officers held two days of talks starting Wednesday in Qingdao on avoiding incidents at sea.",
      ),
      "xinhua.txt": story(
        "Consultations End",
        "QINGDAO, Aug. 29, 2013",
        "Chinese navy commander Adm. Wu Shengli on Thursday met U.S. Adm. Cecil Haney in Qingdao, wrapping up two days of maritime consultations.",
      ),
    });
    expect(events.map((e) => [e.date.value, e.date.end, e.sources.length])).toEqual([
      ["2013-08-28", "2013-08-29", 2],
    ]);
  });

  it("a report naming only the two sides stays apart from a meeting of one side with a third", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Talks",
        "BEIJING, Aug. 30, 2013",
        "Senior U.S. and Chinese defense officials held talks on Thursday in Beijing on maritime safety and cyber security.",
      ),
      "b.txt": story(
        "Minister Meets Envoy",
        "BEIJING, Aug. 29, 2013",
        "Chinese Defense Minister Chang Wanquan on Thursday met Japanese envoy Shotaro Yachi in Beijing to discuss the islands dispute.",
      ),
    });
    expect(events.map((e) => e.sources.length)).toEqual([1, 1]);
  });

  it("ids do not change when an unrelated article is added", async () => {
    const before = await eventsOf({ "afps.txt": afps, "wire.txt": wire });
    const unrelated = story(
      "Navy Chiefs Meet",
      "WASHINGTON, Jan. 14, 2013",
      "Adm. Jonathan W. Greenert hosted Chinese navy commander Adm. Wu Shengli today at the Pentagon.",
    );
    const after = await eventsOf({ "afps.txt": afps, "wire.txt": wire, "navy.txt": unrelated });
    expect(after.length).toBe(before.length + 1);
    for (const e of before) expect(after.map((x) => x.id)).toContain(e.id);
  });

  it.each([
    [
      "The dialogue will be held on Oct. 3-4, co-chaired by Treasury Secretary Jacob Lew.",
      { date: "2013-10-03", end: "2013-10-04", status: "planned", cameo: "040" },
    ],
    [
      "The SSD is to be held in Beijing on Oct. 3.",
      { date: "2013-10-03", end: undefined, status: "planned", cameo: "040" },
    ],
  ])("a planned occasion that 'will be held' is an event: %s", async (sentence, expected) => {
    const events = await eventsOf({
      "a.txt": story("Talks Set", "WASHINGTON, Sept. 30, 2013", sentence),
    });
    expect(
      events.map((e) => ({
        date: e.date.value,
        end: e.date.end,
        status: e.status,
        cameo: e.type.cameo,
      })),
    ).toEqual([expected]);
  });

  it.each([
    [
      "Defense Secretary Robert M. Gates and Chinese Defense Minister Liang Guanglie agreed today to work together on counterpiracy operations in the Gulf of Aden and on disaster relief.",
      "Gates and Liang agree to work together on counterpiracy operations",
    ],
    [
      "China and the United States held military maritime consultations in Qingdao today, the first such talks since the two militaries resumed exchanges after a long freeze.",
      "China and the United States held military maritime consultations in Qingdao…",
    ],
    // Without its dates, "suspended in 2010 and again in 2012" must not end on "and again".
    [
      "Military exchanges between the two countries were suspended in 2010 and again in 2011.",
      "Military exchanges between the two countries were suspended",
    ],
    [
      "Beijing froze defense contacts in January 2010 and again in October 2010 after arms sales to Taiwan.",
      "Beijing froze defense contacts after arms sales to Taiwan",
    ],
    [
      "The two sides agreed that China would send a ship to a naval exercise near Hawaii in 2014, and that their navies would hold a joint counter-piracy drill in the Gulf of Aden later this year.",
      "Planned: Their navies would hold a joint counter-piracy drill in the Gulf of Aden",
    ],
    [
      "Chinese and U.S. naval officers held two days of talks starting Monday in Qingdao on safety at sea.",
      "Chinese and U.S. naval officers held two days of talks in Qingdao on safety at sea",
    ],
  ])("titles end at a phrase boundary, never inside a word: %s", async (sentence, title) => {
    const events = await eventsOf({ "a.txt": story("Talks", "BEIJING, Jan. 10, 2011", sentence) });
    expect(new Set(events.map((e) => e.title))).toEqual(new Set([title]));
  });

  it.each([
    [
      "Military exchanges between the two countries were suspended in 2010 and again in 2012.",
      [
        ["2010", "occurred"],
        ["2012", "occurred"],
      ],
    ],
    [
      "Beijing froze defense contacts in January 2010 and again in October 2011 after arms sales to Taiwan.",
      [
        ["2010-01", "occurred"],
        ["2011-10", "occurred"],
      ],
    ],
    // Each date with a place of its own: one meeting in each.
    [
      "Defense Secretary Leon Panetta met Gen. Liang Guanglie in Lima in May and in Hanoi in October.",
      [
        ["2012-05", "occurred"],
        ["2012-10", "occurred"],
      ],
    ],
    // "between 2010 and 2011" bounds one period; it names no second act.
    [
      "China suspended military exchanges with the United States between 2010 and 2011 over the arms sales to Taiwan.",
      [["2010", "occurred"]],
    ],
  ])("one verb with coordinated dates makes one event per date: %s", async (sentence, rows) => {
    const events = await eventsOf({ "a.txt": story("Ties", "BEIJING, Jan. 10, 2013", sentence) });
    expect(events.map((e) => [e.date.value, e.status])).toEqual(rows);
  });

  it.each([
    [
      "Vice President Xi Jinping will travel to Iowa on Wednesday and to Los Angeles on Friday.",
      ["Planned: Xi visits Iowa", "Planned: Xi visits Los Angeles"],
    ],
    // No place after "and": both days go where the sentence says.
    [
      "Vice President Xi Jinping will travel to Iowa on Wednesday and again on Friday.",
      ["Planned: Xi visits Iowa", "Planned: Xi visits Iowa"],
    ],
  ])("each leg told 'and to' a place goes there: %s", async (sentence, titles) => {
    const events = await eventsOf({
      "a.txt": story("Ties", "WASHINGTON, Feb. 13, 2012", sentence),
    });
    expect(events.map((e) => e.title)).toEqual(titles);
  });

  it.each([
    // A day between the place left and the next one: the trip goes to the next one …
    ["Secretary of State John Kerry left Tokyo on Friday for Seoul.", ["Kerry visits Seoul"]],
    ["Secretary of State John Kerry left Tokyo for Seoul on Friday.", ["Kerry visits Seoul"]],
    // … and leaving with no place after is no trip.
    ["Secretary of State John Kerry left Tokyo on Friday.", []],
  ])("leaving one place for another: %s", async (sentence, titles) => {
    const events = await eventsOf({
      "a.txt": story("Ties", "WASHINGTON, Feb. 16, 2012", sentence),
    });
    expect(events.map((e) => e.title)).toEqual(titles);
  });

  it.each([
    // An invitation sent on a date is a happening of that date …
    ["The Seventh Fleet sent the formal invitation in May.", ["2012-05"]],
    // … while an invitation only named tells none.
    ["The fleet's invitation was welcome news in the capital.", []],
  ])("an invitation: %s", async (sentence, dates) => {
    const events = await eventsOf({
      "a.txt": story("Ties", "WASHINGTON, Aug. 16, 2012", sentence),
    });
    expect(events.map((e) => e.date.value)).toEqual(dates);
  });

  it("each coordinated date keeps the place told with it", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Ties",
        "BEIJING, Jan. 10, 2013",
        "Defense Secretary Leon Panetta held talks with Gen. Liang Guanglie in Singapore in May and in Hanoi in October.",
      ),
    });
    expect(events.map((e) => [e.date.value, e.location?.name])).toEqual([
      ["2012-05", "Singapore"],
      ["2012-10", "Hanoi"],
    ]);
  });

  it.each([
    // Coordinated clauses, each with its own date and act, are two happenings of the day.
    [
      "On Tuesday afternoon, Wu addressed a trade forum, and on Tuesday evening, Wu attended a dinner hosted by the mayor.",
      2,
    ],
    // One act with the date said twice is still one event.
    ["On Tuesday, Wu met the mayor, and said on Tuesday that he was pleased.", 1],
    // A clause with a date but no act of its own does not split the sentence.
    ["Wu visited the port on Monday; the weather on Tuesday was fine.", 1],
  ])("clauses with their own date and act: %s", async (sentence, count) => {
    const events = await wuVisitEvents(sentence);
    expect(events).toHaveLength(count);
  });

  it.each([
    // A clause that is only its date, broken off by "while …", goes on after the interruption:
    // the act there is of that date.
    [
      "Wu toured the port on Monday, and on Tuesday, while the mayor was away, Wu visited a shipyard in the north.",
      [
        ["2011-01-10", "occurred"],
        ["2011-01-11", "occurred"],
      ],
    ],
    // Negative: a clause with words of its own besides the date lends the date to nothing after it.
    [
      "Wu toured the port on Monday, and the rain on Tuesday was heavy, while Wu visited a shipyard in the north.",
      [["2011-01-10", "occurred"]],
    ],
  ])("a clause of only a date before an interruption: %s", async (sentence, rows) => {
    const events = await wuVisitEvents(sentence);
    expect(events.map((e) => [e.date.value, e.status])).toEqual(rows);
  });

  it.each([
    // "then" before a noun phrase set off by commas is an appositive, not a clause of its own:
    // the act after it has the sentence's opening date.
    [
      "In December, Wu, then the deputy premier, spent four days in Washington, recalling the town he first saw in 1985.",
      [["2010-12", "occurred"]],
    ],
    // Negative: "then" before a verb opens the next act, with its own date.
    [
      "Wu toured the port in December, then flew to Boston on Tuesday.",
      [
        ["2010-12", "occurred"],
        ["2011-01-11", "occurred"],
      ],
    ],
  ])("'then' before an appositive or a clause: %s", async (sentence, rows) => {
    const events = await wuVisitEvents(sentence);
    expect(events.map((e) => [e.date.value, e.status])).toEqual(rows);
  });

  it.each([
    // A dinner and a meeting reported in their own sentences are two happenings of one day.
    [
      "Defense Secretary Robert Gates met Chinese Defense Minister Liang Guanglie on Monday.",
      "Liang hosted a banquet for Gates on Monday.",
      2,
    ],
    // A meeting and the statement after it are one happening.
    [
      "Defense Secretary Robert Gates met Chinese Defense Minister Liang Guanglie on Monday.",
      "Gates told reporters on Monday that the meeting with Liang was candid.",
      1,
    ],
    // Meetings with two different counterparts on one day are two meetings.
    [
      "Defense Secretary Robert Gates met Chinese Defense Minister Liang Guanglie on Monday.",
      "Gates met Chinese President Hu Jintao on Monday.",
      2,
    ],
    // A five-day visit and one meeting during it: the programme and one of its parts.
    [
      "Gates began a five-day visit to China on Sunday.",
      "Defense Secretary Robert Gates met Chinese Defense Minister Liang Guanglie on Monday.",
      2,
    ],
    // A two-day visit and a meeting on its first day are one happening.
    [
      "Gates began a two-day visit to China on Monday.",
      "Defense Secretary Robert Gates met Chinese Defense Minister Liang Guanglie in Beijing on Monday.",
      1,
    ],
    // Two visits to two places on one day are two visits …
    [
      "On Friday, Defense Secretary Robert Gates will visit the Great Wall.",
      "On Friday afternoon, Gates will leave Beijing for Tokyo.",
      2,
    ],
    // … but a country and a city in it may be one visit.
    [
      "On Friday, Defense Secretary Robert Gates will visit the U.S. embassy staff.",
      "On Friday, Gates will visit Beijing and its embassy.",
      1,
    ],
  ])("one article's happenings of one day: %s / %s", async (first, second, count) => {
    const events = await eventsOf({
      "a.txt": story(
        "Gates in China",
        "BEIJING, Jan. 12, 2011",
        "The U.S. defense secretary is in China on a trip meant to repair military ties with Beijing.",
        first,
        second,
      ),
    });
    expect(events).toHaveLength(count);
  });

  it.each([
    // A pronoun subject after an opening phrase continues the previous sentence's subject …
    ["On Wednesday afternoon, he will meet business leaders in Iowa.", ["Xi Jinping"]],
    // … and so does one that opens the sentence.
    ["He will meet business leaders in Iowa on Wednesday.", ["Xi Jinping"]],
  ])("a pronoun subject: %s", async (sentence, actors) => {
    const events = await eventsOf({
      "a.txt": story(
        "Xi in Washington",
        "WASHINGTON, Feb. 14, 2012",
        "Chinese Vice President Xi Jinping met business leaders in Washington on Tuesday afternoon.",
        sentence,
      ),
    });
    expect(events.find((e) => e.status === "planned")?.actors.map((a) => a.name)).toEqual(actors);
  });

  it.each([
    // Those others stand for did not act: "representatives of Xi".
    [
      "As special representatives of President Xi Jinping, Vice Premier Wang Yang and State Councilor Yang Jiechi will co-chair the dialogue on Wednesday.",
      ["Wang Yang", "Yang Jiechi"],
    ],
    // A person who is a party stays one.
    [
      "Vice Premier Wang Yang will co-chair the dialogue with President Xi Jinping on Wednesday.",
      ["Wang Yang", "Xi Jinping"],
    ],
  ])("who acts: %s", async (sentence, actors) => {
    const events = await eventsOf({
      "a.txt": story(
        "Dialogue",
        "WASHINGTON, July 8, 2013",
        "Officials from both governments gathered in the capital for a week of meetings on trade.",
        sentence,
      ),
    });
    expect(events.find((e) => e.status === "planned")?.actors.map((a) => a.name)).toEqual(actors);
  });

  it.each([
    // An undated lead act takes the date of the statement right after it …
    [
      [
        "China has suspended military exchanges with the United States over arms sales to Taiwan, officials confirmed.",
        "The Defense Ministry said early Saturday that the sales cause severe harm to cooperation.",
      ],
      [["2010-01-30", "160"]],
    ],
    // … but not when that sentence reports an act of its own, or one sentence later.
    [
      [
        "China has suspended military exchanges with the United States over arms sales to Taiwan, officials confirmed.",
        "The ministry held talks with the embassy on Saturday about the sales to the island.",
      ],
      [["2010-01-30", "040"]],
    ],
    [
      [
        "China has suspended military exchanges with the United States over arms sales to Taiwan, officials confirmed.",
        "The sales include helicopters, missiles and parts for fighter jets of the island's air force.",
        "The Defense Ministry said early Saturday that the sales cause severe harm to cooperation.",
      ],
      // The statement is an event of its own; the lead stays undated.
      [["2010-01-30", "010"]],
    ],
  ])("a lead dated by the statement after it: %s", async (paragraphs, rows) => {
    const events = await eventsOf({
      "a.txt": story("China suspends exchanges", "BEIJING, Feb. 1, 2010", ...paragraphs),
    });
    expect(events.map((e) => [e.date.value, e.type.cameo])).toEqual(rows);
  });

  it.each([
    // An undated act next to a dated event, then dated by the statement after it: its own event,
    // and no longer evidence of the event it stood next to …
    [
      [
        "China suspended military exchanges with the United States on Saturday over arms sales to Taiwan.",
        "Annual naval safety talks were postponed.",
        "A State Department spokesman said later Saturday that the decision was regrettable.",
      ],
      [
        ["2010-01-30", "040", 2],
        ["2010-01-30", "160", 1],
      ],
    ],
    // … with no statement to date it, the act stays evidence of the event beside it.
    [
      [
        "China suspended military exchanges with the United States on Saturday over arms sales to Taiwan.",
        "Annual naval safety talks were postponed.",
        "The sales include helicopters and missiles.",
      ],
      [["2010-01-30", "160", 2]],
    ],
  ])("an act between two events: %s", async (paragraphs, rows) => {
    const events = await eventsOf({
      "a.txt": story("China suspends exchanges", "BEIJING, Feb. 1, 2010", paragraphs.join(" ")),
    });
    const evidence = (e: (typeof events)[number]) => e.sources.flatMap((x) => x.evidence).length;
    expect(events.map((e) => [e.date.value, e.type.cameo, evidence(e)]).sort()).toEqual(rows);
  });

  it.each([
    // A speech "later", by someone of the day's talks, is another happening of that day …
    [
      "In remarks later to cadets at a military academy, Panetta said the shift was no threat to China.",
      [
        ["2012-09-19", "010"],
        ["2012-09-19", "040"],
      ],
    ],
    // … "later this year" is no such day, and a sentence without an occasion of its own joins.
    [
      "Panetta said later that the shift was no threat to China and that ties would improve.",
      [["2012-09-19", "040"]],
    ],
    // A news conference "afterward" at a place of its own is one too …
    [
      "At a joint news conference at the ministry afterward, Panetta said the shift was no threat to China.",
      [
        ["2012-09-19", "010"],
        ["2012-09-19", "040"],
      ],
    ],
    // … but not one told without a word of its being later, nor "afterwards" with no occasion.
    [
      "At a joint news conference at the ministry, Panetta said the shift was no threat to China.",
      [["2012-09-19", "040"]],
    ],
    ["Panetta said afterwards that the shift was no threat to China.", [["2012-09-19", "040"]]],
  ])("later that day: %s", async (sentence, rows) => {
    const events = await eventsOf({
      "a.txt": story(
        "Panetta in Beijing",
        "BEIJING, Sept. 19, 2012",
        "Chinese Vice President Xi Jinping held talks with Defense Secretary Leon Panetta in Beijing on Wednesday.",
        sentence,
      ),
    });
    expect(events.map((e) => [e.date.value, e.type.cameo]).sort()).toEqual(rows);
  });

  it("open water is never where people met", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Talks",
        "BEIJING, Sept. 19, 2012",
        "Chinese Vice President Xi Jinping held talks with Defense Secretary Leon Panetta on Wednesday about islands in the East China Sea.",
      ),
    });
    expect(events.map((e) => e.location)).toEqual([undefined]);
  });

  it("the narrator's 'the forum' refers back before a speaker's 'the dialogue'", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Forum",
        "BEIJING, April 15, 2013",
        "Secretary of State John Kerry announced on Saturday that the two countries would start a cyber dialogue.",
        "Officials and business executives attended a China-U.S. Internet Industry Forum in Beijing this week.",
        "“The dialogue must be a means to an end,” said Under Secretary of State for Economic Affairs Robert Hormats, who spoke at the forum.",
      ),
    });
    const forum = events.find((e) => e.title.includes("Forum"));
    expect(forum?.actors.map((a) => a.name)).toEqual(["Robert Hormats"]);
  });

  it.each([
    // Another place and someone new: another stop, not more of the meeting.
    [
      "Before arriving in Washington, Chang met the commander of the Pacific Command, Admiral Samuel Locklear, in Hawaii.",
      ["Chang Wanquan", "Chuck Hagel"],
    ],
    // The same place, or no new person: more of the same meeting.
    ["At the Pentagon, Chang and Hagel also met the press.", ["Chang Wanquan", "Chuck Hagel"]],
    [
      "Chang also met Admiral Samuel Locklear at the Pentagon.",
      ["Chang Wanquan", "Chuck Hagel", "Samuel J. Locklear III"],
    ],
  ])("a later sentence elsewhere: %s", async (sentence, actors) => {
    const events = await eventsOf({
      "a.txt": story(
        "Chang at the Pentagon",
        "WASHINGTON, Aug. 21, 2013",
        "On Monday, Chinese Defense Minister Chang Wanquan met with U.S. Defense Secretary Chuck Hagel at the Pentagon.",
        sentence,
      ),
    });
    expect(events[0]?.actors.map((a) => a.name)).toEqual(actors);
  });
});

describe("a visit someone made to a place, told as its object", () => {
  it.each([
    // The name after "a visit" is who made it; the place after "made to" is where it went.
    [
      "The admiral's trip returns a visit Gen. Chen Bingde made to the United States in May, when both men pledged more contacts.",
      "Chen visits the United States",
    ],
    [
      "The trip returns one Gen. Chen Bingde paid to the Pentagon in May, when both men pledged more contacts.",
      "Chen visits the Pentagon",
    ],
    // Negative: the visit's own verb still names where it goes.
    [
      "Gen. Chen Bingde will visit the Pentagon in September, officials said.",
      "Planned: Chen visits the Pentagon",
    ],
  ])("%s", async (sentence, title) => {
    const events = await storyEvents("Visits", "BEIJING, July 12, 2011", sentence);
    expect(events.map((e) => e.title)).toEqual([title]);
  });
});

describe("where a traveller leaves for", () => {
  it.each([
    // "Leaves for" a place is where the trip goes, with or without the place it leaves.
    [
      "Adm. Gary Roughead is to leave for Singapore on Monday.",
      "Planned: Roughead visits Singapore",
    ],
    ["Adm. Gary Roughead departed for Tokyo on Friday.", "Roughead visits Tokyo"],
    ["Adm. Gary Roughead left Hawaii for Manila on Friday.", "Roughead visits Manila"],
    // Negative: leaving for an occasion names no place.
    ["Adm. Gary Roughead left for talks on Friday.", "Roughead holds talks"],
    // A stay names its place, a country's too.
    ["Adm. Gary Roughead was in China on Friday.", "Roughead visits China"],
    [
      "Adm. Gary Roughead will be in the United States on Friday.",
      "Planned: Roughead visits the United States",
    ],
    // Negative: a stay in talks names no place.
    ["Adm. Gary Roughead was in talks with Japan on Friday.", "Roughead holds talks"],
  ])("%s", async (sentence, title) => {
    const events = await storyEvents("Travels", "HONOLULU, Nov. 6, 2010", sentence);
    expect(events.map((e) => e.title)).toEqual([title]);
  });
});

describe("a date between the subject and its verb", () => {
  it.each([
    // The verb right after the date is that date's, what was said too; the act told of keeps its own.
    [
      "Adm. Mike Mullen yesterday urged Beijing to reopen the hotline it froze in January, calling it vital.",
      ["2010-01", "2010-06-05"],
    ],
    // Negative: with no date before the verb, the only date is the one told of.
    [
      "Adm. Mike Mullen urged Beijing to reopen the hotline it froze in January, calling it vital.",
      ["2010-01"],
    ],
  ])("%s", async (sentence, dates) => {
    const events = await storyEvents("Ties", "SINGAPORE, June 6, 2010", sentence);
    expect(events.map((e) => e.date.value).sort()).toEqual(dates);
  });
});

describe("a restrictive clause with a date of its own, before the main verb", () => {
  it.each([
    // The clause's act keeps its date and person; the main verb after it, in the past, has its own.
    [
      "The joint panel that Hagel announced in Jakarta in May met for the first time in Honolulu on Aug. 2.",
      [
        ["2013-05", "Hagel speaks in Jakarta", "Chuck Hagel"],
        ["2013-08-02", "The joint panel met for the first time in Honolulu", ""],
      ],
    ],
    [
      "Nonetheless, the joint panel that Hagel announced in Jakarta in May met in Honolulu on Aug. 2.",
      [
        ["2013-05", "Hagel speaks in Jakarta", "Chuck Hagel"],
        ["2013-08-02", "The joint panel met in Honolulu", ""],
      ],
    ],
  ])("%s", async (sentence, rows) => {
    const events = await storyEvents("Panel", "WASHINGTON, Aug. 21, 2013", sentence);
    expect(
      events.map((e) => [e.date.value, e.title, e.actors.map((a) => a.name).join(", ")]),
    ).toEqual(rows);
  });
});

describe("a guest of a named host", () => {
  it.each([
    // Whose guest someone was hosted them, and takes part.
    [
      "Gen. Chen Bingde was Adm. Mike Mullen's guest at the Pentagon in May.",
      ["Mullen hosts Chen Bingde at the Pentagon", "Chen Bingde, Mike Mullen"],
    ],
    // Negative: whose aide someone met did not take part.
    [
      "Gen. Chen Bingde met Adm. Mike Mullen's aide at the Pentagon in May.",
      ["Chen holds talks at the Pentagon", "Chen Bingde"],
    ],
  ])("%s", async (sentence, [title, actors]) => {
    const [event] = await storyEvents("Guests", "BEIJING, July 12, 2011", sentence);
    expect([event?.title, event?.actors.map((a) => a.name).join(", ")]).toEqual([title, actors]);
  });
});

describe("a year naming a document's edition", () => {
  it.each([
    // The year before the report's noun names the edition; the finer date of that year dates it.
    [
      "The Pentagon's 2012 report on the Chinese military was released on May 18 and was restrained in tone.",
      ["2012-05-18"],
    ],
    // Negative: a year before another act dates that act, beside the report's own day.
    [
      "In 2012 the two ministries held three rounds of talks, and on May 18 the ministry released a report on them.",
      ["2012", "2012-05-18"],
    ],
  ])("%s", async (sentence, dates) => {
    const events = await storyEvents("Reports", "WASHINGTON, June 1, 2012", sentence);
    expect(events.map((e) => e.date.value)).toEqual(dates);
  });
});

describe("an occasion told in passing by a sentence with no act of its own", () => {
  it.each([
    // The date in the occasion's own phrase dates the occasion.
    [
      "Gen. Chen Bingde spoke to reporters after talks in Beijing on Monday with Adm. Mike Mullen.",
      ["2011-07-11"],
    ],
    // Negative: a date outside the occasion's phrase dates nothing the sentence tells.
    ["Gen. Chen Bingde spoke to reporters on Monday, after the talks, about the islands.", []],
  ])("%s", async (sentence, dates) => {
    const events = await storyEvents("Talks", "BEIJING, July 12, 2011", sentence);
    expect(events.map((e) => e.date.value)).toEqual(dates);
  });
});

describe("a visit asked for", () => {
  it.each([
    // With no date after it, the visit asked for is no act of the day the sentence names.
    [
      "Adm. Jane Roe met Gen. John Doe in Manila on Monday and asked him to visit Tokyo.",
      ["2013-03-04 Roe and Doe hold talks in Manila"],
    ],
    // Inviting is the day's act, an invitation (CAMEO 036); the visit it asks for is none.
    [
      "On Monday Adm. Jane Roe invited Gen. John Doe to visit Tokyo.",
      ["2013-03-04 Adm. Jane Roe invited Gen. John Doe to visit Tokyo"],
    ],
    [
      "Adm. Jane Roe saw Gen. John Doe in Manila on Monday and accepted an invitation to visit Tokyo.",
      ["2013-03-04 Roe and Doe hold talks in Manila"],
    ],
    // Negative: a guest invited to attend, in the passive, attended.
    [
      "On Monday Adm. Jane Roe was invited to attend a dinner hosted by Gen. John Doe.",
      ["2013-03-04 Doe hosts Jane Roe"],
    ],
    // Negative: a date after it plans the visit.
    [
      "On Monday Adm. Jane Roe invited Gen. John Doe to visit Tokyo later this year.",
      ["2013 Planned: Roe and Doe visit Tokyo"],
    ],
  ])("%s", async (sentence, expected) => {
    const events = await storyEvents("Talks", "MANILA, March 9, 2013", sentence);
    expect(events.map((e) => `${e.date.value} ${e.title}`)).toEqual(expected);
  });
});

describe("a title without its date", () => {
  it.each([
    // The particle of "sworn in" stays where the date after it goes …
    [
      "The envoy was sworn in Aug. 2 by the secretary of state.",
      "The envoy was sworn in by the secretary of state",
    ],
    // … while a date's own "in" goes with it.
    ["The envoy arrived in Beijing in August by sea.", "The envoy arrived in Beijing by sea"],
  ])("%s", async (sentence, title) => {
    const events = await storyEvents("Envoy", "WASHINGTON, Aug. 5, 2011 --", sentence);
    expect(events.map((e) => e.title)).toEqual([title]);
  });
});
