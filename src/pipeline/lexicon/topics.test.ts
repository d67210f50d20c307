import { describe, expect, it } from "vitest";
import type { TopicId } from "../../dataset/index.ts";
import { parseLexicon } from "./compile/parse.ts";
import raw from "./data/topics.json" with { type: "json" };
import { compileTopics, TOPIC_LEXICON, topicsFileSchema, type TopicsFile } from "./topics.ts";

const topicsOf = (sentence: string) =>
  (Object.keys(TOPIC_LEXICON) as TopicId[]).filter((id) => TOPIC_LEXICON[id].test(sentence));

/** General words of each topic (DESIGN.md's topic table), in sentences of the kind the corpus holds. */
describe("topic lexicon", () => {
  it.each<[string, TopicId]>([
    ["Both sides pledged to defend the global trading system.", "economy-trade"],
    ["They discussed China's entry terms at the World Trade Organization.", "economy-trade"],
    ["Lew pressed Wang on the exchange rate of the yuan.", "economy-trade"],
    ["U.S. officials raised new malware found on government networks.", "cyber"],
    ["The navy-to-navy talks covered rules for unplanned encounters.", "military-to-military"],
    ["A military delegation led by Gen. Fang toured Fort Hood.", "military-to-military"],
    ["The Pentagon report said China's military budget rose 10 percent.", "defense-policy"],
    ["Analysts tied the visit to the U.S. rebalance to Asia.", "defense-policy"],
    ["Lawmakers asked about the collection of phone records.", "surveillance-privacy"],
    [
      "China declared an air defense identification zone over the islands.",
      "maritime-regional-security",
    ],
    ["They reaffirmed the goal of denuclearization of the peninsula.", "nuclear-missile"],
    ["The two navies practiced disaster response off Hawaii.", "humanitarian-peacekeeping"],
    ["Both countries agreed to phase down HFCs under the Montreal Protocol.", "climate-energy"],
    ["The leaders welcomed more academic exchanges.", "people-to-people"],
    ["He spoke of missile defences in Asia.", "nuclear-missile"],
    ["The two ministers held a bilateral meeting in Hanoi.", "diplomacy"],
    ["She called for a global Internet free of censorship.", "cyber"],
    ["The envoy addressed a lunch of business leaders.", "economy-trade"],
    ["Officials attended an internet industry forum.", "economy-trade"],
    // Markets, protectionism and companies merged or taken over are matters of trade and investment.
    ["The ministry called the decision protectionism.", "economy-trade"],
    ["Regulators should block the firm's mergers.", "economy-trade"],
    ["The bid was the largest takeover of a U.S. chipmaker.", "economy-trade"],
    ["Chinese firms operate in foreign markets on the same terms.", "economy-trade"],
    ["He flew to Iowa to see old friends from a 1985 trip.", "people-to-people"],
    ["The report covered tensions across the Taiwan Strait.", "maritime-regional-security"],
    ["Cross-Strait relations have improved.", "maritime-regional-security"],
    // A strategic missile force is a nuclear force.
    ["He toured a strategic-missile base near the capital.", "nuclear-missile"],
    ["The admiral visited the Second Artillery Force.", "nuclear-missile"],
    ["The Secretary of State arrived in Beijing.", "diplomacy"],
    // Break-ins named by how they were done, and what they took.
    ["Hundreds of users received phishing e-mails.", "cyber"],
    ["The intruders stole passwords and trade secrets.", "cyber"],
    // Navies and their ships meeting, calling or drilling are military relations.
    ["Three Chinese warships called at Pearl Harbor.", "military-to-military"],
    ["The guided-missile destroyer made a port call in Qingdao.", "military-to-military"],
    ["Officers of both navies toured the base.", "military-to-military"],
    // The foreign ministries and their people speak for diplomacy.
    ["A Foreign Ministry spokeswoman rejected the charge.", "diplomacy"],
    ["The State Department said it was concerned.", "diplomacy"],
    ["Diplomats of the two sides met in Geneva.", "diplomacy"],
  ])("%s → %s", (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });

  it.each<[string, TopicId]>([
    ["The two governments kept trading accusations over hacking.", "economy-trade"],
    ["Prices may fall in the coming months as officials meet.", "climate-energy"],
    ["The defense minister met reporters after the talks.", "economy-trade"],
    // Arms sales to Taiwan are a matter between the two governments, not a maritime one.
    ["Beijing protested the arms sales to Taiwan.", "maritime-regional-security"],
    ["A unit of the army hacked 141 companies.", "economy-trade"],
    ["The friends of the court filed a brief.", "people-to-people"],
    ["U.S.-China trade rose again.", "diplomacy"],
    // The relationship at large is the backdrop of most articles, not a sign of diplomacy.
    ["The visit shows the U.S.-China relationship is improving.", "diplomacy"],
    // An under or assistant secretary of state is an official of the department, not its head.
    ["Under Secretary of State for Economic Affairs Jane Roe spoke.", "diplomacy"],
    ["An assistant secretary of state attended.", "diplomacy"],
    ["They discussed missile-launch procedures.", "nuclear-missile"],
    ["The defense ministry spokesman described the drill.", "diplomacy"],
    [
      "The cruise ship called at the port after the storm destroyed the pier.",
      "military-to-military",
    ],
    ["He wrote a diplomatic history of the war.", "diplomacy"],
    ["The secretary kept his trade promises.", "cyber"],
    ["The marketing of the drill to reporters began early.", "economy-trade"],
    // A military's acquisition is its buying of arms.
    ["The navy's acquisition of a new frigate was announced.", "economy-trade"],
  ])("no passing match: %s (not %s)", (sentence, topic) => {
    expect(topicsOf(sentence)).not.toContain(topic);
  });
});

