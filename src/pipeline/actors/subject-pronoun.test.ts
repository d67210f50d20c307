import { describe, expect, it } from "vitest";
import { subjectPronoun } from "./subject-pronoun.ts";

describe("subjectPronoun", () => {
  it.each([
    ["He will meet the minister on Friday.", 0],
    ["On Thursday afternoon, she toured the base.", 23],
    ["On Thursday she toured the base.", 12],
    ["Later he flew to the coast.", 6],
    ["During the visit he met cadets.", 17],
  ])("%s", (text, at) => {
    expect(subjectPronoun(text)?.at).toBe(at);
  });

  it.each([
    "He said the talks went well.",
    "On Thursday the minister said he would come.",
    "The minister met cadets, and he later left.",
    "In a statement released by the ministry on Thursday, officials said he would come.",
  ])("finds no subject pronoun in %s", (text) => {
    expect(subjectPronoun(text)).toBeUndefined();
  });
});
