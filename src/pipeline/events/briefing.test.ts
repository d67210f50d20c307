import { describe, expect, it } from "vitest";
import { datePeople, runOn } from "../testing/corpus.ts";

/** A ministry's transcript page: its title, its date line, then questions and answers. */
const page = (title: string, ...turns: string[]) =>
  [title, "2012/10/09", "", ...turns.flatMap((t) => [t, ""])].join("\n");

const eventsOf = async (text: string) => {
  const state = await runOn({ "briefing.txt": text });
  return (state.output?.events.events ?? []).map(datePeople).sort();
};

const TITLE =
  "Foreign Ministry Spokesperson Qin Gang's Regular Press Conference on October 9, 2012";
const QUESTION =
  "Q: A U.S. congressional panel has warned against two Chinese telecom firms. What is your comment?";
const ANSWER =
  "A: The accusation is groundless. Chinese firms operate abroad in line with the law. We hope the U.S. side will stop such remarks.";

describe("a transcript of one person's briefing", () => {
  it("is one event on the page's day, with the speaker, told by the first answer", async () => {
    expect(await eventsOf(page(TITLE, QUESTION, ANSWER))).toEqual(["2012-10-09: Qin Gang"]);
  });

  it("is on its session's day, and told against it, when the page was posted the day after", async () => {
    const opening =
      "Spokesperson Qin Gang took questions at the ministry's daily briefing on October 9, 2012.";
    const text = [
      TITLE,
      "2012/10/10",
      "",
      opening,
      "",
      QUESTION,
      "",
      ANSWER,
      "",
      "A: Yesterday, the vice minister summoned the U.S. ambassador.",
      "",
    ].join("\n");
    expect(await eventsOf(text)).toEqual(["2012-10-08: ", "2012-10-09: Qin Gang"]);
  });

  it("is told by a later answer when the first only gives a schedule", async () => {
    const schedule =
      "A: Vice Premier Wang Qishan will visit Washington on October 15. Defense Minister Liang Guanglie will meet Secretary Panetta on October 16. We welcome it.";
    const rows = await eventsOf(page(TITLE, QUESTION, schedule, QUESTION, ANSWER));
    expect(rows).toContain("2012-10-09: Qin Gang");
  });

  it.each([
    // A title that names no one's briefing: the answer is nobody's dated act.
    ["Ministry statement on telecom firms", ANSWER],
    // An answer that gives a schedule, most of its sentences dated plans of their own.
    [
      TITLE,
      "A: Vice Premier Wang Qishan will visit Washington on October 15. Defense Minister Liang Guanglie will meet Secretary Panetta on October 16. We welcome it.",
    ],
  ])("is no event of its own: %s", async (title, answer) => {
    const rows = await eventsOf(page(title, QUESTION, answer));
    expect(rows.filter((r) => r.startsWith("2012-10-09"))).toEqual([]);
  });
});
