import { describe, expect, it } from "vitest";
import type { EventDate } from "../../../dataset/index.ts";
import { eventInterval, windowInterval } from "./event-interval.ts";

const date = (d: Partial<EventDate>): EventDate => ({
  value: "2012-05-07",
  precision: "day",
  text: "",
  basis: "explicit",
  ...d,
});
const iso = ({ start, end }: { start: Date; end: Date }) => [
  start.toISOString(),
  end.toISOString(),
];

describe("eventInterval", () => {
  it("covers one day for a day-precision date", () =>
    expect(iso(eventInterval(date({})))).toEqual([
      "2012-05-07T00:00:00.000Z",
      "2012-05-08T00:00:00.000Z",
    ]));
  it("runs through the last day of a multi-day event", () =>
    expect(iso(eventInterval(date({ value: "2013-06-07", end: "2013-06-08" })))).toEqual([
      "2013-06-07T00:00:00.000Z",
      "2013-06-09T00:00:00.000Z",
    ]));
  it("covers the whole month for month precision", () =>
    expect(iso(eventInterval(date({ value: "2012-12", precision: "month" })))).toEqual([
      "2012-12-01T00:00:00.000Z",
      "2013-01-01T00:00:00.000Z",
    ]));
  it("covers the whole year for year precision", () =>
    expect(iso(eventInterval(date({ value: "2011", precision: "year" })))).toEqual([
      "2011-01-01T00:00:00.000Z",
      "2012-01-01T00:00:00.000Z",
    ]));
  it("never ends before the period its precision covers", () =>
    expect(
      iso(eventInterval(date({ value: "2012-05", precision: "month", end: "2012-05-03" })))[1],
    ).toBe("2012-06-01T00:00:00.000Z"));
});

describe("eventInterval of a shared date", () => {
  it("is worked out once per date object, and equal dates of their own get equal intervals", () => {
    const date = { value: "2012-05-07", precision: "day" as const };
    const first = eventInterval(date);
    expect(eventInterval(date)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(eventInterval({ ...date })).toEqual(first);
    expect(eventInterval({ ...date, end: "2012-05-09" }).end).toEqual(
      new Date("2012-05-10T00:00:00Z"),
    );
  });
});

describe("windowInterval", () => {
  it("includes the window's last day", () =>
    expect(iso(windowInterval({ start: "2010-01-01", end: "2013-12-31" }))).toEqual([
      "2010-01-01T00:00:00.000Z",
      "2014-01-01T00:00:00.000Z",
    ]));
});