/** Adding a term is one entry in data/topics.json and one row here. */
describe("topics data", () => {
  const data = () => structuredClone(raw) as TopicsFile;
  const compiled = (d: unknown) => compileTopics(parseLexicon(topicsFileSchema, d, "topics.json"));
  /** How many terms a topic has: the index a term pushed onto it gets. */
  const termsOf = (i: number) => data().topics[i]?.terms.length ?? 0;

  it("compiles a term added to a topic", () => {
    const d = data();
    d.topics.find((t) => t.id === "climate-energy")?.terms.push("solar panels?");
    expect(compiled(d).lexicon["climate-energy"].test("They toured a solar panel plant.")).toBe(
      true,
    );
    expect(TOPIC_LEXICON["climate-energy"].test("They toured a solar panel plant.")).toBe(false);
  });

  it.each<[string, (d: TopicsFile) => void, RegExp]>([
    [
      "unknown topic id",
      (d) => ((d.topics[2] as { id: string }).id = "weather"),
      /topics\.json: topics entry 2 \(weather\), id: /,
    ],
    [
      "term not a string",
      (d) => (d.topics[0]?.terms as unknown[]).push(7),
      new RegExp(String.raw`topics entry 0 \(cyber\), terms\[${termsOf(0)}\]`),
    ],
    [
      "broken regex",
      (d) => d.topics[1]?.terms.push("defen[cs"),
      new RegExp(String.raw`topics entry 1 \(military-to-military\), terms\[${termsOf(1)}\]`),
    ],
    [
      "forum name that is no term",
      (d) => d.topics[2]?.forumOnly?.push("G20"),
      /topics entry 2 \(diplomacy\), forumOnly: "G20" is not a term/,
    ],
    [
      "topic listed twice",
      (d) => d.topics.push({ id: "cyber", terms: ["x"] }),
      /entry 11 \(cyber\), id: listed twice/,
    ],
  ])("rejects %s, naming the file and entry", (_, change, message) => {
    const d = data();
    change(d);
    expect(() => compiled(d)).toThrow(message);
  });
});
