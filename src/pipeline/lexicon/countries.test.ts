import { describe, expect, it } from "vitest";
import { parseLexicon } from "./compile/parse.ts";
import {
  compileCountries,
  COUNTRIES,
  COUNTRY_NAME,
  countriesFileSchema,
  countryOfWord,
  SIDE_WORDS,
} from "./countries.ts";
import { PLACES } from "./places.ts";

describe("countries", () => {
  it.each<[string, boolean]>([
    ["u.s.", true],
    ["us", true],
    ["united states", true],
    ["people's republic of china", true],
    ["prc", true],
    ["china", true],
    ["washington", false],
    ["the u.s.", false],
  ])("%j names a whole country: %s", (name, whole) => {
    expect(COUNTRY_NAME.test(name)).toBe(whole);
  });

  it.each<[string, string | undefined]>([
    ["Chinese", "CHN"],
    ["chinese ", "CHN"],
    ["U.S.", "USA"],
    ["US", "USA"],
    ["American", "USA"],
    ["Beijing", undefined],
  ])("%j is a nationality of %s", (word, iso) => {
    expect(countryOfWord(word)).toBe(iso);
  });

  it.each<[string, string[]]>([
    ["Chinese officials met U.S. counterparts.", ["USA", "CHN"]],
    ["Beijing and Washington agreed.", ["USA", "CHN"]],
    ["the U.S.-China talks", ["USA", "CHN"]],
    ["Chinese officials met.", ["CHN"]],
  ])("%s names the sides %j", (text, sides) => {
    expect(SIDE_WORDS.filter((s) => s.re.test(text)).map((s) => s.iso)).toEqual(sides);
  });

  it("puts each capital in its own country in places.json", () => {
    for (const c of COUNTRIES)
      for (const capital of c.capitals) expect(PLACES[capital]).toBe(c.iso);
  });

  it.each<[string, unknown[], RegExp]>([
    [
      "a name for an ISO code",
      [
        {
          iso: "China",
          government: "China",
          names: ["China"],
          adjectives: ["Chinese"],
          capitals: ["Beijing"],
        },
      ],
      /countries\.json: entry 0 \(China\), iso: an ISO 3166-1 alpha-3 code/,
    ],
    [
      "a country listed twice",
      [...COUNTRIES, COUNTRIES[0]],
      /countries\.json: entry 2 \(USA\), iso: listed twice/,
    ],
  ])("rejects %s, naming the file and entry", (_, data, message) => {
    expect(() =>
      compileCountries(parseLexicon(countriesFileSchema, data, "countries.json")),
    ).toThrow(message);
  });
});
