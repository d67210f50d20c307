import { describe, expect, it } from "vitest";
import { fromIso } from "./util/dates.ts";
import { resolveTimes } from "./time/resolve.ts";
import { runOn, story } from "./testing/corpus.ts";

const pub = fromIso("2013-06-08");
const datesIn = (s: string) =>
  resolveTimes(s, 0, [], { published: pub, scene: pub }).map((t) => t.text);

/** Phrases that look temporal but name no calendar date (chrono's negative_cases, for news). */
describe("not dates", () => {
  it.each([
    "It was the first U.S. visit in nine years by a Chinese defense minister.",
    "Our cooperation in the last 40 years provides a good foundation.",
    "We are speaking at the 40,000-foot level.",
    "More than 2,000 soldiers took part.",
    "About 2000 soldiers took part.",
    "There are 190,000 Chinese students in the United States.",
    "The ship displaced 2012 tons.",
    "Over the past few years the two sides drifted apart.",
    "He said now is the time to act.",
    "Media coverage grew in the days leading up to the talks.",
    "The talks will continue for several months.",
    "It takes 10 minutes by car.",
    "In recent months the two militaries talked more.",
    "You may not agree with the proposition.",
    "The meeting lasted three hours.",
    "Officials blamed the fall in exports on the stronger currency.",
    "Stocks may fall sharply.",
    "Analysts recalled the Arab Spring.",
    "The fall of the Berlin Wall changed Europe.",
    "The Winter Olympics drew both leaders.",
    "His speech came after he sat down with the minister.",
    "They worked until the sun came up.",
    "It was a modest start: one afternoon and no communiqué.",
    "The minister spoke on the final morning of the forum.",
    "Protests filled the opening evening of the congress.",
    "Sun will lead the navy's delegation to the forum.",
    "The admiral greeted the deputy chief, Sun Hao, and his aides.",
    "The visit was a step that would have been unthinkable two years ago.",
    "Without the hotline the crisis could have lasted until June.",
  ])("%s", (sentence) => {
    expect(datesIn(sentence)).toEqual([]);
  });
});

/** A duration beside a date is no date of its own. */
describe("durations beside dates", () => {
  it.each([
    ["The two presidents met for about an hour and a half yesterday in Seoul.", ["yesterday"]],
    ["The dialogue is to meet for a second time in May.", ["May"]],
    ["The envoys met on Monday afternoon.", ["on Monday afternoon"]],
    ["The minister spoke at the forum this morning.", ["this morning"]],
    ["The forum opens Sat. and closes Sun.", ["Sat", "Sun"]],
    ["The talks ended Sun, June 9.", ["Sun, June 9"]],
    ["The talks ended Wed 5 June.", ["Wed 5 June"]],
    // An obligation is no counterfactual: the date stays.
    ["The visit would have to wait until June.", ["June"]],
  ])("%s", (sentence, dates) => {
    expect(datesIn(sentence)).toEqual(dates);
  });
});

