import { describe, expect, it } from "vitest";
import { finalToken, splitSentences } from "./sentences.ts";

const split = (t: string) => splitSentences(t).map(([s, e]) => t.slice(s, e));

describe("splitSentences", () => {
  it.each([
    ["Obama met Xi. They talked.", ["Obama met Xi.", "They talked."]],
    [
      "Defense Secretary Leon E. Panetta said today.",
      ["Defense Secretary Leon E. Panetta said today."],
    ],
    [
      "Gen. Liang Guanglie arrived. He met Panetta.",
      ["Gen. Liang Guanglie arrived.", "He met Panetta."],
    ],
    [
      "He spoke in San Jose, Calif. The talks began.",
      ["He spoke in San Jose, Calif.", "The talks began."],
    ],
    // A state after its city and a comma ends the sentence before any capital …
    [
      "The general toured a base at Fort Hood, Tex. Washington hailed the trip.",
      ["The general toured a base at Fort Hood, Tex.", "Washington hailed the trip."],
    ],
    // … while mid-sentence it has a comma after it, and without its city it is a name's part.
    [
      "He toured Fort Hood, Tex., and Norfolk, Va., on Friday.",
      ["He toured Fort Hood, Tex., and Norfolk, Va., on Friday."],
    ],
    [
      "He met the Va. Secretary of Veterans Affairs.",
      ["He met the Va. Secretary of Veterans Affairs."],
    ],
    ["Ties with the U.S. Navy grew.", ["Ties with the U.S. Navy grew."]],
    [
      "It is a concern for the U.S. The two sides met.",
      ["It is a concern for the U.S.", "The two sides met."],
    ],
    ["“We agree,” he said. “We will meet.”", ["“We agree,” he said.", "“We will meet.”"]],
    ["They met on Sept. 19 in Beijing.", ["They met on Sept. 19 in Beijing."]],
    // A minister's or a secretary's short title ends no sentence before the name …
    [
      "Foreign Min. Kato Ren met Navy Sec. Ada Holt and Asst. Sec. Bo Lin.",
      ["Foreign Min. Kato Ren met Navy Sec. Ada Holt and Asst. Sec. Bo Lin."],
    ],
    // … while minutes and seconds may end one, before a word that opens a sentence.
    [
      "The call lasted 40 min. The ministers spoke again later.",
      ["The call lasted 40 min.", "The ministers spoke again later."],
    ],
    // A plural title's abbreviation ends no sentence either.
    [
      "Sens. Ann Hale and Bo Kent wrote. They left.",
      ["Sens. Ann Hale and Bo Kent wrote.", "They left."],
    ],
    ["Is it over? No. It goes on!", ["Is it over?", "No.", "It goes on!"]],
    // A case's or a document's number may be a code of letters and figures.
    [
      "Case No. M-2010-4417 Doc No. B0731 was filed. No. It was not.",
      ["Case No. M-2010-4417 Doc No. B0731 was filed.", "No.", "It was not."],
    ],
    // A day's name alone opening a paragraph heads it: its period ends no sentence …
    [
      "Tuesday. The envoys met in Hanoi. They talked.",
      ["Tuesday. The envoys met in Hanoi.", "They talked."],
    ],
    // … while later in the paragraph the day ends its sentence.
    ["The envoys met on Tuesday. They talked.", ["The envoys met on Tuesday.", "They talked."]],
    // A chronology's entry opens its line with its date and a period: the date heads it.
    [
      "4 March 2011. The envoys meet in Oslo. They talk.\nEarly May 2011. Talks resume.",
      ["4 March 2011. The envoys meet in Oslo.", "They talk.", "Early May 2011. Talks resume."],
    ],
    ["2–3 June 2012. Drills at sea.", ["2–3 June 2012. Drills at sea."]],
    // A digest's entry opens its line with its day, a bar and the place: they head it …
    [
      "May 3 | Port Moresby. The envoys met. They talked.",
      ["May 3 | Port Moresby. The envoys met.", "They talked."],
    ],
    // … but not a sentence after the bar, or one whose words are not a place's.
    ["May 3 | Envoys met. They talked.", ["May 3 | Envoys met.", "They talked."]],
    [
      "3 May 2012 - Roe visits Hanoi. They talked.",
      ["3 May 2012 - Roe visits Hanoi.", "They talked."],
    ],
    // Inside a line, a date that ends a sentence ends it.
    [
      "The talks ended on 4 March 2011. The envoys left.",
      ["The talks ended on 4 March 2011.", "The envoys left."],
    ],
    ["They met. 4 March 2011. Talks went on.", ["They met.", "4 March 2011.", "Talks went on."]],
    // Initials of a name are not a sentence end; a country's ("U.S.") may be.
    ["Spokeswoman T.R. Vance spoke. She left.", ["Spokeswoman T.R. Vance spoke.", "She left."]],
    ["They asked the U.S. Coast Guard.", ["They asked the U.S. Coast Guard."]],
    // A full stop with the space missing still ends the sentence …
    ["The forum closed.Delegates left early.", ["The forum closed.", "Delegates left early."]],
    // … but not inside a web address or a number.
    ["Read it on example.com today. Then vote.", ["Read it on example.com today.", "Then vote."]],
    ["Growth was 7.5 percent in Q3.", ["Growth was 7.5 percent in Q3."]],
    // A bracketed credit after a caption is a segment of its own.
    [
      "The envoy waves, Oct. 2, 2011. [Photo/Wire]",
      ["The envoy waves, Oct. 2, 2011.", "[Photo/Wire]"],
    ],
    // Quoted sentences that close with a comma belong to the attribution …
    [
      "“We met. We agreed,” Vance said. Talks end today.",
      ["“We met. We agreed,” Vance said.", "Talks end today."],
    ],
    ['"We met. We agreed," he said.', ['"We met. We agreed," he said.']],
    // … quoted sentences that close with a full stop are sentences of their own.
    [
      "Vance added: “We met. We agreed.” Talks end today.",
      ["Vance added: “We met.", "We agreed.”", "Talks end today."],
    ],
    // Hard-wrapped wire copy: a line break inside a sentence is white space.
    [
      "The minister held talks\nwith Vance on Monday. The\ntwo sides agreed.",
      ["The minister held talks\nwith Vance on Monday.", "The\ntwo sides agreed."],
    ],
  ])("%s", (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe("splitSentences offsets", () => {
  it("are UTF-16 offsets into the text, without the white space between sentences", () => {
    const text = "“Ça va,” said Émile.\n\tThe talks 😀 ended.Both left.  ";
    const spans = splitSentences(text);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual([
      "“Ça va,” said Émile.",
      "The talks 😀 ended.",
      "Both left.",
    ]);
    for (const [s, e] of spans) expect(text.slice(s, e).trim()).toBe(text.slice(s, e));
  });
});

describe("finalToken", () => {
  const FINAL_TOKEN = /([A-Za-z][A-Za-z.]*)\.$/;
  it.each([
    ["He met the U.S.", "u.s"],
    ["Talks with Gen.", "gen"],
    ["Leon E.", "e"],
    ["in 2013, said J.R.R.", "j.r.r"],
    ["ended at 5 p.m.", "p.m"],
    ["a list...", "list.."],
    ["...a", ""],
    ["the 9.", ""],
    [".x.", "x"],
    ["x", ""],
    ["", ""],
  ])("reads %j as matching the whole text would", (text, token) => {
    expect(finalToken(text)).toBe(token);
    expect(finalToken(text)).toBe(text.match(FINAL_TOKEN)?.[1]?.toLowerCase() ?? "");
  });

  it("finds no token in a text that does not end on a period", () => {
    expect(finalToken("They talked!")).toBe("");
  });
});
