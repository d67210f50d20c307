/**
 * The messages an embedded timeline and its host page exchange by postMessage. Every message but
 * the size report carries the namespace and the protocol version, so a host that also talks to
 * other widgets can tell ours apart, and a future version 2 cannot be misread as version 1.
 * public/embed.js speaks the host's side; README.md ("Embedding") documents both.
 */

export const NAMESPACE = "dialogue-timeline";
export const PROTOCOL_VERSION = 1;

/** The parts of the view a host may set: the explorer's URL parameters, by the same names. */
export const SETTABLE_VIEW_KEYS = [
  "from",
  "to",
  "topics",
  "actors",
  "outlets",
  "q",
  "minOutlets",
  "lanes",
  "event",
  "theme",
  "title",
  "mode",
] as const;
export type SettableViewKey = (typeof SETTABLE_VIEW_KEYS)[number];

/** The view as messages carry it: URL parameter names, lists as arrays, absent means default. */
export interface ViewMessage {
  from?: string;
  to?: string;
  topics?: string[];
  actors?: string[];
  outlets?: string[];
  q?: string;
  /** At least this many outlets report each event shown (2 or more). */
  minOutlets?: number;
  lanes?: string;
  event?: string;
  theme?: string;
  title?: string;
  /** "story" steps through the events; null goes back to exploring. */
  mode?: string;
}

/** A selected event as the host hears of it. */
export interface SelectedEventMessage {
  id: string;
  title: string;
  /** The date at its precision ("2013-06-07", "2013-06", "2013"). */
  date: string;
  /** The full explorer, opened on this event. */
  url: string;
}

interface Envelope<T extends string> {
  namespace: typeof NAMESPACE;
  version: typeof PROTOCOL_VERSION;
  type: T;
}

/** Embed → host. */
export type EmbedMessage =
  | (Envelope<"ready"> & { view: ViewMessage; shown: number; total: number; dataset: string })
  | (Envelope<"select"> & { event: SelectedEventMessage | null })
  | (Envelope<"error"> & { message: string });

/**
 * Embed → host, for auto-height: AMP's `embed-size` message, which AMP pages, iframe-resizer
 * style scripts and our embed.js understand without knowing anything else of this protocol.
 */
export interface SizeMessage {
  sentinel: "amp";
  type: "embed-size";
  height: number;
}

/** Host → embed. `view` keys set to null go back to their default. */
export type HostMessage =
  | (Envelope<"set-view"> & { view: Partial<Record<SettableViewKey, unknown>> })
  | Envelope<"request-size">;

const envelope = <T extends string>(type: T): Envelope<T> => ({
  namespace: NAMESPACE,
  version: PROTOCOL_VERSION,
  type,
});

/** Sent once the dataset has loaded: what the embed shows, so the host can label or sync it. */
export const readyMessage = (view: ViewMessage, shown: number, total: number, dataset: string) =>
  ({ ...envelope("ready"), view, shown, total, dataset }) satisfies EmbedMessage;

/** Sent whenever the selected event changes, whoever changed it; null when nothing is selected. */
export const selectMessage = (event: SelectedEventMessage | null) =>
  ({ ...envelope("select"), event }) satisfies EmbedMessage;

/** The answer to a message of ours that could not be acted on, or a dataset that did not load. */
export const errorMessage = (message: string) =>
  ({ ...envelope("error"), message }) satisfies EmbedMessage;

export function sizeMessage(height: number): SizeMessage {
  return { sentinel: "amp", type: "embed-size", height: Math.ceil(height) };
}
