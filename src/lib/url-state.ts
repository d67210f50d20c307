/**
 * The view as a URL query: parse and serialize, nothing else (no DOM, no history). Parsing is
 * total: a malformed or unknown value is dropped and the default used, so any URL opens a page.
 * Values are checked for form only here; whether a topic, actor or event exists is the
 * explorer's business, because only it knows the dataset.
 */

export const LANE_MODES = ["topic", "country", "none"] as const;
export type LaneModeParam = (typeof LANE_MODES)[number];

export const THEMES = ["light", "dark"] as const;

/** `corrections=off` shows the extraction without the researcher's corrections. */
export const CORRECTIONS_MODES = ["off"] as const;
/** `story`: step through the filtered events one at a time, in date order. */
export const MODES = ["story"] as const;
export type Mode = (typeof MODES)[number];
export type Theme = (typeof THEMES)[number];

export interface ViewState {
  /** Inclusive ISO days of the visible range; both or neither. */
  from: string | undefined;
  to: string | undefined;
  /** The topic toggles that are on; undefined means all of them (so new topics start on). */
  topics: readonly string[] | undefined;
  actors: readonly string[];
  outlets: readonly string[];
  q: string;
  /**
   * Keep only events reported by at least this many outlets (2 or more); undefined: any number,
   * which is the same as 1.
   */
  minOutlets: number | undefined;
  /** undefined: the timeline's own default. */
  lanes: LaneModeParam | undefined;
  event: string | undefined;
  /** undefined: follow the system's colour scheme. */
  theme: Theme | undefined;
  /**
   * Where to load another dataset that follows the contract from (a folder holding events.json
   * and articles.json, or the events.json itself); undefined: the bundled one. Only its form is
   * checked here; whether its origin may be loaded is decided by features/dataset/model/source.
   */
  data: string | undefined;
  /** A caption for an embedded timeline; undefined: none. */
  title: string | undefined;
  /** "off": the dataset as extracted, before corrections; undefined: corrected. */
  corrections: (typeof CORRECTIONS_MODES)[number] | undefined;
  /** undefined: explore freely; "story": step through the events with previous and next. */
  mode: Mode | undefined;
}

export const DEFAULT_VIEW: ViewState = {
  from: undefined,
  to: undefined,
  topics: undefined,
  actors: [],
  outlets: [],
  q: "",
  minOutlets: undefined,
  lanes: undefined,
  event: undefined,
  theme: undefined,
  data: undefined,
  title: undefined,
  corrections: undefined,
  mode: undefined,
};

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const EVENT_ID = /^evt-[a-z0-9-]+$/;
/** Long enough for any real query; a pasted novel is not a view. */
const MAX_QUERY_LENGTH = 200;
/** Longer than any sensible dataset address; browsers themselves cap URLs near here. */
const MAX_DATA_URL_LENGTH = 2000;
const MAX_TITLE_LENGTH = 200;
/** More outlets than any event will have; a bigger number is a typo, not a view. */
const MAX_MIN_OUTLETS = 99;

/** A real calendar day (rejects 2013-02-30), not just the shape of one. */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function decode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replaceAll("+", " "));
  } catch {
    return undefined; // malformed percent-encoding
  }
}

/**
 * Raw values by key, first occurrence wins. Lists are split on a literal comma *before* decoding,
 * so an actor named "Smith, John" survives as "Smith%2C%20John".
 */
function rawParams(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of search.replace(/^\?/, "").split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    if (key !== undefined && !params.has(key)) params.set(key, eq < 0 ? "" : pair.slice(eq + 1));
  }
  return params;
}

function list(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const items = raw
    .split(",")
    .map(decode)
    .map((item) => item?.trim())
    .filter((item): item is string => Boolean(item));
  return [...new Set(items)];
}

function oneOf<T extends string>(options: readonly T[], raw: string | undefined): T | undefined {
  const value = raw === undefined ? undefined : decode(raw);
  return options.find((option) => option === value);
}

function parseTopics(raw: string | undefined): string[] | undefined {
  const items = list(raw);
  if (raw === undefined || items === undefined) return undefined;
  const valid = items.filter((item) => SLUG.test(item));
  // "topics=" turns every topic off (a real, shareable view); "topics=%%%" is noise: default.
  if (raw !== "" && valid.length === 0) return undefined;
  return valid;
}

function parseRange(rawFrom: string | undefined, rawTo: string | undefined) {
  const from = rawFrom === undefined ? undefined : decode(rawFrom);
  const to = rawTo === undefined ? undefined : decode(rawTo);
  const ok = (v: string | undefined): v is string => v !== undefined && isIsoDay(v);
  // A half range or a backwards one cannot be drawn as asked: fit the window instead.
  if (!ok(from) || !ok(to) || from > to) return { from: undefined, to: undefined };
  return { from, to };
}

