import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

/** The events of one story published on Saturday 7 September 2013, as "date @ place (evidence)". */
const eventsOf = async (...sentences: string[]) =>
  (await storyEvents("Ships", "HONOLULU, Sept. 7, 2013", ...sentences)).map(
    (e) => `${e.date.value} @ ${e.location?.name ?? "-"} (${e.sources[0]?.evidence.length})`,
  );

describe("one act told twice in one article", () => {
  it("at one place, once without people, is one event", async () => {
    expect(
      await eventsOf(
        "A Chinese destroyer arrives at Joint Base Pearl Harbor-Hickam on Friday.",
        "Three Chinese navy ships, led by Rear Adm. Wei Xueyi, arrived at Pearl Harbor on Friday.",
      ),
    ).toEqual(["2013-09-06 @ Joint Base Pearl Harbor-Hickam (2)"]);
  });

  it("at two places is two events", async () => {
    expect(
      (
        await eventsOf(
          "A Chinese destroyer arrives at San Diego on Friday.",
          "Three Chinese navy ships, led by Rear Adm. Wei Xueyi, arrived at Pearl Harbor on Friday.",
        )
      ).length,
    ).toBe(2);
  });

  it("an arrival on the first day of a stay opens the stay, a meeting that day is a part", async () => {
    expect(
      await eventsOf(
        "A Chinese destroyer arrives at Pearl Harbor on Friday.",
        "Three Chinese navy ships arrived at Pearl Harbor on Friday for a four-day visit.",
      ),
    ).toEqual(["2013-09-06 @ Pearl Harbor (2)"]);
    expect(
      (
        await eventsOf(
          "Rear Adm. Wei Xueyi met Adm. Cecil Haney at Pearl Harbor on Friday.",
          "Rear Adm. Wei Xueyi arrived at Pearl Harbor on Friday for a four-day visit.",
        )
      ).length,
    ).toBe(2);
  });
});

describe("one span of several days told twice in one article", () => {
  it("of one kind of act is one event, whoever each sentence names", async () => {
    expect(
      await eventsOf(
        "Naval officers of the two countries ended two days of consultations on safety at sea on Friday.",
        "Rear Adm. Wei Xueyi and Rear Adm. Ann Cole co-chaired the meetings on Thursday and Friday.",
      ),
    ).toEqual(["2013-09-05 @ - (2)"]);
  });

  it("of two kinds of act, or over two spans, is two events", async () => {
    const twoKinds = await eventsOf(
      "Naval officers of the two countries ended two days of consultations on safety at sea on Friday.",
      "The two navies held a search-and-rescue drill on Thursday and Friday.",
    );
    expect(twoKinds.length).toBe(2);
    const twoSpans = await eventsOf(
      "Naval officers of the two countries ended two days of consultations on safety at sea on Friday.",
      "Rear Adm. Wei Xueyi and Rear Adm. Ann Cole co-chaired the meetings on Wednesday and Thursday.",
    );
    expect(twoSpans.length).toBe(2);
  });
});

describe("a visit on the first day of a stay", () => {
  const stay = "Rear Adm. Wei Xueyi is visiting the United States from Sept. 6 to 9.";
  it("to a site of its own (a headquarters, a base) is a stop of the stay", async () => {
    for (const stop of [
      "On Friday Wei toured the headquarters of the Pacific Fleet.",
      "On Friday Wei visited a submarine base in Hawaii.",
    ])
      expect(await eventsOf(stay, stop), stop).toHaveLength(2);
  });

  it("to the stay's own town or country opens the stay", async () => {
    for (const opening of [
      "On Friday Wei visited Honolulu.",
      "On Friday Wei visited the United States for the first time.",
    ])
      expect(await eventsOf(stay, opening), opening).toHaveLength(1);
  });
});

describe("one traveller's visit told twice in one article, each with another host", () => {
  it("is one visit: a visit's hosts are no counterparts that make two of it", async () => {
    expect(
      await eventsOf(
        "When Rear Adm. Wei Xueyi arrived in the United States on Friday, Adm. Cecil Haney welcomed him.",
        "Wei is visiting from Sept. 6 to 9 at the invitation of Adm. Jonathan Greenert.",
      ),
    ).toHaveLength(1);
  });

  it("while two meetings of one day, each with its own counterpart, stay two", async () => {
    expect(
      await eventsOf(
        "Rear Adm. Wei Xueyi met Adm. Cecil Haney on Friday.",
        "Wei also met Adm. Jonathan Greenert on Friday.",
      ),
    ).toHaveLength(2);
  });
});

