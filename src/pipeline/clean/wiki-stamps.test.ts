import { describe, expect, it } from "vitest";
import { runOn } from "../testing/corpus.ts";
import { readWikiStamps } from "./wiki-stamps.ts";

describe("readWikiStamps", () => {
  it.each<[string, string[]]>([
    // A talk page's post, signed: the saving time above, the post alone.
    [
      "The talks ran for two days, not three. Jane Roe (talk) 18:05, 4 May 2012 (UTC)",
      ["4 May 2012 18:05 (UTC)", "", "The talks ran for two days, not three."],
    ],
    // A reply's indent and a dash before the name; an unsigned writer's address.
    [
      ":Agreed, the release says so. —Ann Cole (talk) 09:47, 4 May 2012 (UTC)",
      ["4 May 2012 09:47 (UTC)", "", "Agreed, the release says so."],
    ],
    [
      "Was the session formally cancelled? 10.0.0.12 (talk) 20:06, 3 June 2013 (UTC)",
      ["3 June 2013 20:06 (UTC)", "", "Was the session formally cancelled?"],
    ],
    // A revision history's edit: its time, then its summary as a sentence.
    [
      "(cur | prev) 07:45, 12 May 2013 Ann Cole (talk | contribs) . . (3,118 bytes) (+96) . . (→Participants: the minister said yesterday that the navy will take part) (undo)",
      ["12 May 2013 07:45", "", "the minister said yesterday that the navy will take part."],
    ],
    [
      "(cur | prev) 14:31, 8 August 2012 Ann Cole (talk | contribs) . . (2,210 bytes) (+2,210) . . (←Created page with ''''Harbor Drill''' is an exercise held off Hawaii.') (undo)",
      ["8 August 2012 14:31", "", "Harbor Drill is an exercise held off Hawaii."],
    ],
    // Negative: a sentence that speaks of a talk, and a signature with no time, stay as they are.
    [
      "The minister gave a talk (talk series) on 9 March 2012 at the academy.",
      ["The minister gave a talk (talk series) on 9 March 2012 at the academy."],
    ],
    ["Thanks for the source. Jane Roe (talk)", ["Thanks for the source. Jane Roe (talk)"]],
  ])("%s", (line, expected) => {
    expect(readWikiStamps(line)).toEqual(expected);
  });
});

describe("a talk page's posts", () => {
  it("are each told on their own saving day, and no saving time is an event", async () => {
    const page = [
      "Talk:Harbor Drill",
      "From Wikipedia, the free encyclopedia",
      "",
      "== Dates ==",
      "",
      "The defense ministers met in Hanoi yesterday, according to the ministry's release. Jane Roe (talk) 18:05, 4 May 2012 (UTC)",
      "",
      ":The navies also held a joint drill off Hawaii on 14 October 2010. —Ann Cole (talk) 09:47, 1 June 2012 (UTC)",
      "",
      "This page was edited on 6 July 2013, at 10:15.",
    ].join("\n");
    const state = await runOn({ "talk.txt": page });
    const days = (state.output?.events.events ?? []).map((e) => e.date.value).sort();
    expect(days).toEqual(["2010-10-14", "2012-05-03"]);
  });
});
