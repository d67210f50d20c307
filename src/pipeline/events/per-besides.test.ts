import { describe, expect, it } from "vitest";
import { storyEvents } from "../testing/corpus.ts";

const eventsOf = async (sentence: string) =>
  (await storyEvents("Trip", "BEIJING, May 19, 2011", sentence))
    .map((e) => `${e.date.value} ${e.type.cameo} ${e.actors.map((a) => a.name).join(", ")}`)
    .sort();

describe("an occasion set aside with 'besides' and the main clause's occasion", () => {
  it("are two happenings of the date, the main clause's subject in both", async () => {
    expect(
      await eventsOf(
        "On Wednesday, besides meeting Premier Wen Jiabao, Adm. Jane Roe gave a lecture at the Naval Academy in Dalian.",
      ),
    ).toEqual(["2011-05-18 010 Jane Roe", "2011-05-18 040 Wen Jiabao, Jane Roe"]);
  });

  it("stay one when the two are of one kind", async () => {
    expect(
      await eventsOf(
        "On Wednesday, besides meeting Premier Wen Jiabao, Adm. Jane Roe met President Hu Jintao.",
      ),
    ).toHaveLength(1);
  });
});
