import {
  CALENDAR_WORD,
  IRREGULAR_FULL_PAST,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PAST,
  PLAN_UNDOER,
  SCHEDULE_PRESENT,
  WEEKDAYS,
} from "../lexicon/calendar.ts";
import { literal } from "../lexicon/compile/patterns.ts";
import { US_STATE } from "../lexicon/places.ts";
import { PAST_TELLING_VERBS } from "../lexicon/speech.ts";
import { matchesOf } from "../util/matches.ts";

/** White space other than the plain space: a text without any is already on one line as is. */
const OTHER_SPACE = /[^\S ]/;

/**
 * A hard-wrapped wire line keeps its line breaks ("are\nalso to hold"); the tense patterns read
 * any white space as one space, character for character, so offsets into the text still hold.
 */
const oneLine = (text: string) => (OTHER_SPACE.test(text) ? text.replace(/\s/g, " ") : text);

/**
 * Plan words are matched in their sentence's case, so that "to" before a name is a preposition
 * ("a decision, sent to Congress on Monday, to …"), not an infinitive; only the sentence's first
 * letter may be a capital of a plan word.
 */
const sentenceCased = (text: string) =>
  text.replace(/^[^A-Za-z]*[A-Z]/, (head) => head.toLowerCase());

/** Verbs of a planned act, after "would" or a plan's participle ("would visit", ", due to begin"). */
const PLANNED_ACT =
  "visit|travel|meet|attend|hold|host|begin|start|resume|launch|convene|sign|include|take";

/**
 * Occasions a plan names as its object ("the planned visit", "expect the talks", "plan drills");
 * being awaited or planned adds a session, and being planned a briefing or a hearing.
 */
const PLANNED_OCCASION = "visit|trip|tour|meeting|talks|summit|round|exercise|drill|port call";

/** Verbs of going somewhere, planned with "was to" ("was to fly to Seoul on Friday"). */
const TRAVEL_ACT = "fly|leave|depart|arrive|return|go|tour|head";

/**
 * Words that put a sentence's event in the future of its reference time ("he'll finish his trip
 * on Thursday" too); "was due to meet Gates on Thursday", the wires' future in the past, too, and
 * "was to fly to Seoul on Friday".
 * "Plans to" after a preposition or a determiner ("warned against plans to send") is a noun,
 * not the clause's tense.
 * A plan's participle set off after its noun ("Liang's visit, due to begin on Friday, …") too;
 * "due to" before anything but a planned act is a cause ("postponed, due to the storm").
 * What a step "paved the way for" someone to do came after it: "helped pave the way for the
 * secretary to visit in January" is next January's visit. So is what a step told in the present
 * "lays the groundwork for" or "sets the stage for": "the round sets the stage for the admiral's
 * trip in March". So is "the planned visit" or "a proposed meeting" named with its date: "praised
 * the planned visit of the admiral in August" (but not one a past verb undid: "turned down a proposed
 * visit in May", calendar.json planUndoers). So is an occasion awaited in the present: "the
 * command anticipates a port call by the frigates in June", "we await the talks in March", "the
 * envoys expect the group's second session in May", and so is one planned in the present: "the
 * agencies plan briefings for operators in June". So is a plan told after "with" ("with the
 * envoy set to arrive on Monday, the aides …"), where no "is" stands before "set to".
 */
const FUTURE = new RegExp(
  String.raw`\b(will|won['’]t|['’]ll|shall|(is|are) (?:also |still |now |widely )?(scheduled|expected|set|due|slated|planned|going|supposed|likely|unlikely) to|(was|were) (?:also |still )?(scheduled|due|slated) to|(?:was|were) (?:also |then )?to (?:${PLANNED_ACT}|${TRAVEL_ACT})\b|(is|are) (scheduled|set|slated|planned) for|(?<!\b(?:against|of|about|over|for|with|on|the|its|their|his|her|any|no|new) )plans? to|planning to|intends? to|expects? to|prepar(?:e|es|ing) to|(?:is|are) (?:also |still |now |then )?to (?!blame\b)|would (${PLANNED_ACT})|to (visit|travel|meet|attend|hold) .* next|upcoming|forthcoming|next (week|month|year)|later this (week|month|year)|within the (year|month|week)|looking forward to|look forward to|looked forward to|(?:pav|clear|open|smooth)\w* the way for (?:[^\s;]+\s+){0,8}?to [a-z]+|(?:pav(?:e|es|ing)|lay(?:s|ing)?|set(?:s|ting)) the (?:way|groundwork|stage) for|(?<!\b(?:${PLAN_UNDOER}) )(?:the|a|an|his|her|their|its) (?:planned|proposed) (?:${PLANNED_OCCASION})s?|(?:expect|anticipate|await)(?:s|ing)? (?:the|a|an|his|her|their|its) (?:[\w'’-]+ ){0,2}?(?:${PLANNED_OCCASION}|session)s?|(?<!\b(?:the|a|an|its|their|his|her|our|of|for|with|no|new|any|such|these|those) )(?:plan|plans|planning) (?:[\w'’-]+ ){0,2}?(?:${PLANNED_OCCASION}|session|briefing|hearing)s?)\b|,\s*(?:due|scheduled|slated|set|expected) to (?:${PLANNED_ACT})\b|\bwith\s+(?:(?!and\b)[^\s,;]+\s+){1,6}?(?:due|scheduled|slated|set|expected)\s+to\s+[a-z]+`,
  "i",
);

