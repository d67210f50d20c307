import { TODAY_LABELS, WEEKDAYS } from "../../lexicon/stamps.ts";
import { alternatives } from "./residue.ts";
import { plainNumbers, readStampDate } from "./stamp-date.ts";

/** Labels in English, and those in another script (a Chinese site's "今天是"). */
const ENGLISH_LABELS = TODAY_LABELS.filter((l) => /[a-z]/.test(l));
const OTHER_SCRIPT_LABELS = TODAY_LABELS.filter((l) => !/[a-z]/.test(l));

/**
 * A label of the day the page is viewed, right before its date, a weekday between or not
 * (stamps.json `todayLabels`). A label in English stands where a widget does: at the line's
 * start or after a separator; after a word it is narration ("said today is the deadline"). A
 * label in another script than the story's is the site's own, wherever it stands.
 */
const TODAY_BEFORE_DATE = new RegExp(
  String.raw`(?:(?:^\s*|[|·•>»]\s*)(?:${alternatives(ENGLISH_LABELS)})|${alternatives(OTHER_SCRIPT_LABELS)})\s*[:：]?\s*(?:(?:${alternatives(WEEKDAYS)})\.?,?\s*)?$`,
  "iu",
);

/** Any of the labels, wherever it stands. */
const ANY_LABEL = new RegExp(alternatives(TODAY_LABELS), "iu");

/**
 * Whether a line's date is the page's widget of the day it was viewed ("Today is Friday,
 * March 4, 2016", "今天是2016年3月4日 星期五"): that is the day the page was saved.
 */
export function isTodayWidget(line: string): boolean {
  // Most lines hold no such label: they are let go before their date is read.
  if (!ANY_LABEL.test(line)) return false;
  const date = readStampDate(line);
  if (!date) return false;
  return TODAY_BEFORE_DATE.test(plainNumbers(line).slice(0, date.start));
}
