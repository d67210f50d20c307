import { describe, expect, it } from "vitest";
import { peopleOfStory as peopleOf, storyEvents } from "../testing/corpus.ts";

describe("a later meeting with someone new in the same sentence", () => {
  it.each([
    "Defense Minister Chang Wanquan began his trip in Hawaii on Monday, where he met Adm. Samuel Locklear.",
    "Secretary John Kerry toured the Great Hall on Monday and later held talks with Premier Li Keqiang.",
  ])("is a happening of its own: %s", async (sentence) => {
    const events = await peopleOf(sentence);
    expect(events).toHaveLength(2);
    expect(events.some((people) => people.length === 2)).toBe(true);
  });

  it.each([
    // No one new: one happening.
    "Defense Minister Chang Wanquan arrived in Beijing on Monday and then held talks there.",
    // Being met on arrival is part of the arrival.
    "Defense Minister Chang Wanquan arrived in Hawaii on Monday, where he was met by Adm. Samuel Locklear.",
    // The person met was already named with the first act.
    "Defense Minister Chang Wanquan visited Adm. Samuel Locklear on Monday and later held talks with Adm. Samuel Locklear.",
  ])("stays one: %s", async (sentence) => {
    expect(await peopleOf(sentence)).toHaveLength(1);
  });
});

describe("a meeting, then a speech at a place of its own", () => {
  it("is two happenings, the speech with the subject", async () => {
    expect(
      await peopleOf(
        "On Monday Secretary John Kerry met Premier Li Keqiang, who leads the State Council, and gave a speech to students at Peking University.",
      ),
    ).toEqual([["John Kerry"], ["John Kerry", "Li Keqiang"]]);
  });

  it("is two happenings without the comma too", async () => {
    expect(
      await peopleOf(
        "On Monday Secretary John Kerry met Premier Li Keqiang and told an audience at Peking University that trade must grow.",
      ),
    ).toEqual([["John Kerry"], ["John Kerry", "Li Keqiang"]]);
  });

  it.each([
    // The speech names no place of its own: it was given at the occasion.
    "On Monday Secretary John Kerry met Premier Li Keqiang and gave a speech on trade.",
    "On Monday Secretary John Kerry met Premier Li Keqiang, and gave a speech on trade.",
    // A second act that is no speech is left to the other rules.
    "On Monday Secretary John Kerry met Premier Li Keqiang, and signed an agreement at the Great Hall.",
  ])("stays one: %s", async (sentence) => {
    expect(await peopleOf(sentence)).toHaveLength(1);
  });
});

describe("an act in an 'after' clause with a subject of its own", () => {
  it.each([
    [
      "Foreign Minister Yang Jiechi held talks with Secretary of State John Kerry on Sunday evening, shortly after he arrived in Beijing for a two-day visit.",
      [["John Kerry"], ["John Kerry", "Yang Jiechi"]],
    ],
    [
      "Defense Secretary Leon Panetta met Gen. Xu Caihou on Monday, after the two delegations toured the Great Hall of the People.",
      [[], ["Leon E. Panetta", "Xu Caihou"]],
    ],
  ])("is a happening of its own: %s", async (sentence, people) => {
    expect(await peopleOf(sentence)).toEqual(people);
  });

  it("without a comma, under a month, is a happening of its own too", async () => {
    // An announcement is the clause's act; the month dates both.
    expect(
      await peopleOf(
        "Beijing postponed military exchanges in September after the administration notified Congress of an arms sale.",
      ),
    ).toHaveLength(2);
  });

  it.each([
    // Hours before: the same day.
    "The navy held a live-fire drill off Hainan on Sunday, hours before Secretary of State John Kerry met Foreign Minister Yang Jiechi.",
    // Under a month, with no comma.
    "The navy held a live-fire drill off Hainan in May before Secretary of State John Kerry met Foreign Minister Yang Jiechi.",
  ])("a 'before' clause, near enough, is a happening of its own too: %s", async (sentence) => {
    expect(await peopleOf(sentence)).toHaveLength(2);
  });

  it.each([
    // A noun, not a clause.
    "Foreign Minister Yang Jiechi held talks with Secretary of State John Kerry on Sunday, after the visit.",
    // A clause with no act of its own.
    "Foreign Minister Yang Jiechi held talks with Secretary of State John Kerry on Sunday, shortly after he said the talks would be frank.",
    // A later act "before" a day's act, with nothing to say how near: its day is not known.
    "The navy held a live-fire drill off Hainan on Sunday, before Secretary of State John Kerry met Foreign Minister Yang Jiechi.",
    // Without a comma, under a day: the day of the main act need not be the clause's.
    "Foreign Minister Yang Jiechi held talks with Secretary of State John Kerry on Sunday after he arrived in Beijing for a two-day visit.",
  ])("stays with the main act: %s", async (sentence) => {
    expect(await peopleOf(sentence)).toHaveLength(1);
  });
});

