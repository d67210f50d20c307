import { describe, expect, it } from "vitest";
import { runOn, story, storyEvents } from "../testing/corpus.ts";

/** The events of a one-sentence story as [date, CAMEO code] rows, in date order. */
async function dated(sentence: string) {
  const state = await runOn({ "a.txt": story("Ties", "BEIJING, Sept. 30, 2010", sentence) });
  return (state.output?.events.events ?? []).map((e) => [e.date.value, e.type.cameo]);
}

describe("a date in a clause of another time", () => {
  it.each([
    // The clause's date is not the main act's: here the main act is left undated, and the
    // clause's act is an event of that date …
    [
      "The ministry suspended the talks after the U.S. administration notified Congress of an arms sale to Taiwan on Jan. 29.",
      [["2010-01-29", "010"]],
    ],
    // A concession's date is its own act's too, not the main clause's …
    [
      "The ministers held talks even though the White House approved a new arms sale to Taiwan in January.",
      [["2010-01", "010"]],
    ],
    [
      "The ministers held talks on Monday though the navy protested the drill in August.",
      [
        ["2010-08", "114"],
        ["2010-09-27", "040"],
      ],
    ],
    // … and a date before the concession is still the main act's.
    [
      "The ministers held talks in August though the navy protested the drill.",
      [["2010-08", "040"]],
    ],
    // … or takes the main clause's own date, while a clause with an act is its own event.
    [
      "The two defense ministers met in Beijing this week for the first time since China froze military exchanges in January.",
      [
        ["2010-01", "160"],
        ["2010-09", "040"],
      ],
    ],
    // A since-phrase ends where a coordinated verb phrase begins: its date is that phrase's …
    [
      "Ties have warmed since 2008 and improved further at the April summit of the two presidents.",
      [["2010-04", "040"]],
    ],
    // "since <date>, when …" with an act: the date is the when-clause's act …
    [
      "Pressure has grown since June, when the firm accused a military unit of espionage.",
      [["2010-06", "112"]],
    ],
    // … and only that act: a main clause's act before "since" is not of that date …
    [
      "Officials said the navies were busier than at any point since June, when the firm accused a military unit of espionage.",
      [["2010-06", "112"]],
    ],
    // … and with none, still the start of a period.
    ["Pressure has grown since June, when the rains began.", []],
    // A person's relative clause with no act (how they came to be what they are) dates nothing
    // where the sentence has another date: the talks are the day before Tuesday …
    [
      "General John Roe met the premier on Tuesday, a day after four hours of talks with Gen. Li Ming, who took over the army's staff last autumn.",
      [
        ["2010-09-27", "040"],
        ["2010-09-28", "040"],
      ],
    ],
    [
      "General John Roe met the premier on Tuesday, a day after four hours of talks with Gen. Li Ming, who was promoted to admiral last spring.",
      [
        ["2010-09-27", "040"],
        ["2010-09-28", "040"],
      ],
    ],
    // A participle's "after" clause with no act of its own dates the main act too: its subject
    // did both that day …
    ["After leaving port on Monday, the two navies held a joint drill.", [["2010-09-27", "062"]]],
    // … but not one told after the main clause, which is only background.
    ["The two navies held a joint drill after leaving port on Monday.", []],
    // … while a clause with an act of its own keeps its date for that act, not for the talks.
    [
      "General John Roe met the premier on Tuesday, a day after talks with Gen. Li Ming, who arrived in Washington last fall.",
      [["2010-09-28", "040"]],
    ],
    // … while a date inside the since-phrase only starts a period.
    ["Relations have improved since the summit and the talks in April.", []],
    // A speaker's words dated only by such a clause with no act are not dated by it …
    ["Gen. Liang Guanglie said he valued the choice of Gates after taking office in January.", []],
    // … while a clause with an act of its own, beside no act of the main clause, keeps its date.
    [
      "Gen. Liang Guanglie said relations improved after Gates visited Beijing in January.",
      [["2010-01", "042"]],
    ],
    [
      "Analysts said the forum drew notice after the company threatened in January to quit China.",
      [["2010-01", "130"]],
    ],
    // What a named subject said at a date of its own is a statement told in passing …
    [
      "Tensions have mounted since the security firm Mandiant said in February that an army unit was behind the thefts.",
      [["2010-02", "010"]],
    ],
    [
      "Pressure grew after Google said on Jan. 12 that it had been hit by an attack from China.",
      [["2010-01-12", "010"]],
    ],
    // … while what "he said" then, or a named subject said with no date of its own, is not.
    ["Pressure grew after he said in February that the unit was behind the thefts.", []],
    ["Tensions have mounted since Mandiant said that an army unit was behind thefts in 2009.", []],
    // Not a clause of another time: "when" tells the same moment …
    [
      "Defense Secretary Robert Gates met Gen. Liang Guanglie when he visited Beijing on Monday.",
      [["2010-09-27", "040"]],
    ],
    // … and a time of day with no verb is the main act's date.
    [
      "Defense Secretary Robert Gates met Gen. Liang Guanglie before noon on Monday.",
      [["2010-09-27", "040"]],
    ],
    // The arrival is the clause's event; the talks after it have no date of their own.
    [
      "A spokesman said the ministers talked after Gates arrived in Beijing on Monday.",
      [["2010-09-27", "042"]],
    ],
    // The act's own date, not the one of the happening it is set after …
    [
      "Last week the ministry froze the exchanges after the administration on Sept. 21 notified Congress of an arms sale.",
      [
        ["2010-09", "160"],
        ["2010-09-21", "010"],
      ],
    ],
    [
      "In August the ministry froze the exchanges, days before the envoys on Aug. 30 began a new round.",
      [["2010-08", "160"]],
    ],
    // A clause close in time ("shortly after", "just before") dates the main act too …
    [
      "The two leaders talked by phone soon after the new premier took office in April.",
      [
        ["2010-04", "010"],
        ["2010-04", "040"],
      ],
    ],
    // … while a plain "after" dates only the clause's act.
    [
      "The two leaders talked by phone after the new premier took office in April.",
      [["2010-04", "010"]],
    ],
    // … while a finer date before the phrase is still the act's.
    [
      "Last week the ministry froze the exchanges on Sept. 22 after the administration notified Congress of an arms sale.",
      [["2010-09-22", "160"]],
    ],
  ])("%s", async (sentence, expected) => {
    expect(await dated(sentence)).toEqual(expected);
  });
});

