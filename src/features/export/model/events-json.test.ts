import { describe, expect, it } from "vitest";
import { parseEventsDocument, type EventsDocument } from "../../../dataset/index.ts";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { eventsJson, eventsSubsetDocument } from "./events-json.ts";
import { exportFileName } from "./file-names.ts";

const a = makeEvent({ id: "evt-a" });
const b = makeEvent({ id: "evt-b" });
const doc: EventsDocument = {
  schemaVersion: 1,
  version: "44e2b4e29a0c",
  window: { start: "2010-01-01", end: "2013-12-31" },
  topics: [{ id: "cyber", label: "Cyber security" }],
  events: [a, b],
};

describe("eventsJson", () => {
  it("keeps the document and only the given events, and passes the contract", () => {
    const parsed = parseEventsDocument(JSON.parse(eventsJson(doc, [b])));
    expect(parsed).toEqual({ ...doc, events: [b] });
    expect(Object.keys(parsed)).toEqual(["schemaVersion", "version", "window", "topics", "events"]);
  });

  it("leaves out an absent version rather than writing null", () => {
    const unversioned: EventsDocument = { ...doc };
    delete unversioned.version;
    const subset = eventsSubsetDocument(unversioned, []);
    expect("version" in subset).toBe(false);
    expect(parseEventsDocument(JSON.parse(eventsJson(unversioned, [])))).toEqual({
      ...unversioned,
      events: [],
    });
  });

  it("ends with a newline, indented by two spaces", () => {
    const text = eventsJson(doc, []);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "version": "44e2b4e29a0c",')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
  });
});

describe("exportFileName", () => {
  it.each([
    ["csv", "44e2b4e29a0c", false, "dialogue-timeline-events-44e2b4e29a0c.csv"],
    ["json", "44e2b4e29a0c", true, "dialogue-timeline-events-44e2b4e29a0c-filtered.json"],
    ["csv", undefined, true, "dialogue-timeline-events-unversioned-filtered.csv"],
  ] as const)("%s %s filtered=%s → %s", (ext, version, filtered, expected) =>
    expect(exportFileName(ext, version, filtered)).toBe(expected),
  );
});
