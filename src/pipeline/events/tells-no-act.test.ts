import { describe, expect, it } from "vitest";
import { sentenceOf, timeOf } from "../testing/sentence.ts";
import { tellsNoAct } from "./tells-no-act.ts";

describe("tellsNoAct", () => {
  it.each<[string, boolean]>([
    ["Let me go through the secretary's meetings.", true],
    // A word alone, a forum's reply; not a short sentence with its subject.
    ["Agreed.", true],
    ["Talks resumed.", false],
    ["MR. CARNEY: Allow me to begin with the talks.", true],
    ["Did the envoy report to the cabinet after the talks?", true],
    // Negative: an act told, or "let me" inside a sentence that tells one.
    ["The envoy reported to the cabinet after the talks.", false],
    ["The minister met Wang, who said the talks let me hope.", false],
    // A paper's correction notice: one of its pieces said something wrong.
    ["A profile on Monday of Adm. Roe misstated the year he met the envoy.", true],
    ["An article last week said incorrectly that the envoys met in Hanoi.", true],
    // Negative: the piece, or a person, did what the sentence says.
    ["An article on Monday reported that the envoys met in Hanoi.", false],
    ["The envoy misstated the date of the talks in his speech.", false],
  ])("%s → %s", (text, none) => {
    expect(tellsNoAct(sentenceOf(text))).toBe(none);
  });

  it("a question with a date of its own may tell an act", () => {
    const text = "Why did the envoy leave on Monday?";
    const s = { ...sentenceOf(text), times: [timeOf(text, "on Monday", "2013-06-03")] };
    expect(tellsNoAct(s)).toBe(false);
  });

  it.each<[string, string, boolean]>([
    // A question of what is still to come asks whether it will happen …
    ["Will the envoys meet again this year?", "this year", true],
    ["HOST: When will the ministry release this year's report?", "this year", true],
    // … and so tells no plan; a plan told, or a question of a past day, may.
    ["The envoys will meet again this year.", "this year", false],
    ["Did the envoys meet again this year?", "this year", false],
  ])("%s → %s", (text, date, none) => {
    const s = { ...sentenceOf(text), times: [timeOf(text, date, "2013")] };
    expect(tellsNoAct(s)).toBe(none);
  });
});
