import { describe, expect, it } from "vitest";
import { runOn, story } from "../testing/corpus.ts";

/** Each event of a one-paragraph story as its people, sorted, one list per event. */
async function peopleOf(sentence: string): Promise<string[][]> {
  const state = await runOn({
    "a.txt": story("Ties", "WASHINGTON, March 4, 2013", sentence),
  });
  return (state.output?.events.events ?? [])
    .map((e) => e.actors.map((a) => a.name).sort())
    .sort((a, b) => a.join().localeCompare(b.join()));
}

describe("two people joined by 'and', each the subject of an act of their own", () => {
  it.each([
    "Ties improved last year, when Defense Minister Liang Guanglie visited Washington and Defense Secretary Leon Panetta traveled to Beijing.",
    "Last year Gen. Chen Bingde toured American bases, and Adm. Mike Mullen visited Chinese units.",
  ])("are two happenings: %s", async (sentence) => {
    const events = await peopleOf(sentence);
    expect(events).toHaveLength(2);
    expect(events.every((people) => people.length === 1)).toBe(true);
  });

  it.each([
    // One verb for both.
    "Last year Defense Minister Liang Guanglie and Defense Secretary Leon Panetta visited a naval base.",
    // One subject, two verbs.
    "Last year Defense Minister Liang Guanglie visited Washington and met Defense Secretary Leon Panetta.",
  ])("stay one happening: %s", async (sentence) => {
    expect(await peopleOf(sentence)).toHaveLength(1);
  });
});

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

  it.each([
    // The speech names no place of its own: it was given at the occasion.
    "On Monday Secretary John Kerry met Premier Li Keqiang, and gave a speech on trade.",
    // A second act that is no speech is left to the other rules.
    "On Monday Secretary John Kerry met Premier Li Keqiang, and signed an agreement at the Great Hall.",
  ])("stays one: %s", async (sentence) => {
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

  it("with no one new on the second day are not split for it", async () => {
    const events = await peopleOf(
      "Defense Secretary Robert Gates will meet Defense Minister Liang Guanglie on Monday and will see him again on Tuesday.",
    );
    expect(events.length).toBeLessThan(2);
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
    // A count of time before "after": the clause is of another time.
    "In July, the Pentagon released its first strategy for cyberspace, two months after the White House issued a strategy of its own.",
    // A noun, not a clause.
    "Foreign Minister Yang Jiechi held talks with Secretary of State John Kerry on Sunday, after the visit.",
    // A clause with no act of its own.
    "Foreign Minister Yang Jiechi held talks with Secretary of State John Kerry on Sunday, shortly after he said the talks would be frank.",
    // Without a comma, under a day: the day of the main act need not be the clause's.
    "Foreign Minister Yang Jiechi held talks with Secretary of State John Kerry on Sunday after he arrived in Beijing for a two-day visit.",
  ])("stays with the main act: %s", async (sentence) => {
    expect(await peopleOf(sentence)).toHaveLength(1);
  });
});

describe("two people joined by ', and', each saying something of their own", () => {
  it.each([
    'On Saturday, Defense Secretary Chuck Hagel said in a statement that the zone changed nothing, and Secretary of State John Kerry called it "an attempt to change the status quo."',
    'On Saturday, Defense Secretary Chuck Hagel called it destabilizing, and Secretary of State John Kerry said Washington was "deeply concerned."',
  ])("are two statements: %s", async (sentence) => {
    expect(await peopleOf(sentence)).toEqual([["Chuck Hagel"], ["John Kerry"]]);
  });

  it.each([
    // One verb for both.
    "On Saturday, Defense Secretary Chuck Hagel and Secretary of State John Kerry said the zone changed nothing.",
    // One speaker who names another.
    "On Saturday, Defense Secretary Chuck Hagel said the zone changed nothing, and added that Secretary of State John Kerry agreed.",
  ])("stay one: %s", async (sentence) => {
    expect(await peopleOf(sentence)).toHaveLength(1);
  });
});

describe("a meeting with two counterparts, each with a title of their own", () => {
  it("is a meeting with each", async () => {
    expect(
      await peopleOf(
        "On Friday Vice President Joe Biden is due to meet President Hu Jintao and Premier Wen Jiabao.",
      ),
    ).toEqual([
      ["Hu Jintao", "Joe Biden"],
      ["Joe Biden", "Wen Jiabao"],
    ]);
  });

  it.each([
    // The two are the subjects: one meeting.
    "On Friday President Hu Jintao and Premier Wen Jiabao met Vice President Joe Biden.",
    // One counterpart and the people with them.
    "On Friday Vice President Joe Biden met President Hu Jintao and his ministers.",
  ])("stays one: %s", async (sentence) => {
    expect(await peopleOf(sentence)).toHaveLength(1);
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

  it.each([
    // No name after the first act.
    "On Sunday, Adm. Mike Mullen arrived and visited the headquarters of the Second Artillery Force.",
    // Two acts of one kind.
    "On Sunday, Adm. Mike Mullen visited Renmin University and toured the headquarters of the Second Artillery Force.",
  ])("stay one: %s", async (sentence) => {
    expect(await peopleOf(sentence)).toHaveLength(1);
  });
});
