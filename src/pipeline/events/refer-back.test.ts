import { describe, expect, it } from "vitest";
import { runOn, story } from "../testing/corpus.ts";

const LEAD =
  "Defense Secretary Chuck Hagel welcomed Chinese Defense Minister Gen. Chang Wanquan to the Pentagon today for talks on cyber security.";

async function briefs(...paragraphs: string[]) {
  const state = await runOn({
    "a.txt": story("Visit", "WASHINGTON, Aug. 19, 2013", LEAD, ...paragraphs),
  });
  return (state.output?.events.events ?? []).map((e) => ({
    date: e.date.value,
    title: e.title,
    actors: e.actors.map((a) => a.name),
  }));
}

/** "The visit follows the meeting …": a sentence that points back at an earlier occasion. */
describe("references to earlier occasions", () => {
  it("an occasion already reported gains the sentence instead of a second event", async () => {
    const events = await briefs(
      "Hagel first met Chang in Beijing on April 8.",
      "The visit follows that meeting in Beijing in April.",
    );
    expect(events.map((e) => e.date)).toEqual(["2013-04-08", "2013-08-19"]);
  });

  it.each([
    ["The visit follows the meeting between the two ministers in Beijing in April."],
    ["The visit follows their first meeting, in Beijing in April."],
  ])("an occasion not yet reported has the people it names: %s", async (sentence) => {
    const events = await briefs(sentence);
    const april = events.find((e) => e.date === "2013-04");
    expect(april?.actors).toEqual(["Chuck Hagel", "Chang Wanquan"]);
    expect(april?.title).not.toMatch(/^The visit follows/);
  });

  // An occasion named again only in a clause joined after the date's is not what the date is of.
  it.each([
    [
      "A typhoon that struck the base on Aug. 12 had flooded the runway, and aides wondered if the visit would go on.",
      ["2013-08-19"],
    ],
    // Named in the date's own clause, the occasion takes the date, as before.
    ["The visit, which opened on Aug. 19, was the first in years.", ["2013-08-19"]],
  ])("a date in another clause: %s", async (sentence, dates) => {
    const events = await briefs(sentence);
    expect(events.map((e) => e.date)).toEqual(dates);
  });

  it.each<[string, string[]]>([
    // An occasion owned by someone the visit does not have ("by" its owner) is another one …
    [
      "Both sides praised the visit to Beijing this month by Adm. Samuel Locklear.",
      ["2013-08", "2013-08-19"],
    ],
    // … while one owned by the visit's own people is the visit.
    ["Officials praised the visit this month by Gen. Chang Wanquan.", ["2013-08-19"]],
  ])("an occasion named with its owner: %s", async (sentence, dates) => {
    const events = await briefs(sentence);
    expect(events.map((e) => e.date)).toEqual(dates);
  });

  it("hosting: 'welcomed' a named guest", async () => {
    const events = await briefs();
    expect(events).toEqual([
      {
        date: "2013-08-19",
        title: "Hagel hosts Chang Wanquan at the Pentagon",
        actors: ["Chuck Hagel", "Chang Wanquan"],
      },
    ]);
  });

  it.each([
    [
      "The dialogue opened on Wednesday with a speech by Vice President Joe Biden.",
      "2013-07-10",
      "2013-07-11",
    ],
    ["The dialogue will end on Friday.", "2013-07-11", "2013-07-12"],
    // Two days apart is another occasion's day, not this one's other end.
    ["The dialogue opened on Tuesday.", "2013-07-11", undefined],
  ])("a sentence dating the occasion's other end widens it: %s", async (sentence, value, end) => {
    const state = await runOn({
      "a.txt": story(
        "Dialogue",
        "WASHINGTON, July 11, 2013",
        "Secretary of State John Kerry and Vice Premier Wang Yang wrapped up the Strategic and Economic Dialogue today.",
        sentence,
      ),
    });
    const e = state.output?.events.events.find((x) => x.title.includes("Strategic and Economic"));
    expect([e?.date.value, e?.date.end]).toEqual([value, end]);
  });
});

/** People who met *for* an occasion met at it: the sentence reports the occasion itself. */
describe("meetings held at a named occasion", () => {
  const run = async (...paragraphs: string[]) => {
    const state = await runOn({
      "a.txt": story("Dialogue", "WASHINGTON, July 11, 2013", ...paragraphs),
    });
    return (state.output?.events.events ?? []).map((e) => ({
      date: e.date.value,
      title: e.title,
      actors: e.actors.map((a) => a.name),
      evidence: e.sources[0]?.evidence.length,
    }));
  };

  it.each([
    [
      [
        "Secretary of State John Kerry met Chinese Vice Premier Wang Yang in Washington on Wednesday for the S&ED.",
      ],
      [
        {
          date: "2013-07-10",
          title: "Kerry and Wang at the S&ED",
          actors: ["John Kerry", "Wang Yang"],
          evidence: 1,
        },
      ],
    ],
    [
      [
        "The fifth Strategic and Economic Dialogue opened in Washington on Wednesday with a focus on cyber security.",
        "Secretary of State John Kerry met Chinese Vice Premier Wang Yang on Wednesday for the S&ED, officials said.",
      ],
      [
        {
          date: "2013-07-10",
          title: "Kerry and Wang at the Strategic and Economic Dialogue",
          actors: ["John Kerry", "Wang Yang"],
          evidence: 2,
        },
      ],
    ],
  ])("%s", async (paragraphs, expected) => {
    expect(await run(...paragraphs)).toEqual(expected);
  });

  it("a meeting the day before the occasion stays its own event", async () => {
    const events = await run(
      "The fifth Strategic and Economic Dialogue opened in Washington on Wednesday with a focus on cyber security.",
      "Secretary of State John Kerry met Chinese Vice Premier Wang Yang on Tuesday ahead of the S&ED, officials said.",
    );
    expect(events.map((e) => e.date)).toEqual(["2013-07-09", "2013-07-10"]);
  });
});

