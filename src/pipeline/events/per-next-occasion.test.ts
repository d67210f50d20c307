import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

const eventsOf = async (sentence: string) =>
  (await storyEvents("Trip", "WASHINGTON, May 16, 2011", sentence))
    .map((e) => `${e.date.value} ${e.type.cameo} ${e.actors.map((a) => a.name).join(", ")}`)
    .sort();

describe("one subject's occasions of two kinds, one after the other with 'then'", () => {
  it("are two parts of the programme, the subject doing both", async () => {
    expect(
      await eventsOf(
        "On Friday Premier Wen Jiabao will tour a shipyard in Dalian and then attend a business forum in Shenyang.",
      ),
    ).toEqual(["2011-05-20 040 Wen Jiabao", "2011-05-20 042 Wen Jiabao"]);
  });

  it.each([
    // Occasions of one kind are left to the rules of visits and meetings …
    "On Friday Premier Wen Jiabao will tour a shipyard in Dalian and then visit a port in Yantai.",
    // … and a step that is no occasion ("leave the city") is none.
    "On Friday Premier Wen Jiabao will tour a shipyard in Dalian and then leave the city.",
  ])("stay one otherwise: %s", async (sentence) => {
    expect(await eventsOf(sentence)).toHaveLength(1);
  });
});
