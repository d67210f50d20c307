import { describe, expect, it } from "vitest";
import { datePeople, peopleOfStory as peopleOf, storyEvents } from "../testing/corpus.ts";

describe("two people joined by 'and', each the subject of an act of their own", () => {
  it.each([
    "Ties improved last year, when Defense Minister Liang Guanglie visited Washington and Defense Secretary Leon Panetta traveled to Beijing.",
    "Last year Gen. Chen Bingde toured American bases, and Adm. Mike Mullen visited Chinese units.",
    // The second act told by a light verb and its noun.
    "Last year Defense Secretary Leon Panetta traveled to Beijing and Defense Minister Liang Guanglie paid a week-long visit to Washington.",
  ])("are two happenings: %s", async (sentence) => {
    const events = await peopleOf(sentence);
    expect(events).toHaveLength(2);
    expect(events.every((people) => people.length === 1)).toBe(true);
  });

  it("are two happenings when the first act's own people stand between the subjects", async () => {
    expect(
      await peopleOf(
        "On Monday, Vice Minister Cui Tiankai summoned Ambassador Jon Huntsman, and Ambassador Zhou Wenzhong lodged a protest in Washington.",
      ),
    ).toEqual([["Cui Tiankai", "Jon Huntsman"], ["Zhou Wenzhong"]]);
  });

  it.each([
    // One verb for both.
    "Last year Defense Minister Liang Guanglie and Defense Secretary Leon Panetta visited a naval base.",
    // A light verb whose noun is no act of the subject's own.
    "Last year Defense Secretary Leon Panetta traveled to Beijing and Defense Minister Liang Guanglie made a point of it.",
    // One subject, two verbs.
    "Last year Defense Minister Liang Guanglie visited Washington and met Defense Secretary Leon Panetta.",
  ])("stay one happening: %s", async (sentence) => {
    expect(await peopleOf(sentence)).toHaveLength(1);
  });
});

