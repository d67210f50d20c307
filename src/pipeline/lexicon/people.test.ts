import { describe, expect, it } from "vitest";
import { findActorMentions } from "../actors/mentions.ts";
import { Registry } from "../actors/registry.ts";
import { parseLexicon } from "./compile/parse.ts";
import { compilePeople, peopleFileSchema } from "./people.ts";

const people = (data: unknown) =>
  compilePeople(parseLexicon(peopleFileSchema, data, "people.json"));
const named = (sentence: string) =>
  findActorMentions(sentence, 0, new Registry()).map((m) => `${m.actor.name}/${m.actor.country}`);

/** Adding a person is one entry in data/people.json and one row here. */
describe("gazetteer", () => {
  it.each([
    ["Panetta spoke first.", "Leon E. Panetta/USA"],
    ["Chinese President Xi Jingpin spoke.", "Xi Jinping/CHN"],
    ["Hu arrived on Tuesday.", "Hu Jintao/CHN"],
    ["Ash Carter toured the base.", "Ashton B. Carter/USA"],
    ["Gen. Fang Fenghui met reporters.", "Fang Fenghui/CHN"],
    ["Treasury Secretary Jack Lew said so.", "Jacob J. Lew/USA"],
  ])("%s → %s", (sentence, person) => {
    expect(named(sentence)).toContain(person);
  });

  it("compiles an entry: Chinese names put the surname first, aliases default to none", () => {
    expect(
      people([
        { name: "Wei Fenghe", country: "CHN", role: "Commander of the Second Artillery" },
        { name: "Jane Doe", country: "USA", role: "Ambassador", aliases: ["J. Doe"] },
      ]),
    ).toEqual([
      {
        name: "Wei Fenghe",
        country: "CHN",
        role: "Commander of the Second Artillery",
        surnameFirst: true,
        aliases: [],
      },
      { name: "Jane Doe", country: "USA", role: "Ambassador", aliases: ["J. Doe"] },
    ]);
  });

  it.each<[string, unknown[], RegExp]>([
    [
      "a surname alone",
      [{ name: "Xi", country: "CHN", role: "President" }],
      /people\.json: entry 0 \(Xi\), name: a full name/,
    ],
    [
      "a third country",
      [{ name: "Kim Jong-un", country: "PRK", role: "Leader" }],
      /entry 0 \(Kim Jong-un\), country: /,
    ],
    [
      "a person listed twice",
      [
        { name: "Wang Yi", country: "CHN", role: "Foreign Minister" },
        { name: "Wang Yi", country: "CHN", role: "Foreign Minister" },
      ],
      /entry 1 \(Wang Yi\), name: listed twice/,
    ],
  ])("rejects %s, naming the file and entry", (_, data, message) => {
    expect(() => people(data)).toThrow(message);
  });
});
