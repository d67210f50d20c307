import type { Sentence, TimeMention } from "../types.ts";
import { DIGIT_YEAR, opensEntry } from "./month-of-year.ts";

/** The dated entry a paragraph's first sentence opens with its yearless day or month, if any. */
function yearlessEntry(s: Sentence): TimeMention | undefined {
  const [first] = s.times;
  if (!first || first.precision === "year" || first.basis !== "relative-to-publication") return;
  if (DIGIT_YEAR.test(first.text) || !opensEntry(s.text, s.start, s.times)) return;
  return first;
}

/** The same date a year earlier (its end too), no longer after the page's day than it is. */
function yearEarlier(t: TimeMention, pubDay: string): TimeMention {
  const back = (v: string) => `${Number(v.slice(0, 4)) - 1}${v.slice(4)}`;
  const value = back(t.value);
  return {
    ...t,
    value,
    ...(t.endValue ? { endValue: back(t.endValue) } : {}),
    future: t.future && value > pubDay,
  };
}

/**
 * "- 14 Feb: … / - 3 May: … / - 17 Sep: …" on a page of December: a run of entries, each opening
 * its paragraph with a day or a month and no year, told in the calendar's order, is one year's
 * chronology. Each yearless date was read alone, nearest the page's day, and one read into the
 * next year (14 Feb as the coming February) would stand after the entries below it: it is moved
 * back a year, until it comes before them. An entry told before its predecessor's day of the
 * year opens another run; runs of fewer than three entries (a list told newest first) are left as
 * they are.
 */
export function inEntryOrder(sentences: Sentence[], pubDay: string): Sentence[] {
  const entries: { at: number; date: TimeMention }[] = [];
  let paragraph = -1;
  sentences.forEach((s, at) => {
    if (s.paragraph === paragraph) return;
    paragraph = s.paragraph;
    const date = yearlessEntry(s);
    if (date) entries.push({ at, date });
  });
  // Runs of entries whose days follow the calendar; one told before its predecessor's day of the
  // year opens the next run.
  const monthDay = (t: TimeMention) => t.value.slice(5);
  const runs: (typeof entries)[] = [];
  for (const e of entries) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && monthDay(last.date) <= monthDay(e.date)) run.push(e);
    else runs.push([e]);
  }
  const out = [...sentences];
  for (const run of runs) {
    if (run.length < MIN_ENTRIES) continue;
    for (let i = run.length - 2; i >= 0; i--) {
      const entry = run[i];
      const next = run[i + 1];
      if (!entry || !next || entry.date.value <= next.date.value) continue;
      entry.date = yearEarlier(entry.date, pubDay);
      const s = out[entry.at];
      if (s) out[entry.at] = { ...s, times: [entry.date, ...s.times.slice(1)] };
    }
  }
  return out;
}

/** A chronology has at least this many entries. */
const MIN_ENTRIES = 3;