describe("a visit of several days and talks of fewer days inside it", () => {
  const visit =
    "Gen. Fang Fenghui, whose Sept. 1-8 visit is the first by a PLA chief in two years, toured a base on Monday.";

  it("are the visit and a part of its programme, two events", async () => {
    expect(
      await eventsOf(
        visit,
        "Gen. Martin Dempsey and Fang spoke to reporters at the Pentagon after two days of talks that began Tuesday.",
      ),
    ).toEqual(["2013-09-01 @ - (1)", "2013-09-03 @ the Pentagon (1)"]);
  });

  it("talks over all the visit's days are the visit's own", async () => {
    expect(
      await eventsOf(
        visit,
        "Gen. Martin Dempsey and Fang spoke to reporters at the Pentagon after their talks from Sept. 1 to 8.",
      ),
    ).toEqual(["2013-09-01 @ the Pentagon (2)"]);
  });
});

describe("one call told by two clocks in one article", () => {
  const call =
    "President Barack Obama telephoned President Hu Jintao on Sunday night, the White House said.";

  it("a day later by another place's clock is the same call, dated by the story's clock", async () => {
    const events = await storyEvents(
      "Call",
      "WASHINGTON, Dec. 6, 2010",
      call,
      "State media, for which the call took place on Monday morning Beijing time, gave Hu's account.",
    );
    expect(events.map((e) => [e.date.value, e.date.end ?? ""])).toEqual([["2010-12-05", ""]]);
  });

  it("a day apart by another place's clock, another kind of act, is another happening", async () => {
    const events = await storyEvents(
      "Call",
      "SEOUL, Oct. 10, 2013",
      "The White House called off President Barack Obama's visit late on Monday, Washington time.",
      "Aides said President Lee Myung-bak spoke with Obama by phone on Tuesday.",
    );
    expect(events.map((e) => e.date.value)).toEqual(["2013-10-07", "2013-10-08"]);
  });

  it("a day later with no other clock named is another happening", async () => {
    const events = await storyEvents(
      "Call",
      "WASHINGTON, Dec. 6, 2010",
      call,
      "State media said Hu Jintao met the visiting envoy on Monday morning.",
    );
    expect(events).toHaveLength(2);
  });
});

describe("acts told at two parts of one day", () => {
  it.each<[string, string, number]>([
    // A morning's meeting and an evening's arrival elsewhere are two occasions …
    [
      "Rear Adm. Wei Xueyi met Adm. Cecil Haney at the command on Friday morning.",
      "Rear Adm. Wei Xueyi arrived at Pearl Harbor on Friday evening.",
      2,
    ],
    // … a part of the day told once, or the same part twice, leaves one act told twice.
    [
      "Rear Adm. Wei Xueyi arrived at Pearl Harbor on Friday.",
      "Rear Adm. Wei Xueyi arrived at Pearl Harbor on Friday evening.",
      1,
    ],
    [
      "Rear Adm. Wei Xueyi arrived at Pearl Harbor on Friday night.",
      "Rear Adm. Wei Xueyi arrived at Pearl Harbor on Friday evening.",
      1,
    ],
  ])("%s / %s", async (first, second, count) => {
    expect((await eventsOf(first, second)).length).toBe(count);
  });
});

describe("an act told again on its day with nobody named", () => {
  it("is the act the article told", async () => {
    expect(
      await eventsOf(
        "The navy's escort task force set sail from Zhanjiang on Friday.",
        "A landing ship leaves the port in Zhanjiang on Friday.",
      ),
    ).toEqual(["2013-09-06 @ - (2)"]);
  });

  it("but not when each names someone of its own, or on two days", async () => {
    const named = await eventsOf(
      "Rear Adm. Wei Xueyi set sail from Qingdao on Friday.",
      "Rear Adm. Ann Cole set sail from Guam on Friday.",
    );
    expect(named).toHaveLength(2);
    const twoDays = await eventsOf(
      "The navy's escort task force set sail from Zhanjiang on Friday.",
      "A landing ship leaves the port in Zhanjiang on Thursday.",
    );
    expect(twoDays).toHaveLength(2);
  });
});
