import { describe, expect, it } from "vitest";
import { hyphenatedGivenName, isChineseOrder, writesSurnameFirst } from "./names.ts";

describe("isChineseOrder: a Chinese surname, then a pinyin given name", () => {
  it.each([
    ["Wang Ling", true],
    ["Sun Jianguo", true],
    ["Ma Xiaotian", true],
    ["Chen Bing-de", true],
    // Negative: a Western given name, a surname not on the list, three words, a Western order.
    ["Lin Oakes", false],
    ["Ma Dennis", false],
    ["Lee Hamilton", false],
    ["Wang Li Ming", false],
    ["Robert Wang", false],
  ])("%s", (name, chinese) => {
    expect(isChineseOrder(name.split(" "))).toBe(chinese);
  });
});

describe("writesSurnameFirst: a given name romanised with a hyphen comes after the surname", () => {
  it.each<[string, string | undefined, boolean]>([
    ["Roh Tae-woo", "KOR", true],
    ["Lien Chan-yu", undefined, true],
    ["Yoon Sang-jin", "USA", true],
    // Negative: a Western double name capitalises both halves; a hyphenated surname stands last.
    ["Jean-Luc Girard", "FRA", false],
    ["Anna Smith-Jones", undefined, false],
    ["Girard Jean-Luc", undefined, false],
  ])("%s (%s)", (name, country, first) => {
    expect(writesSurnameFirst(name.split(" "), country)).toBe(first);
    expect(hyphenatedGivenName(name.split(" "))).toBe(first);
  });
});