/**
 * Present tense of scheduled events ("the dialogue opens on Wednesday", "talks, which end Thursday",
 * "the two ministers open the session on Thursday", the plural with its object),
 * "a second session is expected before the end of the year", "the envoy is expected back on Monday",
 * "Gates, who retires June 30, …", "the rule takes effect May 1").
 */
const SCHEDULED =
  /\b(?:is|are) (?:widely |now )?expected (?=(?:back|before|by|in|on|at|during|early|late|later|next|this|around)\b)|\b(opens|begins|starts|kicks off|convenes|(?<!\b(?:to|not|do|did|would|could|may|might|can|must|should|help|helped) )(?:open|convene|begin)(?= (?:the|a|an|their|its|his|her)\b)|gets under way|comes (?=on [A-Z][a-z]+day\b)|is due|are due|(?:is |are )?(?:set|slated) for|ends|closes|concludes|wraps up|runs (?:through|until|till)|continues (?:through|until|till)|lasts (?:through|until|till)|retires|steps down|takes office|takes over|takes effect|goes into effect|comes into force|enters into force)\b|\b(?:which|that)\s+(?:end|close|conclude|wrap up)\b/i;

/**
 * The present of being somewhere or on the way ("Lew is in Beijing on Tuesday", "the envoys are
 * visiting Tokyo on Friday", "is leaving for Seoul on Monday", "he leaves for Tokyo on Sunday",
 * "departs Sunday for Japan"): news narrates the past in the past tense, so a date with it is to
 * come ("leaves Singapore for Baku on Sunday" too). The place is a name (case matters): "is in
 * talks", "are in doubt", "leaves for the talks" are no stay. So is an occasion that someone is
 * hosting or holding ("the navy is hosting a drill in May").
 */
const PRESENT_STAY =
  /\b(?:is|are) (?:in|at) (?:the )?[A-Z]|\b(?:is|are) (?:visiting|travel(?:l)?ing to|heading (?:to|for)|flying to|returning to|(?:leaving|departing) (?:[A-Z][\w.-]*\s+){0,3}for (?:the )?[A-Z])|\b(?:leaves|departs|heads|flies|travels)(?: on)?(?: [A-Z][a-z]+day)? (?:for|to) (?:the )?[A-Z]|\b(?:leaves|departs) (?:[A-Z][\w.-]*\s+){1,3}(?:on [A-Z][a-z]+day )?for (?:the )?[A-Z]|\b(?:visits|tours) (?:the )?[A-Z][^;]{0,40}?\bon [A-Z][a-z]+day\b|\b(?:is|are) (?:hosting|holding|convening|staging|organi[sz]ing) (?:a|an|the|its|their|his|her|next|this)\b/;

/** "and" before a verb of its own tense: "arrived on Friday and will leave on Sunday". */
const AND_VERB = String.raw`\band\s+(?=(?:will|would|shall|is|are|was|were|has|have|had|then|later)\b)`;

/**
 * Where a clause opens. "since" needs no comma: "the first meeting since Xi became president in
 * March" dates a past act inside a sentence about a future one, and "since March" is past too.
 */
const CLAUSE_START = new RegExp(
  String.raw`(?:[;—–(]|,\s*(?:which|who|where|that|after|before|when|because|although|while)\b|\b(?:which|who|where|that|since)\b|${AND_VERB})`,
  "gi",
);

/**
 * ", and toured the base on Monday": "and" before a verb in the past opens a clause of its own
 * tense (case matters: ", and United States officials" opens none).
 */
const AND_PAST = /,\s+and\s+(?=\p{Ll}+ed\b)/gu;

/**
 * A complement clause told without "that", after a verb of telling or deciding in the past: "the
 * two agreed they would hold drills", "he said we will meet".
 */
const BARE_COMPLEMENT = String.raw`(?<=\b(?:${PAST_TELLING_VERBS}|agreed|decided|pledged|promised|vowed)\s)(?=(?:they|we|he|she|it|I)\s+(?:will|would|shall)\b)`;

/**
 * Where the clause of a date ends: a break, a "that"/"which" clause, a complement without "that",
 * or "and" with a new verb.
 */
const CLAUSE_END = new RegExp(
  String.raw`[,;—–)]|\s(?:that|which)\s|${BARE_COMPLEMENT}|\s${AND_VERB}`,
  "i",
);

/**
 * ", set up in May when the ministers met in Hanoi, ": an aside that opens with a past
 * participle, set off by commas, right before a verb in the present or the future (a lower-case
 * word with no comma after the aside).
 */
const PARTICIPLE_ASIDE = new RegExp(
  String.raw`,\s*(?:[a-z]{3,}ed|${IRREGULAR_PARTICIPLES.map(literal).join("|")})\b[^,;]*(?:,[^,;]*)?,\s*(?=(?:will\s+|is\s+|are\s+)?[a-z]+s?\b)(?![^,;]*,)`,
);