describe("an act in a clause counted back from the sentence's date", () => {
  it.each([
    [
      "The ministry on Wednesday rejected the report, a day after Foreign Ministry spokesman Hong Lei dismissed it.",
      [[], ["Hong Lei"]],
    ],
  ])("is a happening of its own: %s", async (sentence, people) => {
    expect(await peopleOf(sentence)).toEqual(people);
  });

  it("counts from the sentence's own date, not from the occasion it refers to", async () => {
    const events = await storyEvents(
      "Talks",
      "WASHINGTON, Dec. 12, 2010",
      "On Dec. 10 the two sides held defense talks at the Pentagon.",
      "It was the first round of the talks since Beijing froze exchanges on January 30, a day after Washington announced arms sales to Taiwan.",
    );
    expect(events.map((e) => e.date.value)).not.toContain("2010-12-09");
  });

  it("weeks or months back give the month", async () => {
    const events = await storyEvents(
      "Strategy",
      "WASHINGTON, Aug. 4, 2011",
      "In July, the Pentagon released its first strategy for cyberspace, two months after the White House issued a strategy of its own.",
    );
    expect(events.map((e) => e.date.value).sort()).toEqual(["2011-05", "2011-07"]);
  });

  it.each([
    // A plain "said" is no act of the clause.
    "The ministry on Wednesday rejected the report, a day after Foreign Ministry spokesman Hong Lei said it was flawed.",
    // No date of the sentence's own before the clause.
    "A day after Foreign Ministry spokesman Hong Lei dismissed it, the ministry rejected the report on Wednesday.",
  ])("stays with the main act: %s", async (sentence) => {
    expect(await peopleOf(sentence)).toHaveLength(1);
  });
});

describe("a speech later on the day just told", () => {
  const day = "Gen. Chen Bingde told Washington on Wednesday that arms sales would harm ties.";
  const datesOf = async (sentence: string) =>
    (await storyEvents("Visit", "WASHINGTON, May 19, 2011", day, sentence)).map(
      (e) => e.date.value,
    );

  it("is a happening of its own that day", async () => {
    expect(
      await datesOf("In a speech at the university later the same day, Chen said the army lagged."),
    ).toEqual(["2011-05-18", "2011-05-18"]);
  });

  it("stays with the day's statement when not later", async () => {
    expect(
      await datesOf("In a speech at the university the same day, Chen said the army lagged."),
    ).toEqual(["2011-05-18"]);
  });
});

describe("a meeting told as earlier or later in the day just told", () => {
  const day = "Adm. Jane Roe said on Wednesday that the patrols would go on.";
  const datesOf = async (sentence: string) =>
    (await storyEvents("Visit", "TOKYO, May 19, 2011", day, sentence)).map((e) => e.date.value);

  it("opening its sentence, is a happening of its own that day", async () => {
    expect(
      await datesOf("Earlier in the day, Roe met Defense Minister Wu Ming at his ministry."),
    ).toEqual(["2011-05-18", "2011-05-18"]);
  });

  it("stays with the day's statement when the part of the day does not open it", async () => {
    expect(
      await datesOf("Roe met Defense Minister Wu Ming at his ministry earlier in the day."),
    ).toEqual(["2011-05-18"]);
  });
});