describe("acts of one kind on two days of one sentence", () => {
  it("with someone new on the second day are two happenings", async () => {
    const events = await peopleOf(
      "Defense Secretary Robert Gates will meet Defense Minister Liang Guanglie on Monday and is scheduled to see President Hu Jintao on Tuesday.",
    );
    expect(events).toHaveLength(2);
  });

  it.each([
    "Defense Secretary Robert Gates will meet Defense Minister Liang Guanglie on Monday and President Hu Jintao on Tuesday.",
    "Defense Secretary Robert Gates will visit the Second Artillery in Beijing on Monday and the Northern Fleet at Qingdao on Tuesday.",
  ])("with the verb told once, a new object on each day: two happenings: %s", async (sentence) => {
    expect(await peopleOf(sentence)).toHaveLength(2);
  });

  it("with the verb told once, a new named place on each date: two happenings of its subjects", async () => {
    const events = await peopleOf(
      "Defense Secretary Robert Gates and Defense Minister Liang Guanglie met in Hanoi in March and in Seoul, South Korea, in October.",
    );
    expect(events).toEqual([
      ["Liang Guanglie", "Robert M. Gates"],
      ["Liang Guanglie", "Robert M. Gates"],
    ]);
  });

  it.each([
    [
      "Defense Minister Liang Guanglie will fly to Miami on Tuesday, then visit Camp Alpha, N.C., and Fort Beta, Ga., on Wednesday.",
      ["2012-05-08", "2012-05-09"],
    ],
    // With no date before it, the second place and its day are the first act's.
    [
      "Defense Minister Liang Guanglie will visit Camp Alpha, N.C., and Fort Beta, Ga., on Wednesday.",
      ["2012-05-09"],
    ],
  ])("two named places sharing one act and its later date: %s", async (sentence, days) => {
    const events = await storyEvents("Ties", "WASHINGTON, May 7, 2012", sentence);
    expect(events.map((e) => e.date.value).sort()).toEqual(days);
  });

  it.each([
    "Defense Secretary Robert Gates will visit the Second Artillery in Beijing on Monday and its missile units on Tuesday.",
    // … nor a place in lower case.
    "Defense Secretary Robert Gates will visit the Second Artillery in Beijing on Monday and in the afternoon on Tuesday.",
  ])(
    "with the verb told once and no named object on the second day, stay one: %s",
    async (sentence) => {
      expect(await peopleOf(sentence)).toHaveLength(1);
    },
  );

  it.each([
    "Defense Minister Liang Guanglie arrived on Friday in Seattle, where on Sunday he visited a shipyard.",
    "Defense Minister Liang Guanglie arrived on Friday in Seattle, and on Sunday he visited a shipyard.",
  ])("with a last date that opens a clause, its act after it: two happenings: %s", async (s) => {
    const events = await storyEvents("Ties", "WASHINGTON, May 8, 2012", s);
    expect(events.map(datePeople).sort()).toEqual([
      "2012-05-04: Liang Guanglie",
      "2012-05-06: Liang Guanglie",
    ]);
  });

  it("with a last date that opens a clause but no act after it, stay one", async () => {
    const events = await storyEvents(
      "Ties",
      "WASHINGTON, May 8, 2012",
      "Defense Minister Liang Guanglie arrived on Friday in Seattle, and on Sunday as well.",
    );
    expect(events).toHaveLength(1);
  });

  it("at two named places, the second told as 'the same day', are two happenings", async () => {
    const events = await storyEvents(
      "Ties",
      "WASHINGTON, Feb. 16, 2012",
      "Vice President Xi Jinping met President Barack Obama in the Oval Office on Tuesday and was hosted by Secretary of State Hillary Clinton at the State Department the same day.",
    );
    expect(events.map(datePeople).sort()).toEqual([
      "2012-02-14: Xi Jinping, Barack Obama",
      "2012-02-14: Xi Jinping, Hillary Rodham Clinton",
    ]);
  });

  it("with one act, a day told again is one happening", async () => {
    const events = await storyEvents(
      "Ties",
      "WASHINGTON, Feb. 16, 2012",
      "Vice President Xi Jinping held talks with President Barack Obama on Tuesday, and the same day.",
    );
    expect(events).toHaveLength(1);
  });

  it("a day and a span from that day, with acts of two kinds, are two happenings", async () => {
    const events = await storyEvents(
      "Visit",
      "WASHINGTON, Jan. 16, 2011",
      "President Hu Jintao is scheduled to meet lawmakers on Capitol Hill on Thursday before flying to Chicago, where he will spend Thursday night and Friday visiting a school.",
    );
    expect(events.map((e) => `${e.date.value}..${e.date.end ?? ""}`).sort()).toEqual([
      "2011-01-20..",
      "2011-01-20..2011-01-21",
    ]);
  });

  it("an arrival on a day and the visit from that day are one happening", async () => {
    const events = await storyEvents(
      "Visit",
      "BEIJING, April 22, 2013",
      "Gen. Martin Dempsey, who arrived in Beijing on Sunday for a four-day visit that ends Wednesday, met Gen. Fang Fenghui.",
    );
    expect(events).toHaveLength(1);
  });

  it("with no one new on the second day are not split for it", async () => {
    const events = await peopleOf(
      "Defense Secretary Robert Gates will meet Defense Minister Liang Guanglie on Monday and will see him again on Tuesday.",
    );
    expect(events.length).toBeLessThan(2);
  });
});

describe("two people joined by ', and' or ', while', each saying something of their own", () => {
  it.each([
    'On Saturday, Defense Secretary Chuck Hagel said in a statement that the zone changed nothing, and Secretary of State John Kerry called it "an attempt to change the status quo."',
    'On Saturday, Defense Secretary Chuck Hagel called it destabilizing, and Secretary of State John Kerry said Washington was "deeply concerned."',
    "On Saturday, Defense Secretary Chuck Hagel said the zone changed nothing, while the top U.S. diplomat, Secretary of State John Kerry, said Washington was concerned.",
  ])("are two statements: %s", async (sentence) => {
    expect(await peopleOf(sentence)).toEqual([["Chuck Hagel"], ["John Kerry"]]);
  });

  it.each([
    // One verb for both.
    "On Saturday, Defense Secretary Chuck Hagel and Secretary of State John Kerry said the zone changed nothing.",
    // One speaker who names another.
    "On Saturday, Defense Secretary Chuck Hagel said the zone changed nothing, and added that Secretary of State John Kerry agreed.",
    // A "while" clause the speaker's words hold.
    "On Saturday, Defense Secretary Chuck Hagel said the zone changed nothing, while Secretary of State John Kerry was abroad.",
  ])("stay one: %s", async (sentence) => {
    expect(await peopleOf(sentence)).toHaveLength(1);
  });
});

