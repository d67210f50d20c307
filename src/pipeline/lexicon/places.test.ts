import { describe, expect, it } from "vitest";
import { SITE_OBJECT } from "./places.ts";

describe("a visit's object that is a site of its own", () => {
  it.each([
    [" the headquarters of the fleet", true],
    [" a submarine base in Zhejiang", true],
    [" its naval academy", true],
    [" two army units near the capital", true],
    // Negative: a town, a country, a person, or a site noun too far into the phrase.
    [" Honolulu on Friday", false],
    [" the United States for the first time", false],
    [" his counterpart, who showed him the base", false],
    [" China with a delegation of officers from the command", false],
  ])("%j → %s", (after, site) => {
    expect(SITE_OBJECT.test(after)).toBe(site);
  });
});
