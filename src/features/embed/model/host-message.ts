import {
  DEFAULT_VIEW,
  parseViewState,
  serializeViewState,
  type ViewState,
} from "../../../lib/url-state.ts";
import {
  NAMESPACE,
  PROTOCOL_VERSION,
  SETTABLE_VIEW_KEYS,
  type SettableViewKey,
} from "./protocol.ts";

/** What the embed does with a host's message. */
export type HostCommand =
  { type: "set-view"; patch: Partial<ViewState> } | { type: "request-size" };

export type ParsedHostMessage =
  /** Not ours (another widget's message, a browser extension's): say nothing. */
  | { kind: "ignore" }
  /** Ours but wrong: the host's developer is told why, and nothing changes. */
  | { kind: "invalid"; reason: string }
  | { kind: "command"; command: HostCommand };

const LIST_KEYS = new Set<SettableViewKey>(["topics", "actors", "outlets"]);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads a message from the host page. Only documented messages of this protocol version are
 * acted on. A view is checked by the same rules as the URL (it is written to a query string and
 * read back), so a message can set exactly what a link can, and nothing a link cannot.
 */
export function parseHostMessage(data: unknown): ParsedHostMessage {
  if (!isRecord(data) || data.namespace !== NAMESPACE) return { kind: "ignore" };
  if (data.version !== PROTOCOL_VERSION)
    return {
      kind: "invalid",
      reason: `unsupported version ${JSON.stringify(data.version)}; this embed speaks version ${PROTOCOL_VERSION}`,
    };
  if (data.type === "request-size") return { kind: "command", command: { type: "request-size" } };
  if (data.type !== "set-view")
    return {
      kind: "invalid",
      reason: `unknown message type ${JSON.stringify(data.type)}; expected "set-view" or "request-size"`,
    };
  if (!isRecord(data.view)) return { kind: "invalid", reason: "set-view needs a view object" };
  const patch = parseViewPatch(data.view);
  return typeof patch === "string"
    ? { kind: "invalid", reason: patch }
    : { kind: "command", command: { type: "set-view", patch } };
}

/** The patch a message's view describes, or why it is not one. */
function parseViewPatch(view: Record<string, unknown>): Partial<ViewState> | string {
  const patch: Partial<ViewState> = {};
  for (const [key, value] of Object.entries(view)) {
    if (!(SETTABLE_VIEW_KEYS as readonly string[]).includes(key))
      return `view.${key} cannot be set; settable: ${SETTABLE_VIEW_KEYS.join(", ")}`;
    const settable = key as SettableViewKey;
    if (value === null) {
      Object.assign(patch, { [settable]: DEFAULT_VIEW[settable] });
      continue;
    }
    const normalised = normalise(settable, value);
    if (normalised === undefined)
      return `view.${key} must be ${LIST_KEYS.has(settable) ? "a list of strings" : settable === "minOutlets" ? "a whole number" : "a string"} or null`;
    Object.assign(patch, {
      [settable]: settable === "minOutlets" && normalised === 1 ? undefined : normalised,
    });
  }
  if ("from" in view !== "to" in view) return "view.from and view.to are set together";

  // Round-trip through the URL rules; whatever they drop or change was not valid.
  const candidate = { ...DEFAULT_VIEW, ...patch };
  const checked = parseViewState(serializeViewState(candidate));
  for (const key of Object.keys(patch) as SettableViewKey[])
    if (JSON.stringify(checked[key]) !== JSON.stringify(candidate[key]))
      return `view.${key} is not valid: ${JSON.stringify(view[key])}`;
  return patch;
}

function normalise(key: SettableViewKey, value: unknown): string | string[] | number | undefined {
  if (key === "minOutlets") {
    if (typeof value !== "number" || !Number.isInteger(value)) return undefined;
    // One outlet is every event: the default, as the URL leaves it out.
    return value;
  }
  if (LIST_KEYS.has(key)) {
    if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) return undefined;
    return [...new Set(value.map((item: string) => item.trim()).filter(Boolean))];
  }
  if (typeof value !== "string") return undefined;
  return key === "q" ? value : value.trim();
}
