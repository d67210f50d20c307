import { describe, expect, it } from "vitest";
import { speechHeader } from "./speech-header.ts";

describe("speechHeader: the one speaker a page's speech has", () => {
  it.each<[string, string[], string | undefined, string | undefined]>([
    [
      "a delivery line with the place and the day",
      [
        "As Prepared for Delivery by Secretary of the Navy Jane Roe, Qingdao, China, Monday, June 3, 2013",
      ],
      "Secretary of the Navy Jane Roe",
      "2013-06-03",
    ],
    [
      "a delivery line with the day two lines under it",
      [
        "Remarks as Delivered by Adm. John Doe, Commander, Pacific Fleet",
        "Naval War College, Newport",
        "June 3, 2013",
      ],
      "Adm. John Doe",
      "2013-06-03",
    ],
    [
      "remarks at a named occasion, with no day",
      ["Remarks by Ambassador John Doe at the Harbor Forum"],
      "Ambassador John Doe",
      undefined,
    ],
    [
      "a title naming the occasion over the speaker's line, title, place and day",
      [
        "Remarks at the Harbor Forum",
        "Leon E. Panetta",
        "Secretary of Defense",
        "Naval War College",
        "Newport, R.I.",
        "June 3, 2013",
      ],
      "Leon E. Panetta",
      "2013-06-03",
    ],
    [
      "a mark of the speech's text under the speaker's line and the day",
      [
        "Second Session: Sea Lanes",
        "Leon E. Panetta, Secretary of Defense, United States",
        "Monday 03 June 2013",
        "",
        "Check against delivery",
      ],
      "Leon E. Panetta",
      "2013-06-03",
    ],
    [
      "a delivery line and a mark under the speaker's line, naming one person twice",
      [
        "Remarks as Delivered by Secretary of Defense Leon E. Panetta",
        "Leon E. Panetta, Secretary of Defense",
        "June 3, 2013",
        "",
        "Check against delivery",
      ],
      "Secretary of Defense Leon E. Panetta",
      "2013-06-03",
    ],
    [
      "a header after dashes, joined to the title line above it",
      [
        "A Harbor for Both Fleets\n--Speech by Ambassador John Doe at the Harbor Forum",
        "",
        "Newport, 3 June 2013",
      ],
      "Ambassador John Doe",
      "2013-06-03",
    ],
    [
      "a statement to a committee, its speaker in the header and the day under it",
      [
        "Statement of Admiral Jane Roe, U.S. Navy",
        "Commander, U.S. Pacific Fleet",
        "Before the Senate Armed Services Committee",
        "12 April 2011",
      ],
      "Admiral Jane Roe",
      "2011-04-12",
    ],
    [
      "a statement's title under the speaker's name and role",
      [
        "Jane Roe",
        "Deputy Assistant Secretary, Bureau of Asian Affairs",
        "Statement Before the Review Commission",
        "Washington, DC",
        "June 4, 2012",
      ],
      "Deputy Assistant Secretary Jane Roe",
      "2012-06-04",
    ],
  ])("%s", (_, lines, speaker, day) => {
    const header = speechHeader(lines);
    expect(header?.speaker).toBe(speaker);
    expect(header?.day).toBe(day);
  });

  it.each<[string, string[]]>([
    [
      "two speakers, whose turns a transcript labels",
      ["Remarks by President Jane Roe and President John Doe at the State Dinner"],
    ],
    [
      "a line of prose about someone's remarks",
      [
        "Remarks by the minister at the dinner last week drew sharp words from officials of several countries, who said the speech went further than anything the ministry had said before.",
      ],
    ],
    [
      "two headers naming different speakers",
      ["Remarks by Ambassador John Doe", "", "Remarks by General Jane Roe"],
    ],
    ["remarks with no speaker named", ["Remarks As Prepared for Delivery"]],
    [
      "a title naming an occasion with no person under it",
      ["Remarks at the Harbor Forum", "Naval War College", "June 3, 2013"],
    ],
    [
      "a name over a line that gives no role",
      ["Jane Roe", "Washington, DC", "Statement Before the Review Commission", "June 4, 2012"],
    ],
    [
      "a mark of a speech's text with only prose around it",
      [
        "Check against delivery",
        "Leon E. Panetta said on Monday that the talks would go on for as long as both navies kept their ships at sea.",
      ],
    ],
  ])("none for %s", (_, lines) => {
    expect(speechHeader(lines)).toBeUndefined();
  });
});