/**
 * A clause opened by a subordinator and a verb in -ing ("before leaving", "after meeting"); the
 * verb in lower case, as "since Beijing halted …" is no gerund.
 */
const GERUND_CLAUSE =
  /^[\s,;—–(]*(?:[Aa]fter|[Bb]efore|[Ww]hile|[Ss]ince|[Ww]hen|[Uu]ntil|[Uu]pon|[Oo]n)\s+[a-z]+ing\b/;

/** ", after imposing …": a clause in -ing of what came before the main act. */
const AFTER_GERUND = /^[\s,;—–(]*[Aa]fter\s+[a-z]+ing\b/;

/** A calendar word or a day's name relative to today: a clause dated on its own. */
const DATED = new RegExp(String.raw`\b(?:${CALENDAR_WORD}|today|tomorrow|yesterday|tonight)`);

/**
 * The comma that closes an opening date, after a second day of it or not ("May 24 and 25,",
 * "On Monday and Tuesday,").
 */
const OPENING_END = new RegExp(
  String.raw`^(?:\s*(?:and|to|through|[-–])\s*(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:${WEEKDAYS.join("|")})\b))?\s*,`,
);

/**
 * A clause or phrase of time set off by commas after an opening date, before the main clause:
 * ", after leaving port,", ", after an arrival ceremony on the lawn,", ", the second day of the
 * talks,", ", her last day in Hanoi,".
 */
const SET_OFF_TIME_CLAUSE =
  /^\s*(?:(?:after|before|while|since|when|until|upon|following|during)\s+|(?:the|his|her|its|their)\s+(?:first|second|third|last|final|opening|closing)\s+day\s+(?:of|in|at)\s+)[^,;]*,/i;

/**
 * Only an opening preposition before the date, after a place's name or not ("In Tokyo on
 * Friday, …"), and after an item's heading or not ("Iowa: On February 15, …"): the date is the
 * sentence's opening phrase.
 */
const OPENING_PHRASE =
  /^\s*(?:[A-Z][^:;!?]{0,40}:\s+)?(?:(?:[Tt]he|[Aa]|[Oo]ne)\s+day\s+(?:before|after|earlier|later),\s+)?(?:(?:[Ii]n|[Aa]t)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},?\s+)?(?:(?:[Oo]n|[Ii]n|[Bb]y|[Ee]arly|[Ll]ate|[Ll]ater|[Ff]rom)\s+)?$/;

/** ", a port on the southern coast, on ": an appositive set off by commas, then a date. */
const APPOSITIVE_BEFORE_DATE = /,\s*(?:an?|the)\s[^,;]*,\s*(?:on|in|at|by|from)?\s*$/i;

/**
 * The clause around a span: from the last clause break before it (semicolon, dash, ", which",
 * ", after" …) to the next comma after it. Tense is read there, so "agreed on Thursday to hold
 * talks, which will take place in June" is past for Thursday and future for June.
 */
export function clauseAround(text: string, start: number, end: number): string {
  return clauseOf(text, start, end).clause;
}

/** The clause around a span (see `clauseAround`) and its words before the span. */
export function clauseOf(
  text: string,
  start: number,
  end: number,
): { clause: string; before: string } {
  // "On Wednesday afternoon, he will meet …": a date that opens the sentence, set off by a comma,
  // takes the tense of the main clause after it.
  if (OPENING_PHRASE.test(text.slice(0, start)) && OPENING_END.test(text.slice(end))) {
    // "On Monday, after leaving port, the ships will …": a set-off clause of time hangs on the
    // main clause after it, which gives the date its tense.
    // The main clause ends where any clause does: "On Monday the two agreed that they will …" is
    // past, whatever the complement clause plans.
    const rest = text.slice(end).replace(OPENING_END, "").replace(SET_OFF_TIME_CLAUSE, "");
    // A parenthesis inside the main clause ("the committee (JCC) will …") is an aside, no end.
    const stop = rest.replace(/\([^()]*\)/g, (m) => " ".repeat(m.length)).search(CLAUSE_END);
    const clause = text.slice(
      start,
      end + (text.length - end - rest.length) + (stop < 0 ? rest.length : stop),
    );
    return { clause, before: "" };
  }
  let left = 0;
  let previous = 0;
  const head = text.slice(0, start);
  // A parenthesis closed before the date ("the HQ(E) compound", "(DDG 99)") was an aside: the
  // clause goes on around it.
  const breaks = [...matchesOf(head, CLAUSE_START), ...matchesOf(head, AND_PAST)]
    .map((m) => m.index ?? 0)
    .filter((at) => head[at] !== "(" || !head.includes(")", at))
    .sort((a, b) => a - b);
  for (const at of breaks) {
    previous = left;
    left = at;
  }
  // "X, who will land on Sunday, toured Cebu on Thursday": after the comma that closes a relative
  // clause the main clause goes on, with its own tense, from its verb or the date's preposition.
  // A comma before a name goes on with a list ("where he will visit Peru, Chile and Cuba in May").
  const relative = /^,\s*(?:who|which|where)\b[^,;]*,/i.exec(text.slice(left, start));
  const closed =
    relative && /^\s*\p{Ll}/u.test(text.slice(left + relative[0].length)) ? relative : null;
  // "He is due to meet Xi, who is expected to lead China, on Wednesday": a date right after the
  // relative clause closes is the main clause's, told before the relative clause opened.
  if (closed && OPENING_PHRASE.test(text.slice(left + closed[0].length, start)))
    return mainClauseAround(text, previous, left, start, end);
  // "will tour Zhanjiang, a base of the southern fleet, on Thursday": a date right after an
  // aside set off by commas that opens with an article (a noun's appositive) is the main clause's,
  // whatever the aside's own verb.
  const apposed = closed ? null : APPOSITIVE_BEFORE_DATE.exec(text.slice(0, start));
  if (apposed) {
    const main = breaks.filter((at) => at < apposed.index).at(-1) ?? 0;
    return mainClauseAround(text, main, apposed.index, start, end);
  }
  // "The panel, set up in May when the ministers met, sits on Monday": a participle's aside
  // set off by commas after the subject has no tense of its own; the main clause goes on after it.
  const participle = closed ? null : PARTICIPLE_ASIDE.exec(text.slice(left, start));
  if (participle) {
    const asideEnd = left + participle.index + participle[0].length;
    const next = text.slice(end).search(CLAUSE_END);
    const before = `${text.slice(left, left + participle.index)} ${text.slice(asideEnd, start)}`;
    return { clause: `${before}${text.slice(start, next < 0 ? text.length : end + next)}`, before };
  }
  if (closed) left += closed[0].length - 1;
  // "will visit Qingdao, before leaving for New Zealand on Friday": a clause of a verb in -ing has
  // no tense of its own, so the clause it hangs on gives the date its tense.
  // But "is due to rule on the appeal on Wednesday, after opening its review in May": a clause of what
  // came first, after a main clause dated on its own, does not share that clause's future.
  const earlierAct = AFTER_GERUND.test(text.slice(left)) && DATED.test(text.slice(previous, left));
  if (GERUND_CLAUSE.test(text.slice(left)) && !earlierAct) left = previous;
  // "the trip, from April 21 to 24, would include …": a date set off by commas inside a clause
  // takes the tense of the clause it interrupts, which goes on after the second comma.
  if (
    /,\s*(?:from|on|between|starting)?\s*$/i.test(text.slice(0, start)) &&
    /^\s*,/.test(text.slice(end))
  ) {
    const rest = text.slice(end).replace(/^\s*,/, "");
    const stop = rest.search(/[,;—–)]/);
    const clause = text.slice(left, text.length - rest.length + (stop < 0 ? rest.length : stop));
    return { clause, before: text.slice(left, start) };
  }
  // "said on Sunday that it will take …": the complement clause has its own tense.
  const next = text.slice(end).search(CLAUSE_END);
  return {
    clause: text.slice(left, next < 0 ? text.length : end + next),
    before: text.slice(left, start),
  };
}

