import { describe, expect, it } from "vitest";
import { orgActors } from "./orgs.ts";

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
    // A capital after a place word is where it happened, not who acted.
    ["Defense officials gathered in Washington on Wednesday for the |dialogue.", []],
    ["The delegation flew to Beijing and |met defense officials.", []],
  ])("%s", (sentence, want) => {
    expect(actorsOf(sentence)).toEqual(want);
  });
});
