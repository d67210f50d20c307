import { describe, expect, it } from "vitest";
import { runOn } from "../testing/corpus.ts";
import { readWikiStamps } from "./wiki-stamps.ts";

describe("readWikiStamps", () => {
  it.each<[string, string[]]>([
    // A talk page's post, signed: the saving time above, the post alone.
    [
      "The talks ran for two days, not three. Jane Roe (talk) 04:22, 9 March 2012 (UTC)",
      ["9 March 2012 04:22 (UTC)", "", "The talks ran for two days, not three."],
    ],
    // A reply's indent and a dash before the name; an unsigned writer's address.
    [
      ":Agreed, the release says so. —Ann Cole (talk) 11:09, 9 March 2012 (UTC)",
      ["9 March 2012 11:09 (UTC)", "", "Agreed, the release says so."],
    ],
    [
      "Was the session formally cancelled? 10.0.0.12 (talk) 22:13, 14 October 2013 (UTC)",
      ["14 October 2013 22:13 (UTC)", "", "Was the session formally cancelled?"],
    ],
    // A revision history's edit: its time, then its summary as a sentence.
    [
      "(cur | prev) 16:20, 21 March 2013 Ann Cole (talk | contribs) . . (5,274 bytes) (+230) . . (→Participants: the minister said yesterday that the navy will take part) (undo)",
      ["21 March 2013 16:20", "", "the minister said yesterday that the navy will take part."],
    ],
    [
      "(cur | prev) 10:02, 19 September 2012 Ann Cole (talk | contribs) . . (5,044 bytes) (+5,044) . . (←Created page with ''''Harbor Drill''' is an exercise held off Hawaii.') (undo)",
      ["19 September 2012 10:02", "", "Harbor Drill is an exercise held off Hawaii."],
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
      "The defense ministers met in Hanoi yesterday, according to the ministry's release. Jane Roe (talk) 04:22, 9 March 2012 (UTC)",
      "",
      ":The navies also held a joint drill off Hawaii on 14 October 2010. —Ann Cole (talk) 11:09, 2 April 2012 (UTC)",
      "",
      "This page was last modified on 2 November 2013 at 18:52.",
    ].join("\n");
    const state = await runOn({ "talk.txt": page });
    const days = (state.output?.events.events ?? []).map((e) => e.date.value).sort();
    expect(days).toEqual(["2010-10-14", "2012-03-08"]);
  });
});
