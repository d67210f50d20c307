import { describe, expect, it } from "vitest";
import { runOn, story } from "../testing/corpus.ts";

/** The date of the event told in a story's last paragraph (published Wednesday 20 Feb 2013). */
async function lastDate(...paragraphs: string[]) {
  const state = await runOn({
    "a.txt": story("Denial", "BEIJING, Feb. 20, 2013", ...paragraphs),
  });
  const events = state.output?.events.events ?? [];
  const last = paragraphs.at(-1) ?? "";
  return events.find((e) => e.sources[0]?.evidence.some((x) => last.includes(x.text)))?.date.value;
}

const LEAD = "The defense ministry on Wednesday rejected the hacking accusations as groundless.";
const EARLIER =
  "A day earlier, Foreign Ministry spokesman Hong Lei had also criticized the report.";

describe("'a day earlier' after a sentence dated only in an aside", () => {
  it("counts from the date before the aside", async () => {
    expect(
      await lastDate(
        LEAD,
        "A spokesman said the report, released on Tuesday, relied on addresses alone.",
        EARLIER,
      ),
    ).toBe("2013-02-19");
  });

  it("counts from the sentence's own date when it is not in an aside", async () => {
    expect(
      await lastDate(LEAD, "The firm released the report on Monday, a spokesman said.", EARLIER),
    ).toBe("2013-02-17");
  });
});

describe("'the same day' after a date in a clause of when an occasion began", () => {
  it("names the sentence's own day, told before the clause", async () => {
    expect(
      await lastDate(
        LEAD,
        "On Tuesday the envoys signed a pact, the close of a visit that began on Sunday.",
        "The same day, the minister hosted a dinner for the envoys.",
      ),
    ).toBe("2013-02-19");
  });

  it("names the clause's day when the sentence tells no other", async () => {
    expect(
      await lastDate(
        LEAD,
        "The envoys attended a forum that began on Sunday.",
        "The same day, the minister hosted a dinner for the envoys.",
      ),
    ).toBe("2013-02-17");
  });
});

describe("'the next day' after the first date of a story, in an aside", () => {
  it("counts from the aside's date when no date comes before it", async () => {
    expect(
      await lastDate(
        "The Pentagon's report, released on Monday, blamed China for the intrusions.",
        "Foreign Ministry spokesman Hong Lei rejected the charges the next day.",
      ),
    ).toBe("2013-02-19");
  });
});

describe("'the next day' after an aside, with only a plan told before it", () => {
  const PLAN = "When the ministers meet in Hanoi on Friday, maritime safety will top the list.";
  const NEXT = "Foreign Ministry spokesman Hong Lei rejected the charges the next day.";

  it("counts from the aside's date, not the plan's", async () => {
    expect(
      await lastDate(PLAN, "The Pentagon's report, released on Monday, blamed China.", NEXT),
    ).toBe("2013-02-19");
    // A season between them dates nothing to the day.
    expect(
      await lastDate(
        PLAN,
        "Relations cooled over the winter.",
        "The Pentagon's report, released on Monday, blamed China.",
        NEXT,
      ),
    ).toBe("2013-02-19");
  });

  it("still counts from a past day told before the aside", async () => {
    expect(
      await lastDate(LEAD, "The Pentagon's report, released on Monday, blamed China.", NEXT),
    ).toBe("2013-02-21");
  });
});

describe("'earlier in the day' after a sentence dated only in an aside", () => {
  const LEAD_DAY = "The defense minister met the admiral at the Pentagon on Wednesday.";
  const SPEECH =
    "The minister spoke to students at the National Defense University earlier in the day.";

  it("is the day told before the aside, an aside that runs to the sentence's end too", async () => {
    expect(
      await lastDate(
        LEAD_DAY,
        "Officials of both sides also took part in the first security dialogue, held in Washington on Feb. 11.",
        SPEECH,
      ),
    ).toBe("2013-02-20");
  });

  it("is the sentence's own day when it is not in an aside", async () => {
    expect(
      await lastDate(
        LEAD_DAY,
        "Officials of both sides held the first security dialogue in Washington on Feb. 11.",
        SPEECH,
      ),
    ).toBe("2013-02-11");
  });
});

describe("a wire story quoted further down the page", () => {
  it("is told against its own dateline's day", async () => {
    expect(
      await lastDate(
        LEAD,
        "A reader posted the ministry's reply a week later:",
        "HANOI, Feb. 27 (Xinhua) -- The two navies held a joint drill on Tuesday, officials said.",
      ),
    ).toBe("2013-02-26");
  });

  it("has a dateline of its own, no part of its first sentence's evidence or date", async () => {
    const wire =
      "HANOI, Feb. 27 (Xinhua) -- The two navies will hold a joint drill early next month, officials said on Wednesday.";
    const state = await runOn({ "a.txt": story("Denial", "BEIJING, Feb. 20, 2013", LEAD, wire) });
    const event = (state.output?.events.events ?? []).find((e) => e.date.value !== "2013-02-20");
    expect(`${event?.date.value} ${event?.sources[0]?.evidence[0]?.text}`).toBe(
      "2013-03 The two navies will hold a joint drill early next month, officials said on Wednesday.",
    );
  });

  it("steps from its dateline's day, not from a date told above it", async () => {
    expect(
      await lastDate(
        LEAD,
        "The envoy had arrived on Monday.",
        "HANOI, Feb. 27 (Xinhua) -- A day earlier, the two navies held a joint drill, officials said.",
      ),
    ).toBe("2013-02-26");
  });

  it("a later paragraph with no dateline is still told against the page's day", async () => {
    expect(
      await lastDate(
        LEAD,
        "A reader posted the ministry's reply a week later:",
        "The two navies held a joint drill on Tuesday, officials said.",
      ),
    ).toBe("2013-02-19");
  });
});