/**
 * A date told after an aside (a relative clause, an appositive): the main clause's words from
 * `from` to the aside at `to`, then the date's own words to the next clause end.
 */
function mainClauseAround(
  text: string,
  from: number,
  to: number,
  start: number,
  end: number,
): { clause: string; before: string } {
  const next = text.slice(end).search(CLAUSE_END);
  const before = `${text.slice(from, to)} `;
  return { clause: `${before}${text.slice(start, next < 0 ? text.length : end + next)}`, before };
}

/** Whether a clause speaks of something still to happen. */
export function isScheduled(text: string): boolean {
  const line = oneLine(text);
  return FUTURE.test(line) || SCHEDULED.test(line) || PRESENT_STAY.test(line);
}

/** Participles in -ed that name a plan, also before a noun ("the planned visit"): no past act. */
const PLAN_PARTICIPLES = "planned|scheduled|expected|proposed|slated|intended|anticipated|indeed";

/**
 * Irregular verbs in the simple past (calendar.ts IRREGULAR_FULL_PAST, no auxiliary) that are no
 * present or base form too, and no verb of telling, whose day is the telling's ("began", "flew";
 * not "set", "put", "said", "told").
 */
const SIMPLE_PAST = IRREGULAR_FULL_PAST.filter((w) => !["set", "put", "said", "told"].includes(w));

/**
 * A verb in the past a few words before a date ("agreed on in Beijing in April", "set up in April":
 * calendar.json irregularParticiples; "began Sunday": SIMPLE_PAST; "had cut off exchanges in
 * January": any verb after "had", not "had to"), in lower case
 * ("the United States in July" names no act): not one of the plan words that also modify a noun
 * ("the planned visit in June"), not passive after "be", not the end of a hyphened adjective
 * ("will tour a foreign-owned plant in Ohio on Friday"), and not one that points ahead
 * ("postponed to June", "delayed until July").
 */
const PAST_VERB_BEFORE = new RegExp(
  String.raw`(?<!\b(?:be|been|being)\s)(?<![-‐])\b(?!(?:${PLAN_PARTICIPLES})\b)(?:[a-z]{3,}ed|${[...IRREGULAR_PARTICIPLES, ...SIMPLE_PAST].map(literal).join("|")}|had\s+(?:not\s+|already\s+|just\s+|never\s+)?(?!to\b)[a-z]+)\b(?:\s+(?!(?:to|until|till|for|by)\b)[\w.'’-]+){0,6}\s*(?:in|on|at|during)?\s*$`,
);

