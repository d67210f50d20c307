import { describe, expect, it } from "vitest";
import { runOn, story } from "../testing/corpus.ts";

async function actorsOn(date: string, sentence: string): Promise<string[] | undefined> {
  const state = await runOn({
    "a.txt": story("Drill", "MANILA, March 12, 2012", sentence),
  });
  const e = state.output?.events.events.find((x) => x.date.value === date);
  return e?.actors.map((a) => a.name);
}

/** Named warships that drill or sail are the event's actors, not the side their adjective names. */
describe("warships as actors", () => {
  it.each<[string, string, string[]]>([
    [
      "2012-03-10",
      "The U.S. destroyer USS Halsey and the Chinese frigate Wuhu held a joint drill on Saturday.",
      ["USS Halsey", "Wuhu"],
    ],
    [
      "2012-03-09",
      "The Chinese destroyer Dalian held a search and rescue exercise with the cruiser USS Higgins on Friday.",
      ["Dalian", "USS Higgins"],
    ],
  ])("on %s: %j", async (date, sentence, expected) => {
    expect(await actorsOn(date, sentence)).toEqual(expected);
  });

  it("keeps the person who toured a ship as the actor, not the ship", async () => {
    expect(
      await actorsOn(
        "2012-03-10",
        "Defense Secretary Leon Panetta toured the Chinese frigate Wuhu on Saturday.",
      ),
    ).toEqual(["Leon E. Panetta"]);
  });
});