describe("a paragraph added to the story after it was published", () => {
  it.each([
    // Its label's weekday is the update's, after publication, and its sentence is told then.
    [
      "UPDATE, Thursday 9:10 a.m.: The foreign ministry rejected the report on Thursday.",
      "2013-02-21",
    ],
    // Negative: with no label, the same sentence is told on the page's day (last Thursday).
    ["The foreign ministry rejected the report on Thursday.", "2013-02-14"],
  ])("%s", async (paragraph, expected) => {
    expect(await lastDate(LEAD, paragraph)).toBe(expected);
  });
});

describe("an update's paragraph above a story with no dateline", () => {
  /** A page stamped by its byline on Wednesday 7 March 2012, then `paragraphs`. */
  async function datesOf(...paragraphs: string[]) {
    const page = ["Phishing", "", "By Jane Roe  March 7, 2012 4:40 PM PST", "", ...paragraphs];
    const state = await runOn({ "a.txt": page.join("\n\n") });
    return (state.output?.events.events ?? []).map((e) => e.date.value).sort();
  }
  const LEAD_TODAY = "The firm said today that it had found the intrusions in its own network.";

  it("is the story's, told on its label's day", async () => {
    expect(
      await datesOf(
        "Updated March 8 at 9:20 a.m. PT: The foreign ministry rejected the report on Thursday.",
        LEAD_TODAY,
      ),
    ).toEqual(["2012-03-07", "2012-03-08"]);
  });

  it("is no paragraph when the label stands alone, a stamp of the page", async () => {
    expect(await datesOf("Updated March 8 at 9:20 a.m. PT", LEAD_TODAY)).toEqual(["2012-03-07"]);
  });
});

describe("a chronology's entry and the later sentences of its paragraph", () => {
  const INTRO =
    "The two navies have met often since their first talks, officials said on Wednesday.";
  const VISIT = "The chief of staff pays a return visit to the naval academy in July.";
  /** The date of the return visit in a story of the intro and `paragraphs`. */
  async function visitDate(...paragraphs: string[]) {
    const state = await runOn({
      "a.txt": story("Ties", "BEIJING, Feb. 20, 2013", INTRO, ...paragraphs),
    });
    const events = state.output?.events.events ?? [];
    return events.find((e) => e.sources[0]?.evidence.some((x) => x.text.includes("return visit")))
      ?.date.value;
  }

  it.each([
    ["* MAY 2011 - The admiral is hosted at the academy by its head. ", "2011-07"],
    ["2011: The admiral is hosted at the academy by its head. ", "2011-07"],
    // A sentence that names a month and its year inside it frames nothing.
    ["The admiral was hosted at the academy in May 2011 by its head. ", "2012-07"],
    // Nor does an entry's month frame a month before it.
    ["* SEPTEMBER 2011 - The admiral is hosted at the academy by its head. ", "2012-07"],
  ])("%s… a month of the paragraph", async (entry, expected) => {
    expect(await visitDate(entry + VISIT)).toBe(expected);
  });

  it("a month of the next paragraph is of the publication's year again", async () => {
    expect(
      await visitDate("* MAY 2011 - The admiral is hosted at the academy by its head.", VISIT),
    ).toBe("2012-07");
  });
});

describe("a day named by its number alone after a paragraph that ended on another month", () => {
  const BACKGROUND = "The envoy had toured the naval base in November.";
  /** The date of the protest in a story of the lead and `paragraphs`. */
  async function protestDate(...paragraphs: string[]) {
    const state = await runOn({
      "a.txt": story("Denial", "BEIJING, Feb. 20, 2013", LEAD, ...paragraphs),
    });
    const events = state.output?.events.events ?? [];
    return events.find((e) => e.sources[0]?.evidence.some((x) => x.text.includes("protest")))?.date
      .value;
  }

  it("is of the publication's month when that day has passed", async () => {
    expect(await protestDate(BACKGROUND, "The ministry lodged a protest on the 12th.")).toBe(
      "2013-02-12",
    );
  });

  it.each([
    ["in the same paragraph", [`${BACKGROUND} The ministry lodged a protest on the 12th.`]],
    // The 25th of February is still to come on the 20th.
    [
      "when the publication's month has not reached that day",
      [BACKGROUND, "The ministry lodged a protest on the 25th."],
    ],
  ])("is of the month told before %s", async (_, paragraphs) => {
    expect(await protestDate(...paragraphs)).toMatch(/^2012-11-/);
  });
});

