import { describe, expect, it } from "vitest";
import { firstPersonSubject, speakerLabels } from "./transcript.ts";
import { isTitledName } from "../lexicon/roles.ts";
import { runOn } from "../testing/corpus.ts";

describe("speakerLabels: who speaks each paragraph of a transcript", () => {
  it("reads labels in capitals, carries a turn over unlabelled paragraphs, and ends it at Q:", () => {
    const labels = speakerLabels([
      "The two ministers spoke after their talks.",
      "SECRETARY JANE DOE: Good afternoon. We met for two hours.",
      "We also agreed to talk again.",
      "MODERATOR: Next question.",
      "Nobody answered at first.",
      "GEN. WANG (through interpreter): Thank you.",
    ]);
    expect(labels.map((l) => l && [l.name, l.length])).toEqual([
      undefined,
      ["Secretary Jane Doe", "SECRETARY JANE DOE: ".length],
      ["Secretary Jane Doe", 0],
      undefined,
      undefined,
      ["Gen. Wang", "GEN. WANG (through interpreter): ".length],
    ]);
  });

  it("reads a broadcaster's label with the speaker's part after a comma, not a place and a state", () => {
    const labels = speakerLabels([
      "JANE ROE, HOST: The minister came to the Pentagon.",
      "JOHN DOE, BYLINE: The two men met for three hours.",
      "AUSTIN, Texas: The two men met for three hours.",
    ]);
    expect(labels.map((l) => l && [l.name, l.length])).toEqual([
      ["Jane Roe", "JANE ROE, HOST: ".length],
      ["John Doe", "JOHN DOE, BYLINE: ".length],
      ["John Doe", 0],
    ]);
  });

  it("takes a label written as a name only when it recurs", () => {
    const once = speakerLabels(["Washington: The talks began on Monday.", "Officials spoke."]);
    expect(once).toEqual([undefined, undefined]);
    const twice = speakerLabels(["Voss: Not much on paper.", "Q: Why?", "Voss: Attribution."]);
    expect(twice.map((l) => l?.name)).toEqual(["Voss", undefined, "Voss"]);
  });

  it("reads an agenda's heading of a day or a month as no speaker, and ends the turn before it", () => {
    const labels = speakerLabels([
      "MINISTER JANE DOE: We will meet again.",
      "THURSDAY: The envoy holds talks with the minister.",
      "Friday: The envoy flies to the coast.",
      "Friday: The envoy tours the port.",
      "MARCH: The two navies hold a drill.",
      // Negative: a speaker whose name only begins like a month is still one.
      "MAYNARD ROE: Thank you.",
    ]);
    expect(labels.map((l) => l && [l.name, l.length])).toEqual([
      ["Minister Jane Doe", "MINISTER JANE DOE: ".length],
      undefined,
      undefined,
      undefined,
      undefined,
      ["Maynard Roe", "MAYNARD ROE: ".length],
    ]);
  });
});

describe("isTitledName: a label naming a person, not a place", () => {
  it.each([
    ["SECRETARY CHUCK HAGEL", true],
    ["MR. LITTLE", true],
    ["GEN. CHANG", true],
    ["WASHINGTON", false],
    ["Beijing", false],
  ])("%s → %s", (words, titled) => {
    expect(isTitledName(words)).toBe(titled);
  });
});

describe("firstPersonSubject", () => {
  it.each([
    ["We agreed today to talk.", "We"],
    ["I also told the general.", "I"],
    ["General Chang and I have just met.", "I"],
    ["We'll both be in Brunei.", "We"],
    // After a phrase of time that opens the sentence.
    ["On Monday I flew to Hanoi.", "I"],
    ["Three weeks ago I hosted the minister.", "I"],
    ["Last night Maria and I dined with the envoy.", "I"],
    ["This morning, we toured the port.", "we"],
  ])("%s → %s", (text, word) => {
    expect(firstPersonSubject(text)?.word).toBe(word);
  });
  it.each([
    "Iran was not discussed.",
    "Weapons sales came up.",
    "They told us so.",
    // A phrase that is no time before someone else's act.
    "Across the strait officials said I was wrong.",
    "On Monday they told us so.",
  ])("none in %s", (text) => {
    expect(firstPersonSubject(text)).toBeUndefined();
  });
});

