import { describe, expect, it } from "vitest";
import { isChineseOrder } from "./names.ts";

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