/** A word that opens a subordinate clause of time or cause, before its subject. */
const SUBORDINATOR = /\b(?:after|before|since|when|because|once|until)\s+(?=\S)/gi;

/** FUTURE and SCHEDULED for every match of a text (compiled once). */
const EVERY_PLAN = [FUTURE, SCHEDULED].map((re) => new RegExp(re.source, `${re.flags}g`));

/** The words after the last words of a plan ("will", "is to", "plans to") in a text. */
function afterLastPlan(text: string): string {
  const ends = EVERY_PLAN.flatMap((re) =>
    matchesOf(text, re).map((m) => (m.index ?? 0) + m[0].length),
  );
  return text.slice(Math.max(0, ...ends));
}

/**
 * "The group that Kerry and Wang agreed on in Beijing in April is due to meet in July": where the
 * clause's future words all come after the date and a verb in the past stands just before it,
 * the date is that past act's. `clauseBefore` is the clause's words before the date (`clauseOf`),
 * so a date named twice in one clause ("launched last May, is to meet again in May") is read where
 * it stands.
 */
export function pastActBeforeDate(clauseBefore: string): boolean {
  const before = oneLine(clauseBefore);
  // "X, who leaves his post next month, said a group set up in April …": the future of an aside
  // closed by a comma is not the date's clause's; nor is a main clause's before a subordinate
  // clause ("takes over the fleet a month after the minister signed an accord on May 2"), where
  // a verb in the past anywhere in the subordinate clause is the date's.
  const subordinate = matchesOf(before, SUBORDINATOR).at(-1);
  const opens = subordinate ? (subordinate.index ?? 0) + subordinate[0].length : 0;
  const comma = before.lastIndexOf(",") + 1;
  const ownStretch = before.slice(Math.max(comma, opens));
  // "will build on the deal reached in June": a verb in the past after the plan's words, right
  // before the date, is the date's.
  if (isScheduled(ownStretch)) return PAST_VERB_BEFORE.test(afterLastPlan(ownStretch));
  return PAST_VERB_BEFORE.test(before) || (opens > comma && !tellsNoPast(ownStretch));
}

/** The words before a date that opens its clause: nothing, or its preposition ("In", "On"). */
const OPENING_PREPOSITION = /^\W*(?:(?:in|on|at|during|by|early|late|last)\s*)?$/i;

/**
 * "In March, Tokyo criticised a plan to base the jets in the south": a date that opens its clause
 * is the act's told right after it, before any word of a plan; where that act is in the past, the
 * plan it names does not make the date one still to come. `clauseBefore` is the clause's words
 * before the date, `after` the sentence's words after it.
 */
export function pastActAfterOpeningDate(clauseBefore: string, after: string): boolean {
  if (!OPENING_PREPOSITION.test(oneLine(clauseBefore))) return false;
  const line = oneLine(after);
  const plans = EVERY_PLAN.flatMap((re) => matchesOf(line, re).map((m) => m.index ?? 0));
  if (!plans.length) return false;
  return !tellsNoPast(line.slice(0, Math.min(...plans)));
}

/**
 * A verb in the past anywhere: a word in "-ed" that is no plan word or adjective of a plan
 * ("planned", "scheduled", "expected"), or an irregular past form (calendar.json). A word in
 * "-ed" counts in lower case only: in capitals it is a name ("the United States", "Red Flag").
 */
const PAST_IN_ED = new RegExp(
  String.raw`\b(?!(?:${PLAN_PARTICIPLES}|need|speed|seed|feed|proceed|exceed|succeed|red|bed|hundred|shed)\b)[a-z]{2,}ed\b`,
);
const IRREGULAR_PAST_FORM = new RegExp(String.raw`\b(?:${IRREGULAR_PAST.join("|")})\b`, "i");

/**
 * "… for a four-day visit meant to ease tensions", "with a proposal aimed at a truce": a word of
 * the past right after a preposition's noun, and before "to" or "at", is a participle that
 * describes that noun, not a verb of the clause. The noun's one or two words are in lower case
 * and hold no determiner or pronoun, which would open a subject of its own ("during the visit the
 * admiral aimed at …", "in his speech he pointed to …").
 */
const NOUN_PARTICIPLE = new RegExp(
  String.raw`(?<=\b(?:for|with|in|on|of|from|after|during|under|amid)\s+(?:a|an|the|its|his|her|their)\s+(?:(?!(?:a|an|the|he|she|it|they|we)\b)[a-z\d][\w'’-]*\s+){1,2})(?:[a-z]{2,}ed|${IRREGULAR_PAST.join("|")})(?=\s+(?:to|at)\b)`,
  "g",
);

/**
 * "is meant to lead up to", "are aimed at", "is designed to": a participle after the present of
 * "be", before "to" or "at", tells a purpose in the present, not a verb of the past.
 */
