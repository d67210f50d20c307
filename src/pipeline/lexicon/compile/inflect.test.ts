import { describe, expect, it } from "vitest";
import { nounForms, verbForms, type VerbForm } from "./inflect.ts";

describe("verbForms", () => {
  it.each<[string, VerbForm[], string[]]>([
    ["visit", [], ["visit", "visits", "visited", "visiting"]],
    ["host", [], ["host", "hosts", "hosted", "hosting"]],
    ["welcome", [], ["welcome", "welcomes", "welcomed", "welcoming"]],
    ["agree", [], ["agree", "agrees", "agreed", "agreeing"]],
    ["discuss", [], ["discuss", "discusses", "discussed", "discussing"]],
    ["launch", [], ["launch", "launches", "launched", "launching"]],
    ["deny", [], ["deny", "denies", "denied", "denying"]],
    ["travel to", [], ["travel to", "travels to", "traveled to", "traveling to"]],
    ["arrive in", [], ["arrive in", "arrives in", "arrived in", "arriving in"]],
    ["postpone", ["s", "ing"], ["postpone", "postponed"]],
    ["publish", ["base", "ing"], ["publishes", "published"]],
  ])("%s without %j", (lemma, without, forms) => {
    expect(verbForms(lemma, without)).toEqual(forms);
  });
});

describe("nounForms", () => {
  it.each([
    ["dinner", ["dinner", "dinners"]],
    ["speech", ["speech", "speeches"]],
    ["port call", ["port call", "port calls"]],
    ["joint exercise", ["joint exercise", "joint exercises"]],
    ["assembly", ["assembly", "assemblies"]],
  ])("%s", (noun, forms) => {
    expect(nounForms(noun)).toEqual(forms);
  });
});
