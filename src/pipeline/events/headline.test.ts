import { describe, expect, it } from "vitest";
import { sentenceOf } from "../testing/sentence.ts";
import { headlineOf } from "./headline.ts";

/** The headline of a sentence whose event's trigger is the word `trigger`. */
function headline(text: string, trigger: string): string {
  return headlineOf(sentenceOf(text), text, text.indexOf(trigger));
}

describe("headlineOf", () => {
  it.each([
    // The act of a subordinate clause heads the title from that clause's subject …
    [
      "The dispute drew wide notice after the company threatened to leave the market.",
      "threatened",
      "The company threatened to leave the market",
    ],
    ["Shares fell when Acme announced the recall.", "announced", "Acme announced the recall"],
    // … but not when the clause runs long before the act, or the act is the main clause's.
    [
      "Shares fell when the board of the largest firm in the region announced a recall.",
      "announced",
      "Shares fell when the board of the largest firm in the region announced a recall",
    ],
    [
      "The ministers signed the accord before the dinner began.",
      "signed",
      "The ministers signed the accord before the dinner began",
    ],
    // A clause of another time that opens the sentence is left out of the main act's title …
    [
      "In May 2011, after the port authority raised its fees, the shipping line suspended its calls.",
      "suspended",
      "The shipping line suspended its calls",
    ],
    // … but not a clause opened by "since", a cause as often as a time.
    [
      "Since the port raised its fees, the line has suspended its calls.",
      "suspended",
      "Since the port raised its fees, the line has suspended its calls",
    ],
    // A later clause of time ends the title with the word of how near it stands …
    [
      "The two presidents spoke by phone shortly after the premier won the vote.",
      "phone",
      "The two presidents spoke by phone",
    ],
    // … which stays where no such clause follows.
    ["The envoy will arrive shortly.", "arrive", "The envoy will arrive shortly"],
    // A clause of the same moment after a comma heads the title from its subject on …
    [
      "The admiral toured the port in May, when the two navies staged a landing drill.",
      "drill",
      "The two navies staged a landing drill",
    ],
    // … and the main clause's title ends where that clause begins.
    [
      "The two navies staged a landing drill in May, when the admiral toured the port.",
      "drill",
      "The two navies staged a landing drill in May",
    ],
    // A relative clause with no subject of its own takes the noun phrase it follows …
    [
      "The ministries agreed to form a panel on export rules, which will hold its first meeting soon.",
      "meeting",
      "The panel on export rules will hold its first meeting soon",
    ],
    // … one with its own subject keeps the verb's object after it.
    [
      "Both sides praised the exchanges, which Beijing suspended last year.",
      "suspended",
      "Beijing suspended exchanges last year",
    ],
    // … and one whose act's verb follows "that" has the noun phrase before it for its subject.
    [
      "The minister faulted a frigate that crossed the destroyer's bow near the reef.",
      "crossed",
      "The frigate crossed the destroyer's bow near the reef",
    ],
    // An aside of another act between subject and verb is left out …
    [
      "The panel, set up in April by the two ministries, will meet again soon.",
      "meet",
      "The panel will meet again soon",
    ],
    // … unless the event is that act.
    [
      "The panel, set up in April by the two ministries, will meet again soon.",
      "set",
      "The panel, set up in April by the two ministries, will meet again soon",
    ],
    // A transcript's label says who spoke, not what was done …
    ["ANCHOR: And there's a state dinner tonight.", "dinner", "There's a state dinner tonight"],
    ["SECRETARY HAGEL: We held talks today.", "talks", "We held talks today"],
    ["Q: Did the ministers meet on Monday?", "meet", "Did the ministers meet on Monday?"],
    // … while a sentence that only opens with a capital word keeps it.
    ["NATO ministers met in Brussels.", "met", "NATO ministers met in Brussels"],
    // A conjunction that ties the sentence to the one before does not start the title.
    ["But the talks resumed in the capital.", "talks", "The talks resumed in the capital"],
    ["Butler's team resumed work.", "resumed", "Butler's team resumed work"],
    // A list's bullet or a dash left before the clause is no part of the title …
    ["* - The firm publishes a report.", "publishes", "The firm publishes a report"],
    ["--, the two navies held a drill.", "held", "The two navies held a drill"],
    // … and who spoke, not the words quoted, heads a sentence that opens with a quotation.
    [
      '"We met as friends," the envoy said in an interview.',
      "interview",
      "The envoy said in an interview",
    ],
    ['"Talks resumed."', "Talks", "Talks resumed"],
    ["E-mail talks resumed.", "talks", "E-mail talks resumed"],
  ])("%s", (text, trigger, expected) => {
    expect(headline(text, trigger)).toBe(expected);
  });
});

describe("headlineOf: the dates taken out", () => {
  /** The headline with the date words `date` (in the sentence) taken out. */
  function withoutDate(text: string, date: string, trigger: string): string {
    const start = text.indexOf(date);
    const t = {
      start,
      end: start + date.length,
      text: date,
      value: "2013-06",
      precision: "month" as const,
      basis: "relative-to-publication",
      inQuote: false,
      future: false,
    };
    return headlineOf({ ...sentenceOf(text), times: [t] }, text, text.indexOf(trigger));
  }
  it.each([
    // The preposition and a part of the period go with the date …
    [
      "In mid-June, the two navies held talks in Hawaii.",
      "June",
      "The two navies held talks in Hawaii",
    ],
    ["Talks are set for June at the academy.", "June", "Talks are set at the academy"],
    ["The navies held talks on June in Hawaii.", "June", "The navies held talks in Hawaii"],
    // … so does the word that places it ("last June", "in late June") …
    ["The navies held talks in Hawaii last June.", "June", "The navies held talks in Hawaii"],
    ["The navies held talks in Hawaii in late June.", "June", "The navies held talks in Hawaii"],
    // … and an adverb before it, with the comma after.
    ["Earlier June, the navies held talks.", "June", "The navies held talks"],
    // … other words before it stay.
    ["The mission ended its June tour in Hawaii.", "June", "The mission ended its tour in Hawaii"],
    // A day's heading leaves no period before the clause.
    ["Tuesday. The navies held talks in Hawaii.", "Tuesday", "The navies held talks in Hawaii"],
    // A date that owns what follows gives way to "the".
    [
      "The navies held talks at Tuesday's briefing in Hawaii.",
      "Tuesday",
      "The navies held talks at the briefing in Hawaii",
    ],
  ])("%s", (text, date, expected) => {
    expect(withoutDate(text, date, "held")).toBe(expected);
  });
});
