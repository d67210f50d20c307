import { describe, expect, it } from "vitest";
import { parseLexicon } from "./compile/parse.ts";
import raw from "./data/outlets.json" with { type: "json" };
import { compileOutlets, outletInPage, outletNamedOn, outletsFileSchema } from "./outlets.ts";
import { isProse } from "../clean/lines.ts";

describe("outletNamedOn: a known outlet on a line of its own", () => {
  it.each<[string[], string]>([
    [["WASHINGTON (AP) — Officials met."], "Associated Press"],
    [["By Jim Garamone", "American Forces Press Service"], "American Forces Press Service"],
    [["People’s Daily Online"], "People's Daily"],
    // Tags are capitals: "the bbc of it" is no credit line.
    [["the bbc of it"], ""],
  ])("%j → %j", (lines, outlet) => {
    expect(outletNamedOn(lines)).toBe(outlet);
  });
});

describe("outletInPage: a known outlet elsewhere on the page", () => {
  it.each<[string[], string]>([
    // A site's domain marks it even in a line of prose.
    [["Source: www.chinadaily.com.cn"], "China Daily"],
    [
      ["Officials said the text was posted on chinadaily.com.cn late on Monday evening."],
      "China Daily",
    ],
    // A name in a line that is not prose: a credit, a footer.
    [["Photo: Xinhua"], "Xinhua"],
    // Negative: a name in the story's sentences is another outlet's.
    [
      [
        "The ministry's spokesman told Xinhua on Monday that the talks had gone well, officials said.",
      ],
      "",
    ],
  ])("%j → %j", (lines, outlet) => {
    expect(outletInPage(lines, isProse)).toBe(outlet);
  });
});

/** Adding an outlet is one entry in data/outlets.json and one row here. */
describe("outlets data", () => {
  const compiled = (d: unknown) =>
    compileOutlets(parseLexicon(outletsFileSchema, d, "outlets.json"));

  it("compiles an added outlet by its name and its site", () => {
    const outlets = compiled([
      ...raw,
      { name: "The Diplomat", names: ["The Diplomat"], marks: ["thediplomat.com"] },
    ]);
    const found = (text: string) => outlets.find((o) => o.match.test(text))?.name;
    expect(found("Posted on thediplomat.com/2013/06")).toBe("The Diplomat");
    expect(found("THE DIPLOMAT — Tokyo")).toBe("The Diplomat");
    expect(found("a diplomat said")).toBeUndefined();
  });

  it.each<[string, unknown[], RegExp]>([
    ["a name without names", [{ name: "X" }], /outlets\.json: entry 0 \(X\), names: /],
    [
      "a name ending in punctuation",
      [...raw, { name: "Y", names: ["(Y)"] }],
      /outlets\.json: entry 26 \(Y\), names\[0\]: a name starts and ends/,
    ],
    [
      "an outlet listed twice",
      [...raw, raw[2]],
      /outlets\.json: entry 26 \(Xinhua\), name: listed twice/,
    ],
  ])("rejects %s, naming the file and entry", (_, data, message) => {
    expect(() => compiled(data)).toThrow(message);
  });
});
