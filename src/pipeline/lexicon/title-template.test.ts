import { describe, expect, it } from "vitest";
import { parseTitleTemplate, renderTitle, type TitleSlot } from "./title-template.ts";

const slots: Partial<Record<TitleSlot, string>> = {
  people: "Kerry and Wang",
  destination: "Beijing",
  at: "in Beijing",
};
const render = (template: string, plural = false) =>
  renderTitle(parseTitleTemplate(template), (s) => slots[s], plural);

describe("title templates", () => {
  it.each<[string, boolean, string | undefined]>([
    ["{people} {visit|visits} {destination}", true, "Kerry and Wang visit Beijing"],
    ["{people} {visit|visits} {destination}", false, "Kerry and Wang visits Beijing"],
    ["{people} {hold|holds} talks[ {at}]", true, "Kerry and Wang hold talks in Beijing"],
    ["{people} {speak|speaks}[ on {topic}][ {at}]", true, "Kerry and Wang speak in Beijing"],
    // A template needs all its slots outside brackets.
    ["{host} hosts {guests}", false, undefined],
  ])("%s (plural %s) → %j", (template, plural, title) => {
    expect(render(template, plural)).toBe(title);
  });

  it.each([
    ["{people} visit {capital}", /unknown slot \{capital\}/],
    ["{people} talks[ {at}", /\[ without \]/],
    ["{people}] talks", /\] without \[/],
    ["[{people} [{at}]]", /\[ inside \[/],
  ])("rejects %j", (template, message) => {
    expect(() => parseTitleTemplate(template)).toThrow(message);
  });
});
