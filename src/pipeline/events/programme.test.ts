import { describe, expect, it } from "vitest";
import { Registry } from "../actors/registry.ts";
import { findActorMentions } from "../actors/mentions.ts";
import { runOn, story } from "../testing/corpus.ts";
import { sentenceOf } from "../testing/sentence.ts";
import { programmeParts } from "./programme.ts";
import { findTriggers } from "./triggers.ts";

/** The events of one article as [date, status, title] rows, in date order. */
async function rows(...paragraphs: string[]) {
  const state = await runOn({
    "a.txt": story("Minister in the U.S.", "WASHINGTON, May 11, 2012", ...paragraphs),
  });
  return (state.output?.events.events ?? []).map((e) => [e.date.value, e.status, e.title]);
}

/** Events of one date come in id order: rows sorted by their text, to compare them as a set. */
const inOrder = (rows: string[][]) => [...rows].sort((a, b) => a.join().localeCompare(b.join()));

const TRIP =
  "Chinese Defense Minister Gen. Liang Guanglie began a six-day visit to the United States on May 4, the first in nine years.";

describe("parts of a visit programme", () => {
  it.each([
    // Each meeting with its own counterpart and each visit to its own place is a part, dated at
    // the trip's month.
    [
      "He has met with Defense Secretary Leon Panetta, veterans of the Flying Tigers, and visited the U.S. Southern Command in Miami.",
      [
        ["2012-05", "occurred", "Liang meets veterans of the Flying Tigers"],
        ["2012-05", "occurred", "Liang meets Defense Secretary Leon Panetta"],
        ["2012-05", "occurred", "Liang visits the U.S. Southern Command in Miami"],
        ["2012-05-04", "occurred", "Liang visits the United States"],
      ],
    ],
    // A part still to come is planned.
    [
      "Liang will also visit the Naval Academy in Annapolis before flying home.",
      [
        ["2012-05", "planned", "Planned: Liang visits the Naval Academy in Annapolis"],
        ["2012-05-04", "occurred", "Liang visits the United States"],
      ],
    ],
    // A town's US state after a comma is part of the place, not a part of its own.
    [
      "Liang will also visit Fort Hood, Texas, and the Naval Academy in Annapolis, Md.",
      [
        ["2012-05", "planned", "Planned: Liang visits Fort Hood, Texas"],
        ["2012-05", "planned", "Planned: Liang visits the Naval Academy in Annapolis, Md"],
        ["2012-05-04", "occurred", "Liang visits the United States"],
      ],
    ],
    // A relative clause after the place is no second part.
    [
      "Liang also visited the Southern Command, which is responsible for Latin America.",
      [
        ["2012-05", "occurred", "Liang visits the Southern Command"],
        ["2012-05-04", "occurred", "Liang visits the United States"],
      ],
    ],
    // Talk about the trip itself names no part of it.
    [
      "Liang said his visit to the United States was a great success.",
      [["2012-05-04", "occurred", "Liang visits the United States"]],
    ],
    // Places that only a nationality names are no part of their own.
    [
      "Liang will also visit a number of other U.S. military bases before flying home.",
      [["2012-05-04", "occurred", "Liang visits the United States"]],
    ],
    // An appositive with a relative clause describes the one met; it is no second part.
    [
      "Liang will also meet veterans of the Berlin Airlift, the pilots who flew supplies into the city.",
      [
        ["2012-05", "planned", "Planned: Liang meets veterans of the Berlin Airlift"],
        ["2012-05-04", "occurred", "Liang visits the United States"],
      ],
    ],
    // Talks held with someone are a meeting; a description of the one met is no one else, and two
    // people met, joined by "and", are two meetings.
    [
      "Liang is also to have talks with Gen. Tom Rowe, commander of the Pacific forces, and to meet Treasury Secretary Jane Doe and Commerce Secretary John Roe.",
      [
        ["2012-05", "planned", "Planned: Liang meets Gen. Tom Rowe"],
        ["2012-05", "planned", "Planned: Liang meets Treasury Secretary Jane Doe"],
        ["2012-05", "planned", "Planned: Liang meets Commerce Secretary John Roe"],
        ["2012-05-04", "occurred", "Liang visits the United States"],
      ],
    ],
    // The place where the one met was met, set off by a comma, and what describes it, are no
    // parts …
    [
      "Liang also met Gen. Tom Rowe, commander of the Pacific forces, at the Acme Center, the command's headquarters in Hawaii.",
      [
        ["2012-05", "occurred", "Liang meets Gen. Tom Rowe in Hawaii"],
        ["2012-05-04", "occurred", "Liang visits the United States"],
      ],
    ],
    // … nor is the place before the one met, their role before their name, or the occasion.
    [
      "Liang also held talks in Hawaii with his American host, Gen. Tom Rowe, on his first stop.",
      [
        ["2012-05", "occurred", "Liang meets Gen. Tom Rowe in Hawaii"],
        ["2012-05-04", "occurred", "Liang visits the United States"],
      ],
    ],
    // … while a second place visited after a comma is.
    [
      "Liang also visited the Acme Center, the Naval Academy, and Fort Hood.",
      [
        ["2012-05", "occurred", "Liang visits Fort Hood"],
        ["2012-05", "occurred", "Liang visits the Acme Center"],
        ["2012-05", "occurred", "Liang visits the Naval Academy"],
        ["2012-05-04", "occurred", "Liang visits the United States"],
      ],
    ],
    // Talks as a noun ("the talks … would go on") are no part.
    [
      "Liang said the talks with Adm. Tom Rowe would go on.",
      [["2012-05-04", "occurred", "Liang visits the United States"]],
    ],
    // Someone who is not on the trip does no part of it.
    [
      "Defense Secretary Leon Panetta visited the Naval Academy in Annapolis.",
      [["2012-05-04", "occurred", "Liang visits the United States"]],
    ],
  ])("%s", async (sentence, expected) => {
    expect(inOrder(await rows(TRIP, sentence))).toEqual(inOrder(expected));
  });

  const DAY_VISIT =
    "Chinese Defense Minister Gen. Liang Guanglie visited the U.S. Military Academy at West Point on Thursday.";

  it.each([
    // After a visit of one day, what the traveller did is that visit …
    [
      "Liang met cadets of the academy and toured the library of the academy.",
      [["2012-05-10", "occurred"]],
    ],
    // … unless the sentence says it happened during the stay.
    [
      "During his stay in the United States, Liang also visited the Southern Command.",
      [
        ["2012-05", "occurred"],
        ["2012-05-10", "occurred"],
      ],
    ],
    // … "the visit" as "his" …
    [
      "During the visit Liang also met Gen. Tom Rowe, commander of the Pacific forces.",
      [
        ["2012-05", "occurred"],
        ["2012-05-10", "occurred"],
      ],
    ],
    // … a verb's objects ending where the next clause begins …
    [
      "During the visit Liang will meet Gen. Tom Rowe, and he is also to give a speech at the Naval Academy in Annapolis.",
      [
        ["2012-05", "planned"],
        ["2012-05-10", "occurred"],
      ],
    ],
    // … (a sentence of the visit with no part of its own adds to it) …
    [
      "During the visit Liang said the talks with Gen. Tom Rowe would go on.",
      [["2012-05-10", "occurred"]],
    ],
    // … while an invitation to visit is the other's act to come, no part of this trip …
    [
      "During the visit Liang invited Gen. Tom Rowe, commander of the Pacific forces, to visit the Naval Academy of China.",
      [["2012-05-10", "occurred"]],
    ],
    // … or before the traveller leaves or goes home, which only a trip under way has to come.
    [
      "Liang is also scheduled to visit the Southern Command in Miami before he leaves.",
      [
        ["2012-05", "planned"],
        ["2012-05-10", "occurred"],
      ],
    ],
    [
      "Liang will also visit the Naval Academy in Annapolis on his way home.",
      [
        ["2012-05", "planned"],
        ["2012-05-10", "occurred"],
      ],
    ],
    // A clause of another time before which it happened says nothing of the trip.
    [
      "Liang visited the Southern Command in Miami before he became minister.",
      [["2012-05-10", "occurred"]],
    ],
  ])("after a one-day visit: %s", async (sentence, expected) => {
    expect((await rows(DAY_VISIT, sentence)).map(([date, status]) => [date, status])).toEqual(
      expected,
    );
  });

  it.each([
    // A trip under way that no sentence dates: the part is in the month of publication …
    [
      "Defense Secretary Robert Gates will visit the Second Artillery headquarters during his four-day trip, matching a visit there by a predecessor in 2005.",
      [["2011-01", "planned"]],
    ],
    // … but a trip told as past is not the one under way.
    [
      "Defense Secretary Robert Gates visited the Second Artillery headquarters during his last trip, in 2005.",
      [],
    ],
  ])("during a trip no sentence dates: %s", async (sentence, expected) => {
    const state = await runOn({
      "a.txt": story(
        "Gates in China",
        "BEIJING, Jan. 11, 2011",
        "The American defense chief is spending the week in meetings with the Chinese leadership.",
        sentence,
      ),
    });
    const events = state.output?.events.events ?? [];
    expect(events.map((e) => [e.date.value, e.status])).toEqual(expected);
  });
});

