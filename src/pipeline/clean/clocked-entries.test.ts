import { describe, expect, it } from "vitest";
import { readClockedEntries } from "./clocked-entries.ts";

describe("readClockedEntries: items sent at a clock's time are sentences", () => {
  it("drops the clock and an alert's label, and ends each item with a full stop", () => {
    expect(
      readClockedEntries([
        "Wed, Mar 6, 2013",
        "08:15  BREAKING: Navy says its frigate docked at the naval base on Mar 6",
        '9:40 pm  Ministry spokesman says the visit was "routine and planned"',
        "Thu, Mar 7, 2013",
        "10:02 - The two fleets held a joint drill off the coast.",
      ]),
    ).toEqual([
      "Wed, Mar 6, 2013",
      "Navy says its frigate docked at the naval base on Mar 6.",
      'Ministry spokesman says the visit was "routine and planned".',
      "Thu, Mar 7, 2013",
      "The two fleets held a joint drill off the coast.",
    ]);
  });

  it.each([
    // One clocked line is a page's stamp or a caption's time: left as it is.
    [["10:02 The two fleets held a joint drill off the coast", "The talks went on."]],
    // Headlines in capitals over their items stay headlines.
    [
      [
        "10:02  NAVIES HOLD DRILL OFF COAST AFTER TALKS",
        "11:30  MINISTRY PRAISES THE JOINT DRILL TODAY",
      ],
    ],
    // A clock before a date or a few words is a stamp or a label, no item.
    [["10:02 | Mar 6, 2013", "11:30 | Mar 7, 2013"]],
    [["10:02  Opening remarks", "11:30  Lunch break"]],
  ])("leaves other lines as they are: %j", (lines) => {
    expect(readClockedEntries(lines)).toEqual(lines);
  });
});