const PRESENT_PURPOSE = new RegExp(
  String.raw`\b(?:is|are|am)\s+(?:[a-z]{2,}ed|${IRREGULAR_PAST.join("|")})(?=\s+(?:to|at)\b)`,
  "g",
);

/** Whether a text names no verb in the past ("the two chiefs hold their dialogue on June 7-8"). */
export function tellsNoPast(text: string): boolean {
  // A word right after "to" is an infinitive or a noun, never a verb in the past ("to put", "to set").
  const line = oneLine(text)
    .replace(NOUN_PARTICIPLE, " ")
    .replace(PRESENT_PURPOSE, " ")
    .replace(/\bto\s+[a-z]+/g, " ");
  return !PAST_IN_ED.test(line) && !IRREGULAR_PAST_FORM.test(line);
}

/** A verb of a schedule in the simple present (calendar.json schedulePresent). */
const SCHEDULE_VERB = new RegExp(String.raw`\b(?:${SCHEDULE_PRESENT.join("|")})\b`, "i");

/**
 * Whether an agenda's entry tells of what is still to come: no verb in the past, or a verb of a
 * schedule in the present ("Monday: the group that the ministers agreed on in April holds its first
 * meeting"; the past is the relative clause's).
 */
export function entryToCome(entry: string): boolean {
  const line = oneLine(entry);
  return tellsNoPast(line) || SCHEDULE_VERB.test(line);
}

/**
 * Whether a clause tells a schedule in the simple present with no verb in the past ("On Thursday
 * he heads to Qingdao"): a weekday there is the nearer of the last and the next, as news tells
 * the coming days of a trip and captions the day just past that way.
 */
export function inSchedulePresent(clause: string): boolean {
  const line = oneLine(clause);
  return tellsNoPast(line) && SCHEDULE_VERB.test(line);
}

/** Dates that are future by their own words ("next month", "later this year"). */
const FUTURE_DATE =
  /\b(?:next|later this|within the|the coming|this coming)\s+(?:week|month|year)\b/gi;

/**
 * Whether a clause speaks of something still to happen for the date `own`: another date's
 * future words do not count ("agreed on Tuesday to resume talks next month": Tuesday is past).
 */
export function isScheduledFor(clause: string, own: string): boolean {
  return isScheduled(clause.replace(FUTURE_DATE, (m) => (own.includes(m) ? m : " ")));
}

/**
 * The future in the past: "was due to meet", "were scheduled to arrive", "looked forward to
 * seeing".
 */
const FUTURE_IN_PAST = new RegExp(
  String.raw`\b(?:(?:was|were) (?:also |still )?(?:scheduled|due|slated|set|expected) to|(?:was|were) (?:also |then )?to (?:${PLANNED_ACT}|${TRAVEL_ACT})|looked forward to)\b`,
  "i",
);

/**
 * Whether a clause's only future is a future in the past, which the writer may tell before or
 * after the day it names: "was scheduled to travel on Wednesday" can be yesterday's plan.
 */
export function isFutureInPast(clause: string): boolean {
  const line = oneLine(clause);
  return FUTURE_IN_PAST.test(line) && !isScheduled(line.replace(FUTURE_IN_PAST, " "));
}

/**
 * A verb of telling in the past right before a date, "on" or its listener between ("officials said
 * Thursday", "told reporters on Monday": speech.json 'past'), and no auxiliary before it ("will be
 * announced on Friday" is to come).
 */
const TOLD_RIGHT_BEFORE = new RegExp(
  String.raw`(?<!\b(?:be|been|being|to|will|would|shall)\s+)\b(?:${PAST_TELLING_VERBS})\s+(?:on\s+)?$`,
  "i",
);

/**
 * Whether a date is that of its sentence's telling, which is over: "X will visit later this year,
 * officials said Thursday" is last Thursday, whatever the clause before it plans.
 */
export function datesPastTelling(before: string): boolean {
  return TOLD_RIGHT_BEFORE.test(oneLine(before));
}

/**
 * "The meeting will prepare a trip in August, and it builds on his talks with the admiral in May":
 * what an act builds on or follows up came before it, so a date in its object (a few
 * words on) is over, whatever plan the sentence tells besides. Not after a modal: "will follow up
 * on the accord in January" dates the follow-up.
 */
const BUILT_ON =
  /(?<!\b(?:will|would|shall|to|may|might|could|can|must|should)\s+)\b(?:(?:build|builds|built)\s+(?:up)?on|(?:follows|followed)\s+up\s+on)\s+(?:[^\s,;.]+\s+){0,10}?$/i;

/** Whether a date stands in the object of "build on" or "follow up on" (BUILT_ON). */
export const datesWhatWasBuiltOn = (before: string): boolean => BUILT_ON.test(oneLine(before));

/** Whether a sentence (or clause) speaks of something still to happen. */
export function isFutureTense(text: string): boolean {
  // Drafting asks of one sentence's narration several times in a row; the answer is the text's.
  if (lastFuture?.text !== text) lastFuture = { text, future: FUTURE.test(oneLine(text)) };
  return lastFuture.future;
}
let lastFuture: { text: string; future: boolean } | undefined;