describe("a news conference later on the day just told, naming no one", () => {
  const day = "Gen. Chen Bingde held talks with Adm. Mike Mullen in Beijing on Monday.";
  const told = async (sentence: string) =>
    (await storyEvents("Visit", "BEIJING, July 12, 2011", day, sentence)).map((e) => [
      e.date.value,
      e.actors.map((a) => a.name).join(", "),
    ]);

  it("is the day's people's own happening", async () => {
    expect(await told("Both chiefs later met the press at the ministry.")).toEqual([
      ["2011-07-11", "Chen Bingde, Mike Mullen"],
      ["2011-07-11", "Chen Bingde, Mike Mullen"],
    ]);
  });

  it("stays with the talks when not later", async () => {
    expect(await told("Both chiefs met the press at the ministry.")).toEqual([
      ["2011-07-11", "Chen Bingde, Mike Mullen"],
    ]);
  });
});

describe("one subject's two acts of different kinds, each with a name of its own", () => {
  it("are two happenings", async () => {
    expect(
      await peopleOf(
        "On Sunday, Adm. Mike Mullen delivered a speech at Renmin University and visited the headquarters of the Second Artillery Force.",
      ),
    ).toEqual([["Mike Mullen"], ["Mike Mullen"]]);
  });

  it("are two happenings in a plan whose next step goes somewhere", async () => {
    expect(
      await peopleOf(
        "On Thursday, President Hu Jintao will meet lawmakers on Capitol Hill and then fly to Chicago.",
      ),
    ).toEqual([["Hu Jintao"], ["Hu Jintao"]]);
  });

  it("are two happenings in a plan of two infinitives", async () => {
    expect(
      await peopleOf(
        "On Thursday, President Hu Jintao is scheduled to tour a farm near Maxwell and to speak at a symposium in Des Moines.",
      ),
    ).toEqual([["Hu Jintao"], ["Hu Jintao"]]);
  });

  it.each([
    // A visit and the meeting held there.
    "On Sunday, Adm. Mike Mullen visited the Pentagon and met with Secretary Leon Panetta.",
    "On Thursday, President Hu Jintao will visit the Pentagon and meet with Secretary Leon Panetta.",
    // A plan's next step that goes nowhere.
    "On Thursday, President Hu Jintao will meet lawmakers on Capitol Hill and then sign a deal with Boeing.",
    // No name after the first act.
    "On Sunday, Adm. Mike Mullen arrived and visited the headquarters of the Second Artillery Force.",
    // Two acts of one kind.
    "On Sunday, Adm. Mike Mullen visited Renmin University and toured the headquarters of the Second Artillery Force.",
  ])("stay one: %s", async (sentence) => {
    expect(await peopleOf(sentence)).toHaveLength(1);
  });
});

describe("talks at a place of their own told inside a trip", () => {
  it.each([
    "Defense Minister Liang Guanglie visited the United States in May, when the two ministers held talks at the Pentagon.",
    "Defense Minister Liang Guanglie made a weeklong visit to the United States in May that included talks with Defense Secretary Leon Panetta at the Pentagon.",
  ])("are a happening of their own on the trip's date: %s", async (sentence) => {
    const events = await storyEvents("Ties", "BEIJING, Sept. 18, 2012", sentence);
    expect(events.map((e) => `${e.date.value} ${e.type.cameo}`).sort()).toEqual([
      "2012-05 040",
      "2012-05 042",
    ]);
  });

  it.each([
    // No place of their own: the trip's talks.
    "Defense Minister Liang Guanglie visited the United States in May, when he held talks with officials.",
    // A trip to one place, not a country.
    "Defense Minister Liang Guanglie visited Hawaii in May, when the two ministers held talks at Pacific Command.",
    // Talks told in a when-clause of no trip.
    "Defense Minister Liang Guanglie spoke to reporters in May, when the two ministers held talks at the Pentagon.",
  ])("stay one happening otherwise: %s", async (sentence) => {
    const events = await storyEvents("Ties", "BEIJING, Sept. 18, 2012", sentence);
    expect(events).toHaveLength(1);
  });
});
