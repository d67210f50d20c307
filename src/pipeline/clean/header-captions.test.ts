import { describe, expect, it } from "vitest";
import { headerCaptions } from "./header-captions.ts";
import { runOn } from "../testing/corpus.ts";

describe("a dated photo caption above the story's dateline", () => {
  const page = (caption: string) => [
    "Leaders to meet in the desert",
    "By Staff Writer",
    caption,
    "",
    "PALM SPRINGS — The two presidents will meet at the estate next month, aides said on Monday.",
  ];

  it.each<[string, number[]]>([
    // A caption's sentence, with its credit and a year, goes with the story …
    ["The prime minister greets the envoy at the residence on March 3, 2012. / Pool photo", [2]],
    ["The ministers tour the shipyard in Busan on May 9, 2011. [Photo/Xinhua]", [2]],
    // … a credit alone, or a caption that names no year, does not.
    ["Pool photo", []],
    ["The prime minister greets the envoy at the residence. / Pool photo", []],
  ])("%s", (caption, found) => {
    expect(headerCaptions(page(caption), 4)).toEqual(found);
  });

  it("reports its event after the story's own", async () => {
    const state = await runOn({
      "a.txt": [
        "Leaders to meet in the desert",
        "",
        "May 21, 2013",
        "",
        "The prime minister meets the envoy at the residence on March 3, 2012. / Pool photo",
        "",
        "PALM SPRINGS — The two presidents will meet at the estate on June 7, aides said on Monday.",
      ].join("\n"),
    });
    const dates = (state.output?.events.events ?? []).map((e) => e.date.value).sort();
    expect(dates).toEqual(["2012-03-03", "2013-06-07"]);
  });
});