/**
 * "agreed on Thursday to hold talks in June", "invited Chang to visit in the spring", "accepted an
 * invitation to visit in July" (the plan's noun as its verb), "said the
 * sides would begin the dialogue in the spring": a date after a plan verb and its infinitive, or
 * after a modal, dates the thing planned, which has not happened yet. "had planned to visit in
 * June" is a plan given up: the pluperfect keeps it in the past.
 */
// The rest of the clause up to the date, which must not open a clause of its own ("would raise
// it when he met Xi on Friday": Friday is the meeting's, in the past), nor name the occasion it
// happened at ("agreed to set up the dialogue during Hu's visit in January").
// Nor once the clause tells, in the passive past, what happened to the plan itself ("the decision
// to attend was announced on April 1"); "was expected in May" is still the plan's.
// Nor once a relative clause tells, with its own subject, what someone did before ("will restart
// the drills that Beijing halted in March": March is the halting's, in the past; "that the two
// leaders reached": the subject may be two names), or a participle after a noun does ("will build
// on the deal reached in June", "the consensus reached by the presidents").
// A town's US state between commas ("in Monterey, Calif., on Thursday") is no clause's end.
const STATE_AFTER_TOWN = String.raw`,\s*(?:${US_STATE}),?(?=\s|$)`;
const REST = String.raw`(?:${STATE_AFTER_TOWN}|(?!\b(?:when|after|before|while|since|because|until|as|during)\b|\b(?:was|were)\s+(?!(?:${PLAN_PARTICIPLES})\b)[a-z]{3,}ed\b|\b(?:that|which)\s+(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:and\s+(?:[A-Z][\w.'’-]*\s+){1,3})?|(?:they|he|she|it|we)\s+)(?:(?!(?:${PLAN_PARTICIPLES})\b)[a-z]{2,}ed|${IRREGULAR_PAST.join("|")})\b|\b(?:the|a|an|its|their|his|her)\s+[a-z]+\s+(?!(?:${PLAN_PARTICIPLES})\b)[a-z]{2,}ed\s+(?:by|at|in|on|during)\b)[^.;,])*$`;
// "to" before a determiner is a preposition, not an infinitive ("an invitation to the drill in March").
const DETERMINER = "(?:the|a|an|this|that|these|those|its|his|her|their|our|my)";
// "had agreed to hold drills in November", said of a decision, still plans them: only a wish or
// an intention in the pluperfect is given up. The infinitive is the plan verb's own, not one
// across a clause ("was agreed when Gates traveled to Beijing in January").
const PLAN_BEFORE = new RegExp(
  String.raw`(?:(?<!\bhad\s)\b(?:hopes?|hoped|aims?|aimed|expects?|expected|intends?|intended|plans?|planned)|\b(?:agree[sd]?|decided|pledged|promised|vowed|invited|invites|arranged|(?:invitation|agreement|decision|proposal)s?))\b(?:(?!\b(?:during|when|while|after|before)\b)[^.;:]){0,60}?\bto\s+(?!have\b|be\b|${DETERMINER}\b)[a-z]+\b${REST}|\b(?:will|would)\s+(?!not\b|have\b)[a-z]+\b${REST}`,
);

/** The verbs of an occasion in the simple present. */
const OCCASION_PRESENT =
  "hold|holds|meet|meets|visit|visits|begin|begins|open|opens|start|starts|convene|convenes|arrive|arrives|sit down";
/** Not the noun after its article ("when Xi was on a visit", "before the start"). */
const NOT_A_NOUN = String.raw`(?<!\b(?:a|an|the|his|her|its|their|this|that|our|my)\s)`;

/**
 * "… comes two weeks before the two countries hold talks on July 8", "ahead of when they meet",
 * "when the envoys sit down on Thursday": a verb in the simple present after "before", "until",
 * "ahead of" or "when" speaks of what is to come (in a story told in the past the verb is past:
 * "before the leaders met", "when they sat down").
 */
const PRESENT_AFTER_BEFORE = new RegExp(
  String.raw`\b(?:before|until|ahead of|when)\s+(?:[\w.'’-]+,?\s+){1,8}?${NOT_A_NOUN}(?:${OCCASION_PRESENT})\b${REST}`,
  "i",
);

/**
 * "… all eyes turn to Monday and Tuesday, when the two ministers meet in Seoul": a date (or the
 * first of two days) that a "when" clause in the simple present describes is still to come.
 */
const WHEN_PRESENT_AFTER = new RegExp(
  String.raw`^(?:\s+(?:and|to|through)\s+[\w.'’-]+(?:\s+\d{1,2})?)?,?\s+when\s+(?:[\w.'’-]+,?\s+){1,8}?${NOT_A_NOUN}(?:${OCCASION_PRESENT})\b`,
  "i",
);

/** Whether the words after a date (`after`) describe it with "when" and a verb in the present. */
export const describedInPresent = (after: string): boolean =>
  WHEN_PRESENT_AFTER.test(oneLine(after));

/**
 * "… the forum in Manila on Thursday, where his counterpart will speak too": a date that a
 * "when" or "where" clause tells in the future is still to come, whatever the verb before it.
 */
