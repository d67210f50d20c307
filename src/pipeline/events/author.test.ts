import { describe, expect, it } from "vitest";
import { antecedentAuthor, reportAuthor } from "./author.ts";

/** How a sentence may spell a known body other than by its name. */
const SPELLED: Record<string, string> = {
  "U.S. Department of Defense": "Pentagon",
  "House Intelligence Committee": "Committee on Intelligence",
};

describe("reportAuthor", () => {
  it.each<[string, string | undefined, string | undefined]>([
    [
      "A report by Mandiant, a computer security firm, said a unit of the People's Liberation Army had hacked 141 companies.",
      "Mandiant",
      "USA",
    ],
    // A firm the lexicon does not know keeps no country unless the sentence gives one.
    [
      "A report by Acme Analytics said a unit of the army had hacked firms.",
      "Acme Analytics",
      undefined,
    ],
    [
      "China rejected a report by U.S. security firm Mandiant that tied the PLA to hacking.",
      "Mandiant",
      "USA",
    ],
    ["Mandiant's report linked a Chinese army unit to cyber attacks.", "Mandiant", "USA"],
    // A known body's name holds "on", and its side may be named before it.
    [
      "A study from the U.S. House Permanent Select Committee on Intelligence (HPSCI) named two firms.",
      "House Intelligence Committee",
      "USA",
    ],
    // Negative: "on" before a date ends the author's name.
    [
      "The report released by Acme Analytics on Monday named the unit.",
      "Acme Analytics",
      undefined,
    ],
    // … and so may a relative date.
    [
      "The pressure follows a report last month by Acme Analytics that tied a unit of the army to attacks.",
      "Acme Analytics",
      undefined,
    ],
    // The release and its date may stand between the report and its author …
    [
      "The report, released on Tuesday by Acme Analytics, named the unit.",
      "Acme Analytics",
      undefined,
    ],
    // An appositive may stand between the author and "released a report".
    [
      "The report comes weeks after Acme Analytics, a Virginia-based security firm, released a report in February.",
      "Acme Analytics",
      undefined,
    ],
    // Where the body is based, before its name, is no part of the name.
    [
      "On Tuesday, New York-based Acme Analytics released a report that named the unit.",
      "Acme Analytics",
      undefined,
    ],
    [
      "On Tuesday, Hewlett-Packard released a report that named the unit.",
      "Hewlett-Packard",
      undefined,
    ],
    // … and a side named by its country is no author ("U.S." keeps its full stop).
    [
      "Beijing rejected a report by a U.S. security firm that named the unit.",
      undefined,
      undefined,
    ],
    [
      "The Pentagon's annual report to Congress said China was building up its navy.",
      "U.S. Department of Defense",
      "USA",
    ],
    [
      "In its annual report to Congress, released on Monday, the Pentagon accused China of cyber espionage.",
      "U.S. Department of Defense",
      "USA",
    ],
    [
      "The U.S.-China Economic and Security Review Commission on Wednesday issued its annual report.",
      "U.S.-China Economic and Security Review Commission",
      "USA",
    ],
    [
      "China's military is stealing U.S. data, the Pentagon said Monday in its annual report to Congress.",
      "U.S. Department of Defense",
      "USA",
    ],
    // The accused and the addressee are not the author; a country alone names no body.
    [
      "A report to Congress said the People's Liberation Army hacked networks.",
      undefined,
      undefined,
    ],
    ["China's report on its defense was released.", undefined, undefined],
    ["A report by China on its defense was released.", undefined, undefined],
  ])("%s", (sentence, name, country) => {
    const a = reportAuthor(sentence);
    expect(a?.actor.name).toBe(name);
    expect(a?.actor.country).toBe(country);
    if (a) expect(sentence.slice(a.start, a.end)).toContain(SPELLED[name ?? ""] ?? name);
  });

  it("'the report' takes the author of the sentence that introduced it", () => {
    const sentences = [
      { text: "China rejected a report by U.S. security firm Mandiant on Wednesday." },
      { text: "The report, released on Tuesday, said a PLA unit stole data." },
    ];
    expect(antecedentAuthor(sentences, 1)?.actor.name).toBe("Mandiant");
    expect(antecedentAuthor(sentences, 0)).toBeUndefined();
  });
});
