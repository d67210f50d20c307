import { describe, expect, it } from "vitest";
import { remembered } from "./remembered.ts";

/** A remembered function over `asked`, and the keys it actually computed. */
function counting<V>(answer: (key: string) => V, most?: number) {
  const computed: string[] = [];
  const ask = remembered((key: string) => {
    computed.push(key);
    return answer(key);
  }, most);
  return { ask, computed };
}

describe("remembered", () => {
  it.each<[string, string[], number | undefined, string[]]>([
    ["each key once", ["a", "b", "a", "b", "a"], undefined, ["a", "b"]],
    ["distinct keys each computed", ["a", "b", "c"], undefined, ["a", "b", "c"]],
    ["forgets all at once when full", ["a", "b", "c", "a", "c"], 2, ["a", "b", "c", "a"]],
    ["keeps what fits", ["a", "b", "a", "b"], 2, ["a", "b"]],
  ])("%s", (_name, asked, most, computed) => {
    const run = counting((key) => key.toUpperCase(), most);
    expect(asked.map(run.ask)).toEqual(asked.map((k) => k.toUpperCase()));
    expect(run.computed).toEqual(computed);
  });

  it("remembers answers that are undefined or false", () => {
    const none = counting(() => undefined);
    const no = counting(() => false);
    for (const run of [none, no]) {
      run.ask("a");
      run.ask("a");
      expect(run.computed).toEqual(["a"]);
    }
  });
});
