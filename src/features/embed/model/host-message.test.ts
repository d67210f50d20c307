import { describe, expect, it } from "vitest";
import type { ViewState } from "../../../lib/url-state.ts";
import { parseHostMessage } from "./host-message.ts";

const ours = (type: string, extra: object = {}) => ({
  namespace: "dialogue-timeline",
  version: 1,
  type,
  ...extra,
});
const setView = (view: unknown) => ours("set-view", { view });

describe("parseHostMessage: other people's messages are ignored", () => {
  it.each<[string, unknown]>([
    ["a string", "hello"],
    ["null", null],
    ["an array", [1, 2]],
    ["AMP's size message", { sentinel: "amp", type: "embed-size", height: 300 }],
    ["another namespace", { namespace: "other-widget", version: 1, type: "set-view", view: {} }],
    ["no namespace", { type: "set-view", view: { q: "x" } }],
  ])("%s", (_name, data) => expect(parseHostMessage(data)).toEqual({ kind: "ignore" }));
});

describe("parseHostMessage: commands", () => {
  it("asks for the size", () =>
    expect(parseHostMessage(ours("request-size"))).toEqual({
      kind: "command",
      command: { type: "request-size" },
    }));

  it.each<[string, object, Partial<ViewState>]>([
    ["a range", { from: "2013-01-01", to: "2013-06-30" }, { from: "2013-01-01", to: "2013-06-30" }],
    ["topics", { topics: ["cyber", "diplomacy"] }, { topics: ["cyber", "diplomacy"] }],
    ["no topics at all", { topics: [] }, { topics: [] }],
    ["all topics again", { topics: null }, { topics: undefined }],
    [
      "actors, trimmed and once",
      { actors: [" Xi Jinping", "Xi Jinping"] },
      { actors: ["Xi Jinping"] },
    ],
    ["outlets", { outlets: ["Xinhua"] }, { outlets: ["Xinhua"] }],
    ["a search", { q: "cyber talks" }, { q: "cyber talks" }],
    ["at least two outlets", { minOutlets: 2 }, { minOutlets: 2 }],
    ["any number of outlets", { minOutlets: 1 }, { minOutlets: undefined }],
    ["lanes", { lanes: "country" }, { lanes: "country" }],
    ["an event", { event: "evt-2013-06-07-ab12cd34" }, { event: "evt-2013-06-07-ab12cd34" }],
    ["no event", { event: null }, { event: undefined }],
    ["a theme", { theme: "dark" }, { theme: "dark" }],
    ["story mode", { mode: "story" }, { mode: "story" }],
    ["back to exploring", { mode: null }, { mode: undefined }],
    ["a caption", { title: "Cyber, 2013" }, { title: "Cyber, 2013" }],
    ["the whole range again", { from: null, to: null }, { from: undefined, to: undefined }],
    ["nothing", {}, {}],
  ])("sets %s", (_name, view, patch) =>
    expect(parseHostMessage(setView(view))).toEqual({
      kind: "command",
      command: { type: "set-view", patch },
    }),
  );
});

describe("parseHostMessage: our messages that are wrong are refused with a reason", () => {
  it.each<[string, unknown, RegExp]>([
    ["another version", { ...ours("request-size"), version: 2 }, /unsupported version 2/],
    ["no version", { namespace: "dialogue-timeline", type: "request-size" }, /unsupported version/],
    ["an unknown type", ours("destroy"), /unknown message type "destroy"/],
    ["a view that is not an object", setView("topics=cyber"), /needs a view object/],
    ["a key that cannot be set", setView({ data: "https://evil.example/" }), /view\.data cannot/],
    ["an unknown key", setView({ colour: "red" }), /view\.colour cannot be set/],
    ["a list given as a string", setView({ topics: "cyber" }), /view\.topics must be a list/],
    ["a number for a string", setView({ q: 42 }), /view\.q must be a string/],
    ["a string for a number", setView({ minOutlets: "2" }), /view\.minOutlets must be a whole/],
    ["a minimum of none", setView({ minOutlets: 0 }), /view\.minOutlets is not valid/],
    ["half a range", setView({ from: "2013-01-01" }), /set together/],
    ["a backwards range", setView({ from: "2013-02-01", to: "2013-01-01" }), /view\.from is not/],
    ["an impossible day", setView({ from: "2013-02-30", to: "2013-03-01" }), /view\.from/],
    ["a topic that is not an id", setView({ topics: ["Cyber security"] }), /view\.topics/],
    ["unknown lanes", setView({ lanes: "diagonal" }), /view\.lanes is not valid/],
    ["an event id of the wrong form", setView({ event: "<img>" }), /view\.event is not valid/],
    ["a theme in capitals", setView({ theme: "DARK" }), /view\.theme/],
    ["a mode that does not exist", setView({ mode: "tour" }), /view\.mode/],
  ])("%s", (_name, data, reason) => {
    const parsed = parseHostMessage(data);
    expect(parsed.kind).toBe("invalid");
    if (parsed.kind === "invalid") expect(parsed.reason).toMatch(reason);
  });
});