/** A whole number from 2 to MAX_MIN_OUTLETS, written plainly ("2", not "02" or "2.0"). */
function parseMinOutlets(raw: string | undefined): number | undefined {
  const value = raw === undefined ? undefined : decode(raw);
  if (value === undefined || !/^[1-9]\d*$/.test(value)) return undefined;
  const n = Number(value);
  // 1 is the default (every event has a source), so it is left out of the URL.
  return n >= 2 && n <= MAX_MIN_OUTLETS ? n : undefined;
}

/** A decoded, trimmed, non-empty value no longer than `max` characters, else undefined. */
function text(raw: string | undefined, max: number): string | undefined {
  const value = raw === undefined ? undefined : decode(raw)?.trim();
  return value && value.length <= max ? value : undefined;
}

/** The view a query string describes; never throws. */
export function parseViewState(search: string): ViewState {
  const p = rawParams(search);
  const q = decode(p.get("q") ?? "") ?? "";
  const event = decode(p.get("event") ?? "");
  return {
    ...parseRange(p.get("from"), p.get("to")),
    topics: parseTopics(p.get("topics")),
    actors: list(p.get("actors")) ?? [],
    outlets: list(p.get("outlets")) ?? [],
    q: q.length <= MAX_QUERY_LENGTH ? q : q.slice(0, MAX_QUERY_LENGTH),
    minOutlets: parseMinOutlets(p.get("minOutlets")),
    lanes: oneOf(LANE_MODES, p.get("lanes")),
    event: event && EVENT_ID.test(event) ? event : undefined,
    theme: oneOf(THEMES, p.get("theme")),
    data: text(p.get("data"), MAX_DATA_URL_LENGTH),
    title: text(p.get("title"), MAX_TITLE_LENGTH),
    corrections: oneOf(CORRECTIONS_MODES, p.get("corrections")),
    mode: oneOf(MODES, p.get("mode")),
  };
}

const encodeList = (items: readonly string[]) => items.map(encodeURIComponent).join(",");

/**
 * The query string for a view ("" for the default view, else "?…"), in a fixed key order and
 * without defaults, so one view has one URL.
 */
export function serializeViewState(state: ViewState): string {
  const parts: string[] = [];
  const add = (key: string, encoded: string) => parts.push(`${key}=${encoded}`);
  if (state.from !== undefined && state.to !== undefined) {
    add("from", state.from);
    add("to", state.to);
  }
  if (state.topics !== undefined) add("topics", encodeList(state.topics));
  if (state.actors.length) add("actors", encodeList(state.actors));
  if (state.outlets.length) add("outlets", encodeList(state.outlets));
  if (state.q.trim()) add("q", encodeURIComponent(state.q));
  if (state.minOutlets !== undefined && state.minOutlets >= 2)
    add("minOutlets", String(state.minOutlets));
  if (state.lanes !== undefined) add("lanes", state.lanes);
  if (state.event !== undefined) add("event", encodeURIComponent(state.event));
  if (state.theme !== undefined) add("theme", state.theme);
  if (state.data !== undefined) add("data", encodeURIComponent(state.data));
  if (state.title !== undefined) add("title", encodeURIComponent(state.title));
  if (state.corrections !== undefined) add("corrections", state.corrections);
  if (state.mode !== undefined) add("mode", state.mode);
  return parts.length ? `?${parts.join("&")}` : "";
}

const sameValue = (a: unknown, b: unknown): boolean =>
  Object.is(a, b) ||
  (Array.isArray(a) &&
    Array.isArray(b) &&
    a.length === b.length &&
    a.every((item, i) => Object.is(item, b[i])));

/**
 * `next`, with every field that equals `previous`'s taken from `previous` (and `previous` itself
 * when nothing changed). Parsing makes new lists on every URL change; keeping the old ones where
 * they are equal means a zoom that only moves `from` and `to` does not look like a change of
 * topics or actors to everything memoised on them (filtering 100,000 events again, laying them
 * out again).
 */
export function reuseUnchanged(previous: ViewState | undefined, next: ViewState): ViewState {
  if (!previous) return next;
  let changed = false;
  const merged = { ...next } as Record<keyof ViewState, unknown>;
  for (const key of Object.keys(next) as (keyof ViewState)[]) {
    if (sameValue(previous[key], next[key])) merged[key] = previous[key];
    else changed = true;
  }
  return changed ? (merged as unknown as ViewState) : previous;
}
