import { describe, expect, it } from "vitest";
import {
  countryOfDestination,
  findLocation,
  isNationalityOnly,
  placeBeforeWhere,
  placesConflict,
  sameSite,
} from "./location.ts";

describe("findLocation", () => {
  it.each([
    [
      "During a Pentagon news conference with Liang, both leaders answered questions.",
      { name: "the Pentagon", country: "USA" },
    ],
    ["The two met in Beijing on Monday.", { name: "Beijing", country: "CHN" }],
    // A venue that employs the speaker is not where the event happened.
    [
      "White House spokesman Jay Carney said yesterday that the U.S. had raised concerns.",
      undefined,
    ],
    ["Pentagon officials said the talks went well.", undefined],
    ["Panetta also met Xi Jinping on Wednesday, the Pentagon said.", undefined],
    ["Panetta met Xi on Wednesday, according to the White House.", undefined],
    // A country alone is a topic more often than a venue.
    ["They discussed investment in China.", undefined],
    // A town the lexicon does not list, with its state written out.
    [
      "The admiral toured a shipyard in Bath, Maine, on Friday.",
      { name: "Bath, Maine", country: "USA" },
    ],
    // A place in a state written out, and a US base by its kind, wherever the kind stands.
    [
      "He spoke at the pier in Norfolk in Virginia on Thursday.",
      { name: "Norfolk in Virginia", country: "USA" },
    ],
    ["He watched a drill at Fort Hood on Monday.", { name: "Fort Hood", country: "USA" }],
    [
      "He spoke at Travis Air Force Base on Friday.",
      { name: "Travis Air Force Base", country: "USA" },
    ],
    [
      "He toured Naval Station Mayport on Monday.",
      { name: "Naval Station Mayport", country: "USA" },
    ],
    ["At Fort Hood, he watched a drill.", { name: "Fort Hood", country: "USA" }],
    // A place inside a country named by its possessive, after a word for a part of it or none.
    [
      "He toured a unit in southwest China's Sichuan Province on Monday.",
      { name: "Sichuan Province", country: "CHN" },
    ],
    ["The ships called in Japan's Okinawa.", { name: "Okinawa", country: "JPN" }],
    // A known place or a US state after the word for its kind.
    ["The governor flew into the state of Texas on Monday.", { name: "Texas", country: "USA" }],
    // Negative: a kind of an unknown place names no country.
    ["He stopped in the town of Millbrook on Wednesday.", undefined],
    // Not a country's possessive before a lower-case noun, nor an unknown owner.
    ["He acted in China's interest.", undefined],
    ["He spoke in Smith's office.", undefined],
    // A base that ends the sentence leaves its full stop behind.
    ["His schedule lists Fort Hood.", { name: "Fort Hood", country: "USA" }],
    // A base abroad is named otherwise, and a state alone may be a country.
    ["He spoke at Kadena Air Base on Friday.", undefined],
    ["He spoke in Georgia on Friday.", undefined],
    // The place a "where" clause tells of, after "from" or "to".
    [
      "The envoy came on from Hanoi, where he had met the premier on Monday.",
      { name: "Hanoi", country: "VNM" },
    ],
    // Negative: a place left or gone to, with no "where" clause, is no venue.
    ["The envoy came on from Hanoi on Monday to meet the premier.", undefined],
    ["The envoy went on to Hanoi, which he had seen before.", undefined],
    // After a comma, "Washington" is the government as often as the state.
    ["The talks in Beijing, Washington said, went well.", { name: "Beijing", country: "CHN" }],
  ])("%s", (text, want) => {
    expect(findLocation(text)).toEqual(want);
  });
});

describe("placesConflict", () => {
  it.each<[string, string, boolean]>([
    ["the Pentagon", "Washington", false],
    ["the White House", "the Pentagon", true],
    ["the Sunnylands estate in Rancho Mirage", "Sunnylands Retreat", false],
    ["the Annenberg Retreat at Sunnylands", "the Sunnylands estate", false],
    ["Beijing", "Washington", true],
    // Sharing only the kind of site ("Fort", "Air Force Base", "Hall") is two sites …
    ["Fort Bragg", "Fort Hood", true],
    ["Andrews Air Force Base", "Travis Air Force Base", true],
    ["Constitution Hall", "Carnegie Hall", true],
    // … but the site's own name holds, told with or without its kind.
    ["Fort Bragg, N.C.", "Fort Bragg", false],
    ["Travis Air Force Base", "Travis", false],
    ["Joint Base Lewis-McChord", "Lewis-McChord", false],
  ])("%s / %s: %s", (a, b, want) => {
    expect(placesConflict({ name: a }, { name: b })).toBe(want);
  });
});

describe("sameSite", () => {
  it.each<[string, string, boolean]>([
    ["the Sunnylands estate in Rancho Mirage", "Sunnylands Retreat", true],
    ["Fort Bragg", "fort bragg", true],
    // A venue and its town do not conflict, but are not one site.
    ["the Great Hall of the People", "Beijing", false],
    ["Beijing", "Shanghai", false],
  ])("%s / %s: %s", (a, b, want) => {
    expect(sameSite({ name: a }, { name: b })).toBe(want);
  });
});

describe("countryOfDestination", () => {
  it.each([
    ["the United States", "USA"],
    ["the U.S.", "USA"],
    ["America", "USA"],
    ["Beijing", "CHN"],
    ["China.", "CHN"],
    ["the Pentagon", "USA"],
    // A place the lexicons do not know has no country.
    ["an island base", undefined],
    ["Atlantis", undefined],
  ])("%s → %s", (name, country) => {
    expect(countryOfDestination(name)).toBe(country);
  });
});

describe("isNationalityOnly", () => {
  it.each([
    ["the Chinese", true],
    ["American", true],
    // A country's name is a destination even where it is also its adjective.
    ["the U.S.", false],
    ["China", false],
    ["Chinese Taipei", false],
  ])("%s → %s", (phrase, only) => {
    expect(isNationalityOnly(phrase)).toBe(only);
  });
});

describe("placeBeforeWhere", () => {
  it.each<[string, string, number | undefined]>([
    ["The envoy came on from Hanoi", ", where on Monday he met the premier", 18],
    ["The ships sailed to Manila", " where the crews rested", 17],
    // Negative: a clause that is no "where" clause, and a "where" with no place before it.
    ["The envoy came on from Hanoi", ", and on Monday he met the premier", undefined],
    ["The envoy asked", " where the premier was", undefined],
  ])("%s | %s", (before, clause, want) => {
    expect(placeBeforeWhere(before, clause)).toBe(want);
  });
});
