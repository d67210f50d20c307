import { describe, expect, it } from "vitest";
import { clipPhrase, withoutDangling } from "./clip.ts";

describe("clipPhrase", () => {
  it.each<[string, number, string]>([
    ["to hold talks on cyber security", 50, "to hold talks on cyber security"],
    [
      "to work together on counterpiracy in the Gulf of Aden and disaster relief",
      50,
      "to work together on counterpiracy",
    ],
    [
      "China and the US held military maritime consultations in Qingdao, the first such talks since 2010",
      90,
      "China and the US held military maritime consultations in Qingdao",
    ],
    // No phrase boundary in reach: the last whole word, never half of one.
    [
      "to strengthen communication mechanisms between the militaries",
      30,
      "to strengthen communication",
    ],
    // A dangling article or preposition goes with the cut.
    ["to establish the a new mechanism of consultations", 21, "to establish"],
    ["Ministers Meeting-Plus", 8, ""],
  ])("%s (%i)", (text, max, want) => {
    const got = clipPhrase(text, max);
    expect(got).toBe(want);
    expect(got.length).toBeLessThanOrEqual(max);
    // Every word kept is a whole word of the input.
    const whole = text.split(/\s+/).map((w) => w.replace(/[,;:]$/, ""));
    for (const w of got.split(/\s+/).filter(Boolean)) expect(whole).toContain(w);
  });
});

describe("withoutDangling", () => {
  it.each<[string, string]>([
    // A date cut from the end of a clause leaves its preposition behind.
    ["A meeting is planned for", "A meeting is planned"],
    ["Talks resumed in the", "Talks resumed"],
    // … and a cut may leave a possessive without its noun, or a preposition of time or place.
    ["The firm linked a unit of China's People's", "The firm linked a unit"],
    ["Ties between the two forces soured again over", "Ties between the two forces soured again"],
    ["They agreed to meet again before", "They agreed to meet again"],
    // A last word that is a name or a noun stays.
    ["The two sides met in Beijing", "The two sides met in Beijing"],
    ["Ministers agreed to a hotline", "Ministers agreed to a hotline"],
    ["The talks took place in Xi's", "The talks took place"],
    ["The talks were held at the People's Hall", "The talks were held at the People's Hall"],
  ])("%s", (text, want) => {
    expect(withoutDangling(text)).toBe(want);
  });
});
