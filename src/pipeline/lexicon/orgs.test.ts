import { describe, expect, it } from "vitest";
import { parseLexicon } from "./compile/parse.ts";
import { compileOrgs, orgActors, orgsFileSchema, togetherBodies } from "./orgs.ts";

/** `|` marks where the sentence's trigger stands: bodies before it are the subject side. */
const actorsOf = (marked: string) =>
  orgActors(marked.replace("|", ""), marked.indexOf("|")).map((a) => a.name);

describe("orgActors", () => {
  it.each<[string, string[]]>([
    ["China |suspended military exchanges with the United States.", ["China"]],
    ["Washington and Beijing |agreed to resume talks.", ["United States", "China"]],
    ["Beijing |canceled the trip after the arms sales.", ["China"]],
    ["The Pentagon |released its annual report on China.", ["U.S. Department of Defense"]],
    ["Senior U.S. and Chinese naval officers |held two days of talks.", ["United States", "China"]],
    ["Chinese and American officials |met in Hawaii.", ["China", "United States"]],
    // A service is named as itself, not also as the army or country its name holds …
    ["Three PLA Navy ships |arrived at Pearl Harbor.", ["PLA Navy"]],
    ["The U.S. Navy and the Chinese navy |held a drill.", ["U.S. Navy", "PLA Navy"]],
    ["China's navy |sent a hospital ship.", ["PLA Navy"]],
    // Negative: China's naval base is the country's, no service acting.
    ["China's naval base |was expanded.", ["China"]],
    // … while the army alone is the army.
    ["PLA officers |met their counterparts.", ["People's Liberation Army"]],
    // Bodies by the names most reports give them.
    ["China's Foreign Ministry |rejected the charge.", ["Chinese Foreign Ministry"]],
    ["The U.S. Pacific Fleet |disclosed the incident.", ["U.S. Pacific Fleet"]],
    ["U.S. Army Pacific |hosted the exchange.", ["U.S. Army Pacific"]],
    // Negative: the Army alone, in the Pacific, is no command of that name.
    ["The Army in the Pacific |hosted the exchange.", []],
    [
      "The House Permanent Select Committee on Intelligence |released a report.",
      ["House Intelligence Committee"],
    ],
    [
      "A spokesman for the State Council Information Office |said the rules were lawful.",
      ["State Council Information Office"],
    ],
    ["China's Ministry of Commerce |rejected the report.", ["Chinese Ministry of Commerce"]],
    // Written in lower case after China's name, a ministry is still that ministry …
    ["China's foreign ministry |called the claim unacceptable.", ["Chinese Foreign Ministry"]],
    ["The Chinese defense ministry |denied it.", ["Chinese Ministry of National Defense"]],
    ["China's commerce ministry |objected.", ["Chinese Ministry of Commerce"]],
    ["China’s defence ministry |rejected the story.", ["Chinese Ministry of National Defense"]],
    // … and another country's ministry is not China's.
    ["Japan's defense ministry |scrambled jets.", []],
    ["Japan's Defense Ministry |scrambled jets.", []],
    ["The Vietnamese Foreign Ministry |protested.", []],
    ["The Defense Ministry |rejected the story.", ["Chinese Ministry of National Defense"]],
    ["Monday's Foreign Ministry statement |rejected the charge.", ["Chinese Foreign Ministry"]],
    ["The Justice Department |charged five officers.", ["U.S. Justice Department"]],
    // The authors of reports to Congress.
    [
      "The Office of the National Counterintelligence Executive |released a report.",
      ["Office of the National Counterintelligence Executive"],
    ],
    [
      "The U.S.-China Economic and Security Review Commission |released its annual report.",
      ["U.S.-China Economic and Security Review Commission"],
    ],
    // A fleet of another navy is not the U.S. Pacific Fleet.
    ["The North Sea Fleet |sent three ships.", []],
    // A capital after a place word is where it happened, not who acted.
    ["Defense officials gathered in Washington on Wednesday for the |dialogue.", []],
    ["The delegation flew to Beijing and |met defense officials.", []],
  ])("%s", (sentence, want) => {
    expect(actorsOf(sentence)).toEqual(want);
  });
});

/** Both sides' services named as one subject are those services (`together` in orgs.json). */
describe("togetherBodies", () => {
  it.each<[string, string[]]>([
    ["The two navies held a search and rescue drill.", ["U.S. Navy", "PLA Navy"]],
    ["Both navies sent ships.", ["U.S. Navy", "PLA Navy"]],
    ["The Chinese and US navies held a joint exercise.", ["U.S. Navy", "PLA Navy"]],
    ["U.S. and Chinese warships conducted a counter-piracy drill.", ["U.S. Navy", "PLA Navy"]],
    ["Chinese and U.S. Navy ships trained off Oahu.", ["U.S. Navy", "PLA Navy"]],
    // One side's ships, and both sides' officers, are not both navies.
    ["Three Chinese warships arrived at Pearl Harbor.", []],
    ["Senior U.S. and Chinese naval officers held talks.", []],
    ["The two armies held talks.", []],
  ])("%s", (sentence, want) => {
    expect(togetherBodies(sentence).map((a) => a.name)).toEqual(want);
  });
});

/** Adding a body is one entry in data/orgs.json and one row in the table above. */
describe("orgs data", () => {
  const orgs = (data: unknown) => compileOrgs(parseLexicon(orgsFileSchema, data, "orgs.json"));

  it("compiles a body and a government", () => {
    const [body, state] = orgs([
      { name: "U.S. Cyber Command", country: "USA", terms: ["Cyber Command", "CYBERCOM"] },
      { government: "CHN", patterns: ["\\bChina\\b"] },
    ]);
    expect(body?.re.test("a CYBERCOM report")).toBe(true);
    expect(body?.actor).toEqual({ name: "U.S. Cyber Command", country: "USA" });
    expect(state).toMatchObject({ actor: { name: "China", country: "CHN" }, state: true });
  });

  it.each<[string, unknown[], RegExp]>([
    ["neither government nor body", [{ terms: ["X"] }], /orgs\.json: entry 0: either a government/],
    [
      "no words",
      [{ name: "X", country: "USA" }],
      /orgs\.json: entry 0 \(X\): no terms or patterns/,
    ],
    [
      "a broken pattern",
      [{ name: "X", country: "USA", patterns: ["(?<=X"] }],
      /entry 0 \(X\), patterns\[0\]: /,
    ],
    [
      "a government not in countries.json",
      [{ government: "RUS", patterns: ["\\bRussia\\b"] }],
      /entry 0 \(RUS\), government: not in countries\.json/,
    ],
  ])("rejects %s, naming the file and entry", (_, data, message) => {
    expect(() => orgs(data)).toThrow(message);
  });
});