describe("a meeting with two counterparts, each with a title of their own", () => {
  it.each<[string, string[][]]>([
    [
      "On Friday Vice President Joe Biden is due to meet President Hu Jintao and Premier Wen Jiabao.",
      [
        ["Hu Jintao", "Joe Biden"],
        ["Joe Biden", "Wen Jiabao"],
      ],
    ],
    // The first with an appositive, the second with its own "with".
    [
      "On Friday Vice President Joe Biden met with Gen. Guo Boxiong, a vice chairman of the military commission, and with Premier Wen Jiabao.",
      [
        ["Guo Boxiong", "Joe Biden"],
        ["Joe Biden", "Wen Jiabao"],
      ],
    ],
    // The first with the place it was held, the second with its own "with".
    [
      "On Friday Vice President Joe Biden met with Premier Wen Jiabao at the Zhongnanhai compound and with Defense Minister Liang Guanglie.",
      [
        ["Joe Biden", "Liang Guanglie"],
        ["Joe Biden", "Wen Jiabao"],
      ],
    ],
    // Three, the list's commas before the last "and".
    [
      "On Friday Vice President Joe Biden met President Hu Jintao, Premier Wen Jiabao and Vice Premier Wang Qishan.",
      [
        ["Hu Jintao", "Joe Biden"],
        ["Joe Biden", "Wang Qishan"],
        ["Joe Biden", "Wen Jiabao"],
      ],
    ],
  ])("is a meeting with each: %s", async (sentence, meetings) => {
    expect(await peopleOf(sentence)).toEqual(meetings);
  });

  it.each([
    // Three at one meeting.
    "On Friday Vice President Joe Biden met President Hu Jintao, Premier Wen Jiabao and Vice Premier Wang Qishan in three-way talks.",
    // The two are the subjects: one meeting.
    "On Friday President Hu Jintao and Premier Wen Jiabao met Vice President Joe Biden.",
    // One counterpart and the people with them.
    "On Friday Vice President Joe Biden met President Hu Jintao and his ministers.",
    // One counterpart, with an appositive naming a body, and the people with them.
    "On Friday Vice President Joe Biden met President Hu Jintao, the party chief, and his aides.",
    // Both at one meeting.
    "On Friday Vice President Joe Biden met President Hu Jintao and Premier Wen Jiabao for a trilateral meeting.",
    // A place and the people with the one met.
    "On Friday Vice President Joe Biden met President Hu Jintao at the Diaoyutai guesthouse and his ministers.",
  ])("stays one: %s", async (sentence) => {
    expect(await peopleOf(sentence)).toHaveLength(1);
  });
});

describe("several people meeting one 'separately'", () => {
  it("are a meeting of each with the one they met", async () => {
    expect(
      await peopleOf(
        "On Monday President Xi Jinping, Premier Li Keqiang and State Councilor Yang Jiechi met with Secretary of State John Kerry separately.",
      ),
    ).toEqual([
      ["John Kerry", "Li Keqiang"],
      ["John Kerry", "Xi Jinping"],
      ["John Kerry", "Yang Jiechi"],
    ]);
  });

  it("without the word are one meeting of them all", async () => {
    expect(
      await peopleOf(
        "On Monday President Xi Jinping, Premier Li Keqiang and State Councilor Yang Jiechi met with Secretary of State John Kerry.",
      ),
    ).toHaveLength(1);
  });
});
