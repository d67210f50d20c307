import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TRIGGERS } from "../lexicon/triggers.ts";
import { compileEventTypes, eventTypesFileSchema } from "../lexicon/event-types.ts";
import { parseLexicon } from "../lexicon/compile/parse.ts";
import { triggersWorthSearching, wordTest } from "./trigger-words.ts";

const indexOf = (id: string) => TRIGGERS.findIndex((t) => t.id === id);
const worth = (id: string, sentence: string) => triggersWorthSearching(sentence)[indexOf(id)];

describe("triggersWorthSearching", () => {
  it.each<[string, string, 0 | 1]>([
    // A trigger's words, any case, whole.
    ["talk", "The two sides held talks on Monday.", 1],
    ["visit", "The two sides held talks on Monday.", 0],
    ["visit", "VISITED by the minister, the base reopened.", 1],
    ["visit", "The visitors left.", 0],
    // A phrase needs its first word; a word start any word it begins.
    ["suspend", "The army called off the drill.", 1],
    ["establish", "The minister inaugurated the hotline.", 1],
    ["establish", "The minister praised the hotline.", 0],
    // A pattern's words, as the lexicon gives them beside it.
    ["resume", "Military contacts formally resumed in 2011.", 1],
    ["resume", "The game went on after the rain.", 0],
    ["held", "The summit held in Bali drew leaders.", 1],
    ["held", "The summit in Bali drew leaders.", 0],
  ])("%s in %j: %i", (id, sentence, expected) => expect(worth(id, sentence)).toBe(expected));

  it("searches a trigger whose pattern form lists no words in every sentence", () => {
    const { triggers } = compileEventTypes(
      parseLexicon(
        eventTypesFileSchema,
        [
          {
            cameo: "043",
            label: "Host a visit",
            title: [],
            triggers: [
              { id: "host", rank: 8, kind: "act", forms: [{ words: ["hosted"] }] },
              // A pattern with its words, and one without.
              {
                id: "held",
                rank: 6,
                kind: "act",
                forms: [{ pattern: "p", needs: ["held"] }],
                patterns: { p: "talks held" },
              },
              {
                id: "round",
                rank: 6,
                kind: "act",
                forms: [{ pattern: "p" }],
                patterns: { p: "second round" },
              },
            ],
          },
        ],
        "event-types.json",
      ),
    );
    const test = wordTest(triggers);
    expect([...test("Nothing happens here.")]).toEqual([0, 0, 1]);
    expect([...test("He hosted the talks held in May.")]).toEqual([1, 1, 1]);
  });
});

/** Sentences that each pattern form of the lexicon matches, in words of our own. */
const PATTERN_EXAMPLES = [
  "The minister sat down in the capital with General Reyes.",
  "Premier Li was received on Tuesday by Vice President Biden.",
  "Her tour of the base ended early.",
  "The delegation was in Hawaii for two days.",
  "The ministers spent two hours with their counterparts.",
  "The second round of talks opened.",
  "Talks were held in Beijing.",
  "The drill took place off Hawaii.",
  "The summit held in Bali drew leaders.",
  "Military contacts formally resumed in 2011.",
  "Exchanges that Beijing abruptly cut off in 2010 are back.",
  "His arrest came in May.",
  "The army tested a new missile.",
  "The air force flew its new stealth fighter for the first time.",
  "Two bombers flew through the zone.",
  "The navy sailed two destroyers through the strait.",
  "A frigate crossed the destroyer's bow.",
  "The navies held a staff exchange.",
  "The ministry called the charges groundless.",
  "The minister is scheduled to speak at noon.",
  "He told an audience of cadets that ties matter.",
  "The report, released on Monday, named no one.",
  "The army carried out a test of a new interceptor.",
  "The navy staged a ballistic missile test.",
  "The rocket force launched two missiles.",
  "Released in March 2012, it surveys the navy.",
  "Operators read an alert sent on Monday.",
  "The round, the sixth, held in Canberra, went well.",
];

/** The seeds' sentences, roughly cut: many triggers, and many words that are none. */
const SEEDS = path.resolve(import.meta.dirname, "../../../seeds");
const seedSentences = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(path.join(SEEDS, f), "utf8").split(/(?<=[.!?])\s+|\n+/));

describe("the words a trigger needs", () => {
  it("are in every sentence its pattern matches in: the first test never drops a match", () => {
    let matches = 0;
    for (const sentence of [...PATTERN_EXAMPLES, ...seedSentences]) {
      const worthIt = triggersWorthSearching(sentence);
      TRIGGERS.forEach((t, i) => {
        if (!new RegExp(t.re.source, t.re.flags).test(sentence)) return;
        matches++;
        expect({ trigger: t.id, sentence, worth: worthIt[i] }).toEqual({
          trigger: t.id,
          sentence,
          worth: 1,
        });
      });
    }
    expect(matches).toBeGreaterThan(150);
  });

  it("has examples that each match a trigger, so the test above reads every pattern form", () => {
    for (const sentence of PATTERN_EXAMPLES)
      expect(TRIGGERS.some((t) => new RegExp(t.re.source, t.re.flags).test(sentence))).toBe(true);
  });
});
