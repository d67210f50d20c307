import { describe, expect, it } from "vitest";
import { isCapitalsLine, recaseCapitalRuns } from "./all-capitals.ts";

describe("prose set in capitals", () => {
  it("is put in lower case, sentences and known names given their capitals back", () => {
    expect(
      recaseCapitalRuns([
        "ANCHOR:",
        "DEFENSE SECRETARY ROBERT GATES REACHED BEIJING LATE ON TUESDAY",
        "FOR TALKS WITH HIS CHINESE COUNTERPART. THE TWO MEN MET FOR",
        "THREE HOURS AND PROMISED TO KEEP THE MILITARY CHANNELS OPEN",
        "ALL YEAR.",
        "SOT: GATES",
      ]),
    ).toEqual([
      "ANCHOR:",
      "Defense Secretary Robert Gates reached Beijing late on Tuesday",
      "for talks with his Chinese counterpart. The two men met for",
      "three hours and promised to keep the military channels open",
      "all year.",
      "SOT: GATES",
    ]);
  });

  it("gives each terminal headline after its clock a capital of its own", () => {
    expect(
      recaseCapitalRuns([
        "10:02 *JAPAN SAYS DESTROYER TO JOIN DRILL WITH U.S. NAVY NEXT MONTH",
        "10:01 *CHINA SAYS DEFENSE MINISTER TO VISIT WASHINGTON IN MAY",
        "09:58 *KOREA SAYS IT WILL SEND OBSERVERS TO THE NAVAL EXERCISE",
      ]),
    ).toEqual([
      "10:02 *Japan says destroyer to join drill with U.S. Navy next month",
      "10:01 *China says Defense Minister to visit Washington in May",
      "09:58 *Korea says it will send observers to the naval exercise",
    ]);
  });

  it.each([
    // Two long lines in capitals are a headline and a deck, not prose.
    [
      [
        "CHINA AND AMERICA AGREE TO RESUME MILITARY TALKS",
        "THE MINISTERS MEET AGAIN IN THE AUTUMN, AIDES SAY",
      ],
    ],
    // Short labels in capitals stay.
    [["SLUG: NAVY TALKS", "TRT: 0:48", "ANCHOR: SPC D. JONES"]],
    // Prose in mixed case stays.
    [
      [
        "Defense Secretary Robert Gates reached Beijing late on Tuesday for talks",
        "with his Chinese counterpart, aides said, and left for Tokyo on Friday",
        "after a visit to the Second Artillery's headquarters near the capital.",
      ],
    ],
  ])("%j is left as it is", (lines) => {
    expect(recaseCapitalRuns(lines)).toEqual(lines);
  });

  it.each([
    ["THE MINISTERS MET FOR THREE HOURS IN THE CAPITAL", true],
    ["The ministers met for three hours in the capital", false],
    ["TRT: 1:05", false],
  ])("%s is a line of prose in capitals: %s", (line, expected) => {
    expect(isCapitalsLine(line)).toBe(expected);
  });
});
