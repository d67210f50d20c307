import { describe, expect, it } from "vitest";
import { antecedentOccasion, findOccasion } from "./occasion.ts";

const occasionOf = (sentence: string, trigger: string) =>
  findOccasion(sentence, sentence.indexOf(trigger), trigger);

describe("findOccasion", () => {
  it.each<[string, string, string | undefined]>([
    ["during the Shangri-La Dialogue in 2011", "Dialogue", "Shangri-La Dialogue"],
    ["a fiscal 2011 report to Congress outlined", "report", "fiscal 2011 report to Congress"],
    // The sentence's full stop is no part of the name; an abbreviation's stop is.
    ["the Pentagon said in its annual report to Congress.", "report", "report to Congress"],
    ["a panel sent its report to the U.S.", "report", "report to the U.S."],
    ["rejected a report by U.S. security firm Mandiant that tied", "report", "Mandiant report"],
    ["held the first meeting of a new Cyber Working Group (CWG)", "meeting", "Cyber Working Group"],
    [
      "held the first meeting of their cyber working group on Monday",
      "meeting",
      "cyber working group",
    ],
    ["co-chaired the S&ED with Vice Premier Wang Yang", "S&ED", "S&ED"],
    // A report by a country or "the" names no author.
    ["a report by China on its defense", "report", undefined],
    ["the first meeting of the two sides", "meeting", undefined],
  ])("%s (%s)", (sentence, trigger, want) => {
    expect(occasionOf(sentence, trigger)).toBe(want);
  });
});

describe("antecedentOccasion", () => {
  it("'the report' is the report an earlier sentence named", () => {
    const sentences = [
      { text: "China rejected a report by U.S. security firm Mandiant on Wednesday." },
      { text: "Officials were angry." },
      { text: "The report, released on Tuesday, said a unit had stolen data." },
    ];
    expect(antecedentOccasion(sentences, 2, "report")).toBe("Mandiant report");
    expect(antecedentOccasion(sentences, 0, "report")).toBeUndefined();
  });
});