describe("a transcript's first person acts as its speaker", () => {
  it("gives the labelled speaker to 'we agreed', and the label is no dateline", async () => {
    const page = [
      "Joint press conference",
      "Presenter: Secretary of Defense Jane Doe and Minister of National Defense Wang Wei  March 3, 2012",
      "",
      "SECRETARY JANE DOE: Good afternoon. Minister Wang Wei and I have just held talks at the Pentagon.",
      "",
      "We agreed today to hold a joint exercise next year.",
    ].join("\n");
    const state = await runOn({ "t.txt": page });
    const events = state.output?.events.events ?? [];
    const agreed = events.find((e) => e.date.value === "2012-03-03");
    expect(agreed?.actors.map((a) => a.name)).toContain("Jane Doe");
    expect(state.output?.articles.articles[0]?.dateline).toBeFalsy();
  });
});

describe("a speech's first person is the speaker its header names", () => {
  const speech = (header: string) =>
    [
      "Naval Academy of the Fleet",
      header,
      "",
      "Thank you, Admiral, for that kind welcome, and thank you to the students for coming this morning.",
      "",
      "On Tuesday I held long talks with my counterpart, Admiral Wu Ming, at the fleet's headquarters.",
    ].join("\n");

  it("acts in the speech, and the speech is an event of the header's day", async () => {
    const state = await runOn({
      "s.txt": speech(
        "As Prepared for Delivery by Secretary of the Navy Jane Roe, Qingdao, China, Thursday, June 6, 2013",
      ),
    });
    const events = state.output?.events.events ?? [];
    const talks = events.find((e) => e.date.value === "2013-06-04");
    expect(talks?.actors.map((a) => a.name)).toEqual(
      expect.arrayContaining(["Jane Roe", "Wu Ming"]),
    );
    const given = events.find((e) => e.date.value === "2013-06-06");
    expect(given?.type.cameo).toBe("010");
    expect(given?.actors.map((a) => a.name)).toEqual(["Jane Roe"]);
  });

  it("is an event of the day under its speaker's line, not told by a bracketed caption", async () => {
    const page = [
      "Forum of the Fleets",
      "Leon E. Panetta, Secretary of Defense, United States",
      "Thursday 06 June 2013",
      "",
      "[Photo: Delegates of the two navies fill the main hall of the old naval academy in the rain. Credit: The Fleet Journal]",
      "",
      "Check against delivery",
      "",
      "Thank you, Admiral, for that kind welcome, and thank you to the students for coming this morning.",
      "",
      "On Tuesday I held long talks with my counterpart, Admiral Wu Ming, at the fleet's headquarters.",
    ].join("\n");
    const state = await runOn({ "s.txt": page });
    const events = state.output?.events.events ?? [];
    const given = events.find((e) => e.date.value === "2013-06-06");
    expect(given?.actors.map((a) => a.name)).toEqual(["Leon E. Panetta"]);
    expect(given?.sources[0]?.evidence[0]?.text).toMatch(/^Thank you, Admiral/);
  });

  it("has no speaker when the header names two, and no speech event", async () => {
    const state = await runOn({
      "s.txt": speech(
        "As Prepared for Delivery by Secretary Jane Roe and Admiral Wu Ming, Qingdao, China, Thursday, June 6, 2013",
      ),
    });
    const events = state.output?.events.events ?? [];
    const talks = events.find((e) => e.date.value === "2013-06-04");
    expect(talks?.actors.map((a) => a.name)).not.toContain("Jane Roe");
    expect(events.find((e) => e.date.value === "2013-06-06")).toBeUndefined();
  });
});

describe("a transcript's label is no part of the turn's first sentence", () => {
  const page = (answer: string) =>
    [
      "Regular press conference",
      "Source: Ministry of Defense  2013-08-30 09:24:51",
      "",
      "The ministry held its regular press conference on the afternoon of August 29, 2013. Its spokeswoman answered reporters' questions on the navy and on visits.",
      "",
      "Question: Did the two navies drill together?",
      "",
      `Hua Chunying: ${answer}`,
      "",
      "Question: Will ships visit?",
      "",
      "Hua Chunying: No visit has been set.",
    ].join("\n");

  it("the speaker only answers: the drill is the navies', its evidence starts after the label", async () => {
    const state = await runOn({
      "t.txt": page("On August 24 a Chinese frigate and a US destroyer held a drill off Hainan."),
    });
    const drill = state.output?.events.events.find((e) => e.date.value === "2013-08-24");
    expect(drill?.actors.map((a) => a.name)).not.toContain("Hua Chunying");
    expect(drill?.sources[0]?.evidence[0]?.text).toMatch(/^On August 24/);
  });

  it("the speaker who says what he did still did it", async () => {
    const state = await runOn({
      "t.txt": page("On August 24 I met the US naval attache in Beijing."),
    });
    const met = state.output?.events.events.find((e) => e.date.value === "2013-08-24");
    expect(met?.actors.map((a) => a.name)).toContain("Hua Chunying");
  });
});