describe("acts that are no part of the trip", () => {
  const PLANNED_TRIP =
    "Defense Secretary Leon Panetta will travel to China on Tuesday for a four-day visit.";
  it.each([
    // A trip still to come has no parts told as done, nor an earlier visit the traveller made …
    [PLANNED_TRIP, "He visited the Chinese navy's fleet in Qingdao as CIA director."],
    [TRIP, "He last visited the Naval Academy in Annapolis as a colonel."],
    [TRIP, "Liang had met Defense Secretary Leon Panetta at a forum in Singapore."],
    // … nor an occasion with a date of its own (here one outside the window).
    [TRIP, "Liang said he invited Panetta to visit China in 2015."],
  ])("%s / %s", async (trip, sentence) => {
    expect(await rows(trip, sentence)).toHaveLength(1);
  });

  it("… while a planned part of a planned trip is one", async () => {
    const parts = await rows(
      PLANNED_TRIP,
      "He will also visit the Chinese navy's fleet in Qingdao.",
    );
    expect(parts).toHaveLength(2);
  });
});

describe("what was met, up to a predicate of its own", () => {
  it.each([
    // "… and urged …" ends what was met: one meeting, however many names follow.
    [
      "He met Defense Secretary Leon Panetta and urged calm over the reef dispute with Manila.",
      [["2012-05", "occurred", "Liang meets Defense Secretary Leon Panetta"]],
    ],
    // Negative: two people joined by "and" are two meetings.
    [
      "He met Defense Secretary Leon Panetta and Secretary of State Hillary Clinton.",
      [
        ["2012-05", "occurred", "Liang meets Defense Secretary Leon Panetta"],
        ["2012-05", "occurred", "Liang meets Secretary of State Hillary Clinton"],
      ],
    ],
  ])("%s", async (sentence, parts) => {
    const events = await rows(TRIP, sentence);
    expect(inOrder(events.filter((e) => e[0] === "2012-05"))).toEqual(inOrder(parts));
  });
});