describe("a weekday in a preview of the coming week", () => {
  const PREVIEW = "Here is what the defense ministries have planned for next week.";
  it("is that week's when its clause tells no past", async () => {
    expect(
      await lastDate(
        PREVIEW,
        "On Tuesday, the deputy ministers chair the consultations in Beijing.",
      ),
    ).toBe("2013-02-26");
  });

  it.each(["laid out", "upheld", "dealt with", "oversaw"])(
    "stays in the past with an irregular verb in the past: %s",
    async (verb) => {
      expect(
        await lastDate(
          PREVIEW,
          `On Tuesday, the deputy ministers ${verb} the consultations in Beijing.`,
        ),
      ).toBe("2013-02-19");
    },
  );

  it("stays in the past with a verb in the past, or with no preview before it", async () => {
    expect(
      await lastDate(
        PREVIEW,
        "On Tuesday, the deputy ministers chaired the consultations in Beijing.",
      ),
    ).toBe("2013-02-19");
    expect(
      await lastDate(LEAD, "On Tuesday, the deputy ministers chair the consultations in Beijing."),
    ).toBe("2013-02-19");
  });
});

describe("a preview of the coming week that turns to the past", () => {
  const PREVIEW = "Here is what the defense ministries have planned for next week.";
  it("ends at a past day told since", async () => {
    expect(
      await lastDate(
        PREVIEW,
        "The plans were drawn up after the envoy spoke to reporters on Monday.",
        "On Tuesday, the deputy minister, Li Ming, told lawmakers the consultations were over.",
      ),
    ).toBe("2013-02-19");
  });

  it("goes on past a day still to come", async () => {
    expect(
      await lastDate(
        PREVIEW,
        "On Monday, the envoys open the talks at the ministry.",
        "On Tuesday, the deputy ministers chair the consultations in Beijing.",
      ),
    ).toBe("2013-02-26");
  });
});

describe("a weekday in a photo's caption", () => {
  const CAPTIONED = "The deputy minister closes the consultations in Beijing on Monday.";
  it("is past when the caption tells it with a verb of a schedule", async () => {
    expect(await lastDate(LEAD, `${CAPTIONED} [Photo by Li Ming / Xinhua]`)).toBe("2013-02-18");
  });

  it("is still to come without a photo's credit, or with words of the future", async () => {
    expect(await lastDate(LEAD, CAPTIONED)).toBe("2013-02-25");
    expect(
      await lastDate(
        LEAD,
        "The deputy minister will close the consultations in Beijing on Monday. [Photo by Li Ming / Xinhua]",
      ),
    ).toBe("2013-02-25");
  });
});

describe("a day with no year in a story told so far by the years it names", () => {
  const PAPER = "A strategy paper issued in September 2011 argued that the army must modernize.";
  const MEETING =
    "When Defense Secretary Leon Panetta met Gen. Liang Guanglie in Beijing on 14 November, the talks turned to cyber security.";

  it("goes on in the year told before it, wherever the day stands", async () => {
    expect(await lastDate(PAPER, MEETING)).toBe("2011-11-14");
  });

  it("is read from publication once the story has told a date from its own day", async () => {
    expect(
      await lastDate("The defense ministry on Monday rejected the accusations.", PAPER, MEETING),
    ).toBe("2012-11-14");
  });

  it("is read from publication when it would fall before the date told before it", async () => {
    expect(await lastDate(PAPER.replace("September", "December"), MEETING)).toBe("2012-11-14");
  });
});

describe("'that same month' after a month told in an aside", () => {
  it("names the month told last, in the aside", async () => {
    expect(
      await lastDate(
        "The first round of the dialogue met in Washington in March 2012.",
        "Maritime safety was on the list of the next round, which met in Shanghai in July 2012.",
        "Defense Minister Liang Guanglie discussed it with Secretary Panetta during a visit to Hawaii that same month.",
      ),
    ).toBe("2012-07");
  });
});

describe("a month without its year on a page with no publication date", () => {
  const datesOf = async (...paragraphs: string[]) => {
    const state = await runOn({
      "chapter.txt": ["Chapter 4: The thaw", "", ...paragraphs].join("\n\n"),
    });
    return (state.output?.events.events ?? []).map((e) => e.date.value).sort();
  };

  it("is read in the year the narration told last", async () => {
    expect(
      await datesOf(
        "By the spring of 2011 the goodwill of the two militaries had thinned for good.",
        "In March, Beijing suspended naval exchanges with Washington to protest a sale of arms.",
      ),
    ).toEqual(["2011-03"]);
  });

  it("is no date when no year was told before it", async () => {
    expect(
      await datesOf(
        "In March, Beijing suspended naval exchanges with Washington to protest a sale of arms.",
        "The navies held their first joint drill off the coast on June 4, 2012, after long talks.",
      ),
    ).toEqual(["2012-06-04"]);
  });
});
