import { describe, expect, it } from "vitest";
import { runOn, story } from "../testing/corpus.ts";
import { Registry } from "../actors/registry.ts";

async function eventsOf(files: Record<string, string>) {
  return (await runOn(files)).output?.events.events ?? [];
}

/** An acronym and its full name are one occasion: within an article and across outlets. */
describe("acronym linking", () => {
  it.each([
    ["S&ED", "the Strategic and Economic Dialogue", 1],
    ["SSD", "the Strategic Security Dialogue", 1],
    // Different dialogues on the same day stay apart.
    ["SSD", "the Strategic and Economic Dialogue", 2],
  ])("'the %s' in one report, '%s' in another: %i event(s)", async (acronym, full, n) => {
    const events = await eventsOf({
      "a.txt": story(
        "Dialogue",
        "WASHINGTON, July 10, 2013",
        `Secretary of State John Kerry opened ${full} today.`,
      ),
      "b.txt": story(
        "Talks open",
        "BEIJING, July 11, 2013",
        `Chinese Vice Premier Wang Yang attended the ${acronym} in Washington on Wednesday.`,
      ),
    });
    expect(events).toHaveLength(n);
  });

  it("an article's own definition names the occasion, and 'the S&ED' refers back to it", async () => {
    const events = await eventsOf({
      "a.txt": story(
        "Dialogue",
        "WASHINGTON, July 11, 2013",
        "Officials wrapped up the fifth round of the Strategic and Economic Dialogue (S&ED) today.",
        "On Monday, officials held the first meeting of a new Cyber Working Group (CWG), set up under the S&ED after Secretary of State John Kerry's visit to Beijing in April.",
        "Treasury Secretary Jacob Lew and Vice Premier Wang Yang spoke to reporters.",
        "“The S&ED is where we take on the hardest issues,” Lew said.",
      ),
    });
    const cwg = events.find((e) => e.date.value === "2013-07-08");
    const sed = events.find((e) => e.date.value === "2013-07-11");
    expect(cwg?.title).toBe("Cyber Working Group");
    // Kerry's earlier visit is background: he is not an actor of the working group's meeting.
    expect(cwg?.actors.map((a) => a.name)).not.toContain("John Kerry");
    expect(sed?.sources[0]?.evidence.map((x) => x.text)).toContainEqual(
      expect.stringContaining("The S&ED is where"),
    );
  });
});

describe("name order", () => {
  it.each([
    ["Liu Yandong", "Vice Premier", "liu"],
    ["Mark Lippert", "Chief of Staff", "lippert"],
    ["Wang Yang", "Vice Premier", "wang"],
  ])("%s, %s → %s", (name, title, key) => {
    expect(new Registry().introduce(name, title).key).toBe(key);
  });

  it("keeps a second person of the same surname apart by the whole name", () => {
    const registry = new Registry();
    const first = registry.introduce("Liu Jian", "Vice Foreign Minister");
    expect([first.key, registry.introduce("Liu Bo", "Ambassador", "CHN").key]).toEqual([
      "liu",
      "liu bo",
    ]);
    // … while the same person named again, or by the surname alone, is the first.
    expect(registry.introduce("Liu Jian", "").key).toBe("liu");
    expect(registry.introduce("Liu", "").key).toBe("liu");
  });
});
