import { describe, expect, it } from "vitest";
import { makeEvent } from "../testing/make-event.ts";
import { actorsNotNamedInEvidence, namingWords } from "./named-in-evidence.ts";

const reported = (...sentences: string[]) => [
  { articleId: "a", evidence: sentences.map((text) => ({ text, start: 0, end: text.length })) },
];

describe("namingWords", () => {
  it("names a person by the full name or any part of it, in either order", () => {
    expect(namingWords({ name: "Leon E. Panetta", country: "USA" })).toEqual([
      "Leon E. Panetta",
      "Leon",
      "Panetta",
    ]);
    expect(namingWords({ name: "Xi Jinping", country: "CHN" })).toContain("Xi");
  });
  it("does not take a title for a name", () =>
    expect(namingWords({ name: "Chinese Minister of National Defense" })).not.toContain(
      "Minister",
    ));
  it("names a government by its usual names", () =>
    expect(namingWords({ name: "United States", country: "USA" })).toContain("U.S."));
});

describe("actorsNotNamedInEvidence", () => {
  const liang = { name: "Liang Guanglie", country: "CHN" };
  const panetta = { name: "Leon E. Panetta", country: "USA" };
  it.each([
    ["named by surname", [liang], ["Gen. Liang arrived on Monday."], []],
    [
      "only 'the general'",
      [liang],
      ["The two sides met that year, the general said."],
      ["Liang Guanglie"],
    ],
    ["one of two named", [liang, panetta], ["Panetta spoke today."], ["Liang Guanglie"]],
    ["a country by another name", [{ name: "China", country: "CHN" }], ["Beijing said no."], []],
    ["a word inside another is not a name", [liang], ["Liangshan was quiet."], ["Liang Guanglie"]],
    [
      "a body by its head word",
      [{ name: "U.S. Congress", country: "USA" }],
      ["A report to Congress."],
      [],
    ],
  ])("%s", (_name, actors, sentences, expected) =>
    expect(
      actorsNotNamedInEvidence(makeEvent({ actors, sources: reported(...sentences) })).map(
        (a) => a.name,
      ),
    ).toEqual(expected),
  );
});