describe("the date of a part", () => {
  /** The parts of one sentence about a trip under way, on a page stamped `published`. */
  const partDates = (published: string) => {
    const text =
      "Defense Minister Liang Guanglie will also visit the Naval Academy during his trip.";
    const s = sentenceOf(text);
    const actors = findActorMentions(text, 0, new Registry());
    const found = programmeParts(s, text, [], findTriggers(s, []), actors, published);
    return found?.parts.map((p) => [p.t.value, p.t.precision]);
  };
  it.each([
    // A trip under way is in the publication month …
    ["2013-06-08", [["2013-06", "month"]]],
    // … or its year, when the page says no more.
    ["2013", [["2013", "year"]]],
  ])("published %s", (published, dates) => {
    expect(partDates(published)).toEqual(dates);
  });
});

describe("a later day of a programme already told", () => {
  const ARRIVAL =
    "Chinese Defense Minister Gen. Liang Guanglie arrived in Washington on May 9 for a six-day visit.";
  it("with an act of its own, is a part of it", async () => {
    expect(
      await rows(
        ARRIVAL,
        "He is scheduled to deliver a speech at the National Defense University on May 13, on the last leg of the trip.",
      ),
    ).toEqual([
      ["2012-05-09", "occurred", "Liang visits Washington"],
      ["2012-05-13", "planned", "Planned: Liang speaks"],
    ]);
  });

  it("with no act of its own, is the programme told again", async () => {
    const events = await rows(
      ARRIVAL,
      "The trip is the first in nine years, officials said on May 10.",
    );
    expect(events.map((e) => e[0])).toEqual(["2012-05-09"]);
  });
});

describe("a part still to come", () => {
  it.each([
    // … is no part of a trip over before the month of publication …
    [
      "Liang visited Beijing last March, spending four days there.",
      [["2012-03", "occurred", "Liang visits Beijing"]],
    ],
    // … but is one of a trip of the month of publication.
    [
      "Liang began a six-day visit to the United States on May 4.",
      [
        ["2012-05", "planned", "Planned: Liang visits the Naval Academy in Annapolis"],
        ["2012-05-04", "occurred", "Liang visits the United States"],
      ],
    ],
  ])("%s", async (trip, expected) => {
    const events = await rows(trip, "Liang will also visit the Naval Academy in Annapolis.");
    expect(inOrder(events)).toEqual(inOrder(expected));
  });
});

describe("a part the article has already dated", () => {
  it.each([
    // Talks with the same people on a day of the trip's month are that day's meeting told again …
    [
      "On May 7, Liang and Defense Secretary Jane Doe agreed to expand exchanges.",
      [
        ["2012-05-04", "occurred", "Liang visits the United States"],
        ["2012-05-07", "occurred", "Liang and Doe hold talks"],
      ],
    ],
    // … not with someone else.
    [
      "On May 7, Liang and Secretary of State John Roe agreed to expand exchanges.",
      [
        ["2012-05", "occurred", "Liang meets Defense Secretary Jane Doe"],
        ["2012-05-04", "occurred", "Liang visits the United States"],
        ["2012-05-07", "occurred", "Liang and Roe agree to expand exchanges"],
      ],
    ],
  ])("%s", async (dated, expected) => {
    const events = await rows(TRIP, dated, "Liang held talks with Defense Secretary Jane Doe.");
    expect(inOrder(events)).toEqual(inOrder(expected));
  });
});
