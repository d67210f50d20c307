import { describe, expect, it } from "vitest";
import { readUpdateEntry } from "./update-entry.ts";

/** Published on Tuesday 19 February 2013. */
const PUBLISHED = "2013-02-19";

describe("readUpdateEntry", () => {
  it.each([
    // A weekday is the first such day on or after publication.
    [
      "UPDATE, Wednesday 9:10 a.m.: The talks resumed.",
      "UPDATE, Wednesday 9:10 a.m.: ",
      "2013-02-20",
    ],
    [
      "Updated Tuesday 6 p.m. ET: Officials met again.",
      "Updated Tuesday 6 p.m. ET: ",
      "2013-02-19",
    ],
    ["UPDATE 2 - Monday: The talks resumed.", "UPDATE 2 - Monday: ", "2013-02-25"],
    // A month and day is the one nearest publication; a full date is itself.
    ["Updated Feb. 21: The talks resumed.", "Updated Feb. 21: ", "2013-02-21"],
    [
      "Latest update, March 1, 2013, 9:05 am: The talks resumed.",
      "Latest update, March 1, 2013, 9:05 am: ",
      "2013-03-01",
    ],
    // A month and a day in figures, either way round, and the editor's credit: the reading on or
    // after publication.
    [
      "UPDATE 02/21 09:10 GMT by J: The talks resumed.",
      "UPDATE 02/21 09:10 GMT by J: ",
      "2013-02-21",
    ],
    ["Update 22/02 by Jane Roe: The talks resumed.", "Update 22/02 by Jane Roe: ", "2013-02-22"],
    ["UPDATE 3/2: The talks resumed.", "UPDATE 3/2: ", "2013-03-02"],
    // A time alone names no day; the label is still set apart.
    ["UPDATE 3:45 p.m.: The ministry rejected the report.", "UPDATE 3:45 p.m.: ", undefined],
    ["UPDATE: The ministry rejected the report.", "UPDATE: ", undefined],
  ])("%s", (paragraph, label, day) => {
    const entry = readUpdateEntry(paragraph, PUBLISHED);
    expect(paragraph.slice(0, entry?.length)).toBe(label);
    expect(entry?.day).toBe(day);
  });

  it.each([
    // Prose that opens with the word is no label.
    "Updated figures released on Wednesday show more intrusions.",
    "Update talks between the two navies were held on Wednesday.",
    // Nor a sentence in lower case that a page joined to another.
    "updated: the ministry rejected the report.",
    // Nor a label with nothing after it.
    "UPDATE:",
    // Nor figures that are no day, with no colon after them.
    "UPDATE 2/3 of the delegates left.",
  ])("no label: %s", (paragraph) => {
    expect(readUpdateEntry(paragraph, PUBLISHED)).toBeUndefined();
  });
});