/** "the dialogue" after two dialogues: the one named last, by its word or by its name. */
describe("a definite occasion noun after several occasions of its family", () => {
  const peopleOf = async (...paragraphs: string[]) => {
    const state = await runOn({
      "a.txt": story("Dialogues", "BEIJING, June 3, 2013", ...paragraphs),
    });
    return Object.fromEntries(
      (state.output?.events.events ?? []).map((e) => [e.date.value, e.actors.map((a) => a.name)]),
    );
  };

  it("goes to the dialogue named last, even when only its name says dialogue", async () => {
    const events = await peopleOf(
      "The Strategic and Economic Dialogue (S&ED) brings together the two governments every year.",
      "Deputy Secretary of State William Burns held the Strategic Security Dialogue with Vice Foreign Minister Zhang Yesui on Monday.",
      "The S&ED will open on Thursday.",
      "Secretary of State John Kerry and Vice Premier Wang Yang will co-chair the dialogue.",
    );
    expect(events["2013-06-06"]).toEqual(["John Kerry", "Wang Yang"]);
    expect(events["2013-06-03"]).toEqual(["William J. Burns", "Zhang Yesui"]);
  });

  it("still prefers the event reported with the very noun over a named one of its family", async () => {
    const events = await peopleOf(
      "The Strategic and Economic Dialogue (S&ED) brings together the two governments every year.",
      "Defense Secretary Chuck Hagel had a meeting with Gen. Chang Wanquan on Monday.",
      "The S&ED will open on Thursday.",
      "Secretary of State John Kerry joined the meeting.",
    );
    expect(events["2013-06-03"]).toEqual(["Chuck Hagel", "Chang Wanquan", "John Kerry"]);
    // The S&ED gains no one from "the meeting": it stays the two governments' (mechanisms.json).
    expect(events["2013-06-06"]).toEqual(["United States", "China"]);
  });
});

describe("a length of days before the occasion noun", () => {
  it("refers back, and dates the occasion with its days", async () => {
    const state = await runOn({
      "a.txt": story(
        "Talks",
        "HONOLULU, Oct. 4, 2012",
        "Defense Secretary Leon Panetta and Gen. Liang Guanglie met here this week.",
        "The three days of consultations ended Wednesday.",
      ),
    });
    const events = state.output?.events.events ?? [];
    expect(events.map((e) => [e.date.value, e.date.end])).toEqual([["2012-10-01", "2012-10-03"]]);
  });
});

describe("an occasion named by the day, week or month it took place", () => {
  const TALKS = "Hagel held talks with Chang at the Pentagon today.";
  const datesWith = async (...paragraphs: string[]) => {
    const state = await runOn({
      "a.txt": story("Talks", "WASHINGTON, Aug. 23, 2013", ...paragraphs),
    });
    return (state.output?.events.events ?? []).map((e) => e.date.value).sort();
  };

  it.each([
    "Both sides described this week's talks as frank.",
    "Officials called Friday's talks frank.",
  ])("is the event of that time: %s", async (sentence) => {
    expect(await datesWith(TALKS, sentence)).toEqual(["2013-08-23"]);
  });

  it("a year's occasion mentioned in passing does not take the sentence's own event", async () => {
    expect(
      await datesWith(
        "The Pentagon released its annual report on China's military today.",
        "This year's report comes at a time of better ties, which had led to visits by Hagel and Chang earlier this year.",
      ),
    ).toContain("2013");
  });
});

describe("an occasion referred to in a sentence that also names a year outside the window", () => {
  const dates = async (...paragraphs: string[]) => {
    const state = await runOn({
      "m.txt": story(
        "Talks",
        "HONOLULU, Oct. 15, 2010",
        "Officers of the two navies sat down at Camp Smith on Thursday for two days of talks on safety at sea.",
        ...paragraphs,
      ),
    });
    return (state.output?.events.events ?? []).map((e) => `${e.date.value} ${e.status}`);
  };

  it("is found by the sentence's date inside the window, not by the year of an agreement's name", async () => {
    expect(
      await dates(
        "The session, held under a 1998 accord, was to end today, according to Pacific Command, which hosted the Chinese delegation.",
      ),
    ).toEqual(["2010-10-14 occurred"]);
  });

  it("a sentence with no such year refers to the occasion as before", async () => {
    expect(
      await dates(
        "The session was to end today, according to Pacific Command, which hosted the Chinese delegation.",
      ),
    ).toEqual(["2010-10-14 occurred"]);
  });
});

describe("an occasion this year's sentence names but does not date", () => {
  const OPENING =
    "Officials of both sides will hold their Strategic and Economic Dialogue on July 10-11 at the State Department.";
  async function days(sentence: string) {
    const state = await runOn({
      "b.txt": story("Dialogue", "WASHINGTON, July 1, 2013", OPENING, sentence),
    });
    return (state.output?.events.events ?? []).map((e) => e.date.value).sort();
  }
  it.each([
    [
      "This year's Dialogue follows up on gains from the previous round of the dialogue, convened in Shanghai in May 2012.",
      ["2012-05", "2013-07-10"],
    ],
    // Negative: a day among the occasion's own is the occasion's.
    ["This year's Dialogue opens on July 10 at the State Department.", ["2013-07-10"]],
  ])("%s", async (sentence, expected) => {
    expect(await days(sentence)).toEqual(expected);
  });
});
