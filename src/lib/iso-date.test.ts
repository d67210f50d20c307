import { describe, expect, it } from "vitest";
import { parseIsoPrefix } from "./iso-date.ts";

describe("parseIsoPrefix", () => {
  it.each([
    ["2011", "2011-01-01T00:00:00.000Z"],
    ["2012-05", "2012-05-01T00:00:00.000Z"],
    ["2012-05-07", "2012-05-07T00:00:00.000Z"],
  ])("%s begins at %s", (value, iso) => expect(parseIsoPrefix(value).toISOString()).toBe(iso));

  it.each(["", "12", "2012-5", "2012-05-07T00:00", "May 2012"])("rejects %j", (value) =>
    expect(() => parseIsoPrefix(value)).toThrow(RangeError),
  );
});
