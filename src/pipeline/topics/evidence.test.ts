import { describe, expect, it } from "vitest";
import type { TopicId } from "../../dataset/index.ts";
import { runOn, story } from "../testing/corpus.ts";

async function topicsOf(...paragraphs: string[]): Promise<TopicId[][]> {
  const state = await runOn({ "a.txt": story("Talks", "WASHINGTON, May 7, 2012", ...paragraphs) });
  return (state.output?.events.events ?? []).map((e) => e.topics as TopicId[]);
}

/** Topics come from what the event's own evidence is about, weighed by who says it and how often. */
describe("event topics", () => {
  it.each<[string, string[], TopicId[]]>([
    [
      "a narrated agenda list tags every topic on it",
      [
        "Defense Secretary Leon E. Panetta met Chinese Defense Minister Liang Guanglie today.",
        "They also spoke about maritime areas, nuclear proliferation and cyberspace.",
      ],
      ["cyber", "military-to-military", "maritime-regional-security", "nuclear-missile"],
    ],
    [
      "'the issue' points back even when the sentence's subject is a defense secretary",
      [
        "Lawmakers said Chinese hackers had broken into government networks.",
        "Defense Secretary Chuck Hagel raised the issue at a security conference in Singapore today.",
      ],
      ["cyber", "military-to-military"],
    ],
    [
      "a sentence with a subject of its own does not take the one before",
      [
        "Lawmakers said Chinese hackers had broken into government networks.",
        "Defense Secretary Chuck Hagel raised the issue of North Korea at a security conference in Singapore today.",
      ],
      ["military-to-military", "maritime-regional-security"],
    ],
    [
      "an exercise the two navies hold together is a military exchange",
      ["The two navies held a search and rescue exercise off Hawaii today."],
      ["military-to-military", "humanitarian-peacekeeping"],
    ],
    [
      "one side's own exercise is not",
      ["The navy held a search and rescue exercise off Hawaii today."],
      ["humanitarian-peacekeeping"],
    ],
    [
      "a speaker's passing example does not tag the event",
      [
        "President Barack Obama met Chinese President Xi Jinping today to discuss cyber security.",
        "Obama said he and Xi “had a constructive conversation on issues from North Korea to cyberspace.”",
        "Obama said the two sides need rules for cyber security and will discuss hacking further.",
      ],
      ["cyber", "diplomacy"],
    ],
    [
      "'the program' carries the previous sentence's topic; one quoted word does not add another",
      [
        "Obama then turned to the surveillance program run by the National Security Agency.",
        "Today in San Jose, the president told reporters that he supports the program.",
        "“The program is limited, but a lot of communications are in cyberspace,” Obama said.",
      ],
      ["surveillance-privacy"],
    ],
    [
      "the Strategic and Economic Dialogue's name is diplomacy, not the economy",
      [
        "Deputy Secretary of State William Burns met Vice Foreign Minister Cui Tiankai today ahead of the Strategic and Economic Dialogue.",
      ],
      ["diplomacy"],
    ],
    [
      "a defense chief's visit to the other side is a military contact",
      ["Chinese Defense Minister Chang Wanquan arrived in the United States today."],
      ["military-to-military"],
    ],
    [
      "'the report' carries the topics of the sentence that introduced it",
      [
        "China rejected a report by security firm Mandiant on hacking.",
        "The report, released today, said an army unit had targeted 141 companies.",
      ],
      // One event each: the rejection (undated) joins nothing; the release is dated.
      ["cyber"],
    ],
    [
      "'the question' about the sentence's own subject does not pull in the one before",
      [
        "Defense Secretary Leon E. Panetta met Chinese Defense Minister Liang Guanglie today.",
        "The Pentagon's annual report to Congress covers Chinese military strategy.",
        "Asked about cyberspace at a news conference, Liang was glad to answer the question.",
      ],
      ["cyber", "military-to-military"],
    ],
    [
      "an event naming no topic or person takes the scene the sentence before sets",
      [
        "Military-to-military exchanges between the two countries had long been frozen. Talks resumed in January 2011, officials said.",
      ],
      ["military-to-military"],
    ],
    [
      "a leader holding talks on the other side's soil is diplomacy, the other side unnamed",
      ["Chinese President Hu Jintao held talks at the White House today."],
      ["diplomacy"],
    ],
    [
      "a leader holding talks at home, with no one named, is not",
      ["President Barack Obama held talks at the White House today."],
      [],
    ],
    [
      "a leader acting alone at home is not diplomacy",
      ["President Barack Obama signed an executive order on cyber security today."],
      ["cyber"],
    ],
    [
      "a quotation that dates the event states it: its words weigh as narration",
      [
        "“The Chinese Minister of National Defense will visit the United States within the year,” Xi Jinping said.",
      ],
      // The speaker, a president, makes the announcement diplomacy as well.
      ["military-to-military", "diplomacy"],
    ],
  ])("%s", async (_, paragraphs, want) => {
    expect(await topicsOf(...paragraphs)).toEqual([want]);
  });

  it("a defense chief's trip to a third country is no US–China military contact", async () => {
    const state = await runOn({
      "a.txt": story(
        "Gates in Beijing",
        "BEIJING, Jan. 10, 2011",
        "Gates will meet Chinese President Hu Jintao on Wednesday and travel to Japan on Thursday.",
      ),
    });
    const topics = (state.output?.events.events ?? []).map((e) => [e.title, e.topics]);
    expect(topics).toEqual([
      ["Planned: Gates and Hu hold talks", ["military-to-military", "diplomacy"]],
      ["Planned: Gates visits Japan", []],
    ]);
  });
});