const WHEN_FUTURE_AFTER = new RegExp(
  String.raw`^,\s+(?:when|where)\s+(?:[\w.'’-]+,?\s+){1,8}?(?:will|(?:is|are) (?:due |set |scheduled |expected )?to)\s`,
  "i",
);

/** Whether the words after a date describe it with "when" or "where" and a verb in the future. */
export const describedInFuture = (after: string): boolean => WHEN_FUTURE_AFTER.test(oneLine(after));

/**
 * "The tour follows his stop in Manila on Thursday, where he and his host agreed to a hotline": a
 * date that a "when" or "where" clause tells in the past is over, though the verb before it is a
 * schedule's present.
 */
export function describedInPast(after: string): boolean {
  const described = /^,\s+(?:when|where)\s+([^,;.]+)/i.exec(oneLine(after))?.[1];
  return described !== undefined && !tellsNoPast(described) && !isScheduled(described);
}

/**
 * "We expect the group to meet this summer, before the dialogue in July": an occasion that comes
 * after something still to come ("before", "ahead of" it) is still to come too.
 */
const BEFORE_AFTER_FUTURE = new RegExp(
  String.raw`(?:${FUTURE.source}|\bexpects?\b)[^.;]*?\b(?:before|ahead of|in time for)\s+(?:the|a|an|its|their|this|next)\s+(?:(?!(?:but|when|after|while)\b)[^\s,.;]+\s+){0,8}?(?:(?:in|on|at)\s+)?$`,
  "i",
);

/**
 * "the group that Kerry and Wang agreed to set up in April": a decision told in the simple past,
 * its infinitive right after it and the date a few words on, may date the decision or the thing
 * decided; either way the month meant is the nearest one, not always the next. Not "have agreed
 * to hold talks in May" (the perfect looks ahead), nor "agreed on Thursday to meet in June" (the
 * decision has a date of its own), nor "agreed to meet next May".
 */
const pastCommitment = (verbs: string) =>
  new RegExp(
    String.raw`(?<!\b(?:has|have|had)\s+)\b(?:${verbs})\s+to\s+(?!have\b|be\b|${DETERMINER}\b)[a-z]+\b(?:\s+(?!(?:next|this|later|coming)\b)[\w.'’-]+){0,5}?\s*(?:in|on|at|during|by)?\s*$`,
    "i",
  );
const PAST_DECISION = pastCommitment("agreed|decided|pledged|promised|vowed|arranged");

/**
 * "Beijing vowed to retaliate on Saturday": a weekday after a vow told in the past is
 * the nearest one, most often the day of the vow; an agreement's weekday ("agreed to meet on
 * Friday") is still the meeting's, to come.
 */
const PAST_VOW = pastCommitment("pledged|promised|vowed");

/** Whether a date at `at` is the one of a decision told in the past, or of what it decided. */
export function isPastDecision(text: string, at: number): boolean {
  return PAST_DECISION.test(oneLine(text.slice(0, at)));
}

/** Whether a weekday at `at` follows a vow told in the past and what it vowed (`PAST_VOW`). */
export function isPastVow(text: string, at: number): boolean {
  return PAST_VOW.test(oneLine(text.slice(0, at)));
}

/** A temporal clause's opening word at a sentence's start ("When …", "Once …", "Until …"). */
const TEMPORAL_OPENER = /^\s*(?:when|once|as soon as|until|before|after)\b/i;

/**
 * "When the secretary takes the podium on Saturday, delegates will be listening": a date in a
 * temporal clause that opens the sentence, with no verb in the past, is still to come when the
 * main clause after its comma is in the future (English tells such a clause in the present).
 */
export function inClauseOfFutureMain(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (!TEMPORAL_OPENER.test(before) || /[,;:]/.test(before)) return false;
  const comma = text.indexOf(",", at);
  if (comma < 0) return false;
  return tellsNoPast(text.slice(0, comma)) && isFutureTense(text.slice(comma + 1));
}

/** A relative clause's opening after a comma, with no comma since: ", who …", ", which …". */
const RELATIVE_OPENING = /,\s*(?:who|which)\s+[^,;:]*$/i;

/**
 * "The envoy, who lands in Hanoi on Sunday, will be pressed …": a date in a relative clause between
 * commas, with no verb in the past, is still to come when the main clause after the clause's
 * closing comma is in the future (English tells such a clause in the present).
 */
export function inRelativeOfFutureMain(text: string, at: number): boolean {
  const opening = RELATIVE_OPENING.exec(text.slice(0, at));
  if (!opening) return false;
  const comma = text.indexOf(",", at);
  if (comma < 0) return false;
  return tellsNoPast(text.slice(opening.index, comma)) && isFutureTense(text.slice(comma + 1));
}

/** Whether the words of `text` before `at` put a date there in the future of a plan. */
export function isPlannedBefore(text: string, at: number): boolean {
  const before = oneLine(text.slice(0, at));
  return (
    PLAN_BEFORE.test(sentenceCased(before)) ||
    PRESENT_AFTER_BEFORE.test(before) ||
    BEFORE_AFTER_FUTURE.test(before) ||
    inClauseOfFutureMain(text, at) ||
    inRelativeOfFutureMain(text, at)
  );
}
