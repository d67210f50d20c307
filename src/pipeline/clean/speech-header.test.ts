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
  ])("none for %s", (_, lines) => {
    expect(speechHeader(lines)).toBeUndefined();
  });
});