/** Sentences that must not become events. */
describe("not events", () => {
  it("page furniture, undated statements and out-of-window dates make no events", async () => {
    const text = [
      "Menu Home Defense Security Cyber Links",
      "",
      story(
        "Officials Discuss Ties",
        "WASHINGTON, May 7, 2012",
        "The two militaries have long histories, officials noted in a background paper.",
        "China and the United States established diplomatic relations in 1979, the report said.",
        "“We need to keep talking,” the official said.",
        "RIMPAC 2016 : Ravitaillement à la mer pour le Prairial avant l’arrivée à Hawaii",
      ),
      "",
      "Related Articles:",
      "Verdun 2016 : La légende de la « tranchée des baïonnettes »",
      "Carter Opens Second DoD Innovation Hub in Boston",
    ].join("\n");
    const state = await runOn({ "a.txt": text });
    const events = state.output?.events.events ?? [];
    expect(events.map((e) => e.date.value)).toEqual([]);
    expect(state.output?.articles.articles[0]?.text).not.toMatch(/Verdun|RIMPAC|Related|Menu/);
  });

  it("a quoted count or duration is not an event", async () => {
    const state = await runOn({
      "a.txt": story(
        "Xi on Ties",
        "BEIJING, June 8, 2013",
        "“Our cooperation in the last 40 years provides a good foundation,” Xi said at a meeting in 2013 with students.",
      ),
    });
    const values = state.output?.events.events.map((e) => e.date.value) ?? [];
    expect(values.every((v) => v.startsWith("2013"))).toBe(true);
  });

  it("a speaker's word of what follows is not an event; what follows is", async () => {
    const state = await runOn({
      "a.txt": story(
        "Gaggle",
        "WASHINGTON, June 8, 2013",
        "MR. CARNEY: Let me go through the secretary's meetings today.",
        "The secretary met Foreign Minister Wang Yi this morning.",
      ),
    });
    const events = state.output?.events.events ?? [];
    expect(events.map((e) => e.sources[0]?.evidence[0]?.text)).toEqual([
      "The secretary met Foreign Minister Wang Yi this morning.",
    ]);
  });

  it("a question with no date of its own is not an event; a dated one may tell one", async () => {
    const datesOf = async (question: string) => {
      const state = await runOn({
        "a.txt": story(
          "Briefing",
          "WASHINGTON, June 8, 2013",
          `Q: ${question}`,
          "MR. CARNEY: Not that I know of today.",
        ),
      });
      return state.output?.events.events.map((e) => e.date.value) ?? [];
    };
    expect(await datesOf("Has the secretary briefed the President on her talks?")).toEqual([]);
    expect(
      await datesOf("The secretary met President Xi on Thursday. Why was cyber left out?"),
    ).toEqual(["2013-06-06"]);
  });
});

/** Words that name a topic in passing, or only inside a forum's name, do not tag the event. */
describe("not topics", () => {
  it.each<[string, string, string]>([
    [
      "maritime-regional-security",
      "President Barack Obama met President Xi Jinping today and discussed cyber security.",
      "Obama said they “talked about everything from North Korea to cyberspace,” adding that cyber theft worries U.S. firms.",
    ],
    [
      "economy-trade",
      "Deputy Secretary of State William Burns met Cui Tiankai today on the sidelines of the Strategic and Economic Dialogue.",
      "They discussed cyber security.",
    ],
    [
      "economy-trade",
      "Defense Secretary Leon E. Panetta met Liang Guanglie today to discuss cyber security.",
      "“As the two largest economies we must avoid a cyber crisis,” Panetta said of hacking.",
    ],
  ])("no %s: %s", async (topic, ...paragraphs) => {
    const state = await runOn({
      "a.txt": story("Talks", "WASHINGTON, May 7, 2012", ...paragraphs),
    });
    const events = state.output?.events.events ?? [];
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.topics).not.toContain(topic);
  });
});

/** Occasions that only look alike are not linked. */
describe("not the same occasion", () => {
  it.each([
    // A suffix of two letters is no acronym of the name.
    ["the ED", "the Strategic and Economic Dialogue"],
    ["the JCCT", "the Strategic and Economic Dialogue"],
    ["the Shangri-La Dialogue", "the Strategic and Economic Dialogue"],
  ])("%s and %s on one day stay two events", async (a, b) => {
    const state = await runOn({
      "a.txt": story(
        "One",
        "WASHINGTON, July 10, 2013",
        `Secretary of State John Kerry attended ${b} today.`,
      ),
      "b.txt": story(
        "Two",
        "BEIJING, July 11, 2013",
        `Chinese Vice Premier Wang Yang attended ${a} in Washington on Wednesday.`,
      ),
    });
    expect(state.output?.events.events).toHaveLength(2);
  });
});

/** Sentences that must not join an event reported before them. */
describe("not evidence", () => {
  it("a meeting still to come does not join the statement made yesterday", async () => {
    const state = await runOn({
      "a.txt": story(
        "Reaction",
        "BEIJING, Feb. 20, 2013",
        "White House spokesman Jay Carney said yesterday that the U.S. had raised its concerns about cyber theft.",
        "Cyber security is expected to be on the agenda when Chinese and U.S. officials meet for their annual dialogue.",
      ),
    });
    const events = state.output?.events.events ?? [];
    expect(events.map((e) => e.sources[0]?.evidence.length)).toEqual([1]);
    expect(events[0]?.location).toBeUndefined();
  });
});
