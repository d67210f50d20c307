import { describe, expect, it } from "vitest";
import { MECHANISM } from "./mechanisms.ts";

describe("MECHANISM", () => {
  it.each([
    "the third Strategic Security Dialogue",
    "the fifth S&ED",
    "talks under the Military Maritime Consultative Agreement",
    "the defence consultative talks",
  ])("finds a standing mechanism in %j", (text) => {
    expect(MECHANISM.test(text)).toBe(true);
  });

  it.each(["a strategic review", "the Energy Dialogue", "S&EDs past", "MMCAT"])(
    "finds none in %j",
    (text) => {
      expect(MECHANISM.test(text)).toBe(false);
    },
  );
});