describe("two dates, each with an act of its own stretch", () => {
  it.each([
    // An occasion held (a hearing, a speech) is an act of its stretch …
    [
      "The committee launched its investigation into the two firms in March and held a public hearing in September.",
      [
        ["2010-03", "050"],
        ["2010-09", "010"],
      ],
    ],
    // A coordinated clause with its own date and an answer of its own is its own event …
    [
      "On Monday the newspaper published a report; the ministry rejected the charges the next day.",
      [
        ["2010-09-27", "010"],
        ["2010-09-28", "120"],
      ],
    ],
    // A relative clause with a date and an act of its own, before the main verb's date.
    [
      "Navy chief Wu Shengli, who left Beijing on Monday for a visit to the U.S., met Adm. Jonathan Greenert in San Diego on Tuesday.",
      [
        ["2010-09-27", "042"],
        ["2010-09-28", "040"],
      ],
    ],
    // A restrictive relative clause with a subject of its own that ends on its date, right before
    // the main clause's verb: the clause's act, an announcement too, is its date's.
    [
      "The maritime panel that Panetta announced in July will hold talks in Hawaii next month.",
      [
        ["2010-07", "010"],
        ["2010-10", "040"],
      ],
    ],
    // … not a clause whose date is followed by more of it.
    [
      "The hotline that Panetta announced in July in Beijing would open in Hawaii, officials said.",
      [["2010-07", "010"]],
    ],
    // … not a relative clause with a date and no act.
    [
      "Navy chief Wu Shengli, who was promoted on Monday, met Adm. Jonathan Greenert in San Diego on Tuesday.",
      [["2010-09-28", "040"]],
    ],
    // A coordinated clause whose subject of its own says something on its own date tells a
    // statement, as it would alone …
    [
      "The committee launched its investigation into the two firms in March, and in September the ministry said the inquiry was unfair.",
      [
        ["2010-03", "050"],
        ["2010-09", "010"],
      ],
    ],
    // … not the first clause's subject saying more, nor a saying that tells nothing.
    [
      "The committee launched its investigation into the two firms in March, and said in September that the inquiry was fair.",
      [["2010-03", "050"]],
    ],
    // An announcement told as the subject's later predicate, with a day of its own, is its own …
    [
      "The minister met the envoy in Washington on Monday and laid out his plan at a think tank the next day.",
      [
        ["2010-09-27", "040"],
        ["2010-09-28", "010"],
      ],
    ],
    // … but an announcement that tells another stretch's plan is not.
    [
      "The two navies will hold a drill in November, the ministers announced on Monday.",
      [["2010-11", "062"]],
    ],
    // … what was said or demanded is not.
    [
      "On Monday the newspaper published a report; the ministry said more the next day.",
      [["2010-09-27", "010"]],
    ],
    [
      "The committee launched its investigation into the two firms in March and said more in September.",
      [["2010-03", "050"]],
    ],
  ])("%s", async (sentence, rows) => {
    expect(await dated(sentence)).toEqual(rows);
  });
});

describe("a sentence's only date, in a relative clause with an act of its own", () => {
  const TALKS = "The two sides held defense talks in Beijing on Wednesday.";
  const dated = async (second: string) =>
    (await storyEvents("Talks", "BEIJING, Sept. 30, 2010", TALKS, second)).map((e) => [
      e.date.value,
      e.type.cameo,
    ]);

  it("is that act's, not the occasion the sentence opens with", async () => {
    expect(
      await dated(
        "The talks were co-chaired by Gen. Ma Xiaotian and Michele Flournoy, who arrived in Beijing on Tuesday for a three-day visit.",
      ),
    ).toEqual([
      // The arrival is a visit, typed by the clause's own words.
      ["2010-09-28", "042"],
      ["2010-09-29", "040"],
    ]);
  });

  it("leaves the main clause, told with no date of its own, to the day the story is on", async () => {
    const second =
      "Ma, who arrived in Beijing on Tuesday for a three-day visit, spoke at a news conference with Michele Flournoy.";
    const events = await storyEvents("Talks", "BEIJING, Sept. 30, 2010", TALKS, second);
    const told = (day: string) =>
      events
        .find((e) => e.date.value === day)
        ?.sources.flatMap((x) => x.evidence.map((v) => v.text));
    expect(told("2010-09-28")).toEqual([second]);
    expect(told("2010-09-29")).toEqual([TALKS, second]);
  });

  it("dates the occasion when the clause has no act", async () => {
    expect(
      await dated(
        "The talks were co-chaired by Gen. Ma Xiaotian and Michele Flournoy, who was promoted on Wednesday.",
      ),
    ).toEqual([["2010-09-29", "040"]]);
  });
});
