import { describe, expect, it } from "vitest";
import type { TimeMention } from "../types.ts";
import { fromIso } from "../util/dates.ts";
import { resolveTimes } from "./resolve.ts";

/** Resolves a sentence published on `pub`; “…” marks quotations spoken on `scene`. */
function times(sentence: string, pub: string, scene = pub, previous?: Partial<TimeMention>) {
  const quotes: [number, number][] = [];
  for (const m of sentence.matchAll(/“[^”]*”?/g))
    quotes.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const ctx = {
    published: fromIso(pub),
    scene: fromIso(scene),
    previous: previous as TimeMention | undefined,
  };
  return resolveTimes(sentence, 0, quotes, ctx).map((t) => {
    const row = [t.text, t.value, t.precision, t.basis];
    if (t.endValue) row.push(`end ${t.endValue}`);
    if (t.future) row.push("future");
    return row;
  });
}

describe("resolveTimes: narration against the publication date", () => {
  it.each([
    [
      "Panetta said today.",
      "2012-05-07",
      [["today", "2012-05-07", "day", "relative-to-publication"]],
    ],
    [
      "They met yesterday.",
      "2013-06-08",
      [["yesterday", "2013-06-07", "day", "relative-to-publication"]],
    ],
    // "Last" before the day before publication skips its week; two days back it does not.
    [
      "They met last Saturday.",
      "2013-06-09",
      [["last Saturday", "2013-06-01", "day", "relative-to-publication"]],
    ],
    [
      "They met last Saturday.",
      "2013-06-10",
      [["last Saturday", "2013-06-08", "day", "relative-to-publication"]],
    ],
    [
      "They met on Saturday.",
      "2013-06-09",
      [["on Saturday", "2013-06-08", "day", "relative-to-publication"]],
    ],
    [
      "WASHINGTON met on May 7, 2012 at noon.",
      "2013-06-08",
      [["May 7, 2012 at noon", "2012-05-07", "day", "explicit"]],
    ],
    [
      "The ministers met in May.",
      "2013-09-10",
      [["May", "2013-05", "month", "relative-to-publication"]],
    ],
    [
      "The ministers met in December.",
      "2013-06-08",
      [["December", "2012-12", "month", "relative-to-publication"]],
    ],
    [
      "They will meet in December.",
      "2013-06-08",
      [["December", "2013-12", "month", "relative-to-publication", "future"]],
    ],
    [
      "The envoy arrived on Tuesday.",
      "2013-06-08",
      [["on Tuesday", "2013-06-04", "day", "relative-to-publication"]],
    ],
    [
      "The envoy will arrive on Tuesday.",
      "2013-06-08",
      [["on Tuesday", "2013-06-11", "day", "relative-to-publication", "future"]],
    ],
    // A range keeps its year and length wherever its first day falls …
    [
      "They met from April 21 to 24.",
      "2013-03-18",
      [["April 21 to 24", "2012-04-21", "day", "relative-to-publication", "end 2012-04-24"]],
    ],
    // … and a range set off by commas takes the tense of the clause it interrupts.
    [
      "He said the trip, from April 21 to 24, would include a stop in Qingdao.",
      "2013-03-18",
      [
        [
          "April 21 to 24",
          "2013-04-21",
          "day",
          "relative-to-publication",
          "end 2013-04-24",
          "future",
        ],
      ],
    ],
    // Another date's own future words ("next month") do not make this one future.
    [
      "The two sides agreed on Tuesday to resume talks next month.",
      "2012-02-29",
      [
        ["on Tuesday", "2012-02-28", "day", "relative-to-publication"],
        ["next month", "2012-03", "month", "relative-to-publication", "future"],
      ],
    ],
    // An end in the present tense is scheduled: the next such day …
    [
      "Kerry will co-chair the talks, which end Thursday.",
      "2013-07-10",
      [["Thursday", "2013-07-11", "day", "relative-to-publication", "future"]],
    ],
    // … an end in the past tense is past.
    [
      "Kerry co-chaired the talks, which ended Thursday.",
      "2013-07-10",
      [["Thursday", "2013-07-04", "day", "relative-to-publication"]],
    ],
    // An occasion that follows in the present, a schedule, comes on the nearer such day …
    [
      "A round of trade talks follows on Tuesday in the capital.",
      "2013-07-08",
      [["on Tuesday", "2013-07-09", "day", "relative-to-publication", "future"]],
    ],
    // … one that followed is past, and "follows" with an object only places one occasion after
    // another, whose past day stays past.
    [
      "A round of trade talks followed on Tuesday in the capital.",
      "2013-07-08",
      [["on Tuesday", "2013-07-02", "day", "relative-to-publication"]],
    ],
    [
      "The envoy's trip follows talks the two sides held on Monday.",
      "2013-07-10",
      [["on Monday", "2013-07-08", "day", "relative-to-publication"]],
    ],
    // A stretch told in the present ("run until", "lasts until") goes on to the coming day …
    [
      "The envoys lead the talks, which run until Friday.",
      "2013-07-10",
      [["Friday", "2013-07-12", "day", "relative-to-publication", "future"]],
    ],
    // … and one told in the past ended on the last.
    [
      "The envoys led the talks, which ran until Friday.",
      "2013-07-10",
      [["Friday", "2013-07-05", "day", "relative-to-publication"]],
    ],
    // "and" before a verb of its own tense opens a clause of its own.
    [
      "Kerry arrived on Friday and will leave for Tokyo on Sunday.",
      "2013-04-13",
      [
        ["on Friday", "2013-04-12", "day", "relative-to-publication"],
        ["on Sunday", "2013-04-14", "day", "relative-to-publication", "future"],
      ],
    ],
    // ", and" before a verb in the past too: a present "runs through" before it is not its tense
    // (the visit the arrival opened runs through its last day) …
    [
      "Kerry arrived on Friday for a visit that runs through Tuesday, and toured the port on Saturday.",
      "2013-04-15",
      [
        [
          "on Friday for a visit that runs through Tuesday",
          "2013-04-12",
          "day",
          "relative-to-publication",
          "end 2013-04-16",
        ],
        ["on Saturday", "2013-04-13", "day", "relative-to-publication"],
      ],
    ],
    // … while a capitalised word after "and" is no verb.
    [
      "Kerry will meet Wang Yi, and United Nations envoys on Saturday.",
      "2013-04-15",
      [["on Saturday", "2013-04-20", "day", "relative-to-publication", "future"]],
    ],
    // A schedule's verb in the present with a plural subject: the nearer such weekday (the next).
    [
      "The envoys open talks Thursday at the embassy.",
      "2013-07-09",
      [["Thursday", "2013-07-11", "day", "relative-to-publication", "future"]],
    ],
    // Negative: the same verb in the past.
    [
      "The envoys opened talks Thursday at the embassy.",
      "2013-07-09",
      [["Thursday", "2013-07-04", "day", "relative-to-publication"]],
    ],
    // A day the occasion "runs through" ends what the first day opened …
    [
      "The dialogue opens Wednesday and runs through Thursday.",
      "2013-07-09",
      [
        [
          "Wednesday and runs through Thursday",
          "2013-07-10",
          "day",
          "relative-to-publication",
          "end 2013-07-11",
          "future",
        ],
      ],
    ],
    // … so does a day of the month it stays until, up to two weeks on (calendar.json runsOnVerbs) …
    [
      "The admiral will start the tour on Sunday and remain until May 24.",
      "2011-05-13",
      [
        [
          "on Sunday and remain until May 24",
          "2011-05-15",
          "day",
          "relative-to-publication",
          "end 2011-05-24",
          "future",
        ],
      ],
    ],
    // … an arrival at the invitation of someone, a visit that runs through a day of the month …
    [
      "The envoy landed on Friday, invited by the U.S. Navy, for a trip that continues until May 9.",
      "2012-05-06",
      [
        [
          "on Friday, invited by the U.S. Navy, for a trip that continues until May 9",
          "2012-05-04",
          "day",
          "relative-to-publication",
          "end 2012-05-09",
        ],
      ],
    ],
    // … but not a day further off, nor a meeting's day during a visit that runs on …
    [
      "The admiral will start the tour on Sunday and remain until June 30.",
      "2011-05-13",
      [
        ["on Sunday", "2011-05-15", "day", "relative-to-publication", "future"],
        ["June 30", "2011-06-30", "day", "relative-to-publication", "future"],
      ],
    ],
    [
      "The envoy met Xi on Monday during a visit that runs through Friday.",
      "2013-04-16",
      [
        ["on Monday", "2013-04-15", "day", "relative-to-publication"],
        ["Friday", "2013-04-19", "day", "relative-to-publication", "future"],
      ],
    ],
    // … so does a day it "continues", a few words of how it opened between …
    [
      "The summit opens on Monday evening with a working dinner and continues Tuesday.",
      "2013-07-08",
      [
        [
          "on Monday evening with a working dinner and continues Tuesday",
          "2013-07-08",
          "day",
          "relative-to-publication",
          "end 2013-07-09",
          "future",
        ],
      ],
    ],
    // … two days only joined by "and", and apart, stay two.
    [
      "The envoy arrived Monday and left Thursday.",
      "2013-07-12",
      [
        ["Monday", "2013-07-08", "day", "relative-to-publication"],
        ["Thursday", "2013-07-11", "day", "relative-to-publication"],
      ],
    ],
    // A clause in -ing takes the tense of the clause it hangs on.
    [
      "He will tour the base, before leaving for Tokyo on Friday.",
      "2013-06-08",
      [["on Friday", "2013-06-14", "day", "relative-to-publication", "future"]],
    ],
    [
      "He toured the base, before leaving for Tokyo on Friday.",
      "2013-06-08",
      [["on Friday", "2013-06-07", "day", "relative-to-publication"]],
    ],
    // Planned or scheduled "for" a weekday: the next one.
    [
      "A meeting is planned for Tuesday.",
      "2013-06-08",
      [["Tuesday", "2013-06-11", "day", "relative-to-publication", "future"]],
    ],
    [
      "The visits are scheduled for Monday.",
      "2013-06-08",
      [["Monday", "2013-06-10", "day", "relative-to-publication", "future"]],
    ],
    // A schedule kept in the past is not a plan.
    [
      "The meeting was planned for Tuesday.",
      "2013-06-08",
      [["Tuesday", "2013-06-04", "day", "relative-to-publication"]],
    ],
    [
      "Talks were held May 15-22.",
      "2013-06-08",
      [["May 15-22", "2013-05-15", "day", "relative-to-publication", "end 2013-05-22"]],
    ],
    [
      "Talks were held June 7-8, 2013.",
      "2013-06-10",
      [["June 7-8, 2013", "2013-06-07", "day", "explicit", "end 2013-06-08"]],
    ],
    [
      "The dialogue met last month.",
      "2013-06-08",
      [["last month", "2013-05", "month", "relative-to-publication"]],
    ],
    [
      "The ministers met earlier this year.",
      "2013-06-08",
      [["earlier this year", "2013", "year", "relative-to-publication"]],
    ],
    ["China released the paper in 2010.", "2012-05-07", [["2010", "2010", "year", "explicit"]]],
    [
      "A fiscal 2011 report to Congress said so.",
      "2012-05-07",
      [["fiscal 2011", "2011", "year", "explicit"]],
    ],
    [
      "The 2010 Defense White Paper noted concern.",
      "2012-05-07",
      [["2010", "2010", "year", "explicit"]],
    ],
    [
      "Exchanges resumed in early 2012.",
      "2013-06-08",
      [["early 2012", "2012", "year", "explicit"]],
    ],
    [
      "They are scheduled to meet on Sept. 19.",
      "2013-06-08",
      [["Sept. 19", "2013-09-19", "day", "relative-to-publication", "future"]],
    ],
    [
      "They met on Sept. 19.",
      "2013-06-08",
      [["Sept. 19", "2012-09-19", "day", "relative-to-publication"]],
    ],
    [
      "He spoke to reporters this morning.",
      "2013-06-08",
      [["this morning", "2013-06-08", "day", "relative-to-publication"]],
    ],
    [
      "The two leaders dine tonight.",
      "2013-06-08",
      [["tonight", "2013-06-08", "day", "relative-to-publication", "future"]],
    ],
    // After a verb in the past, this evening is over.
    [
      "The envoy called the premier this evening.",
      "2013-06-08",
      [["this evening", "2013-06-08", "day", "relative-to-publication"]],
    ],
    [
      "The envoy will call the premier this evening.",
      "2013-06-08",
      [["this evening", "2013-06-08", "day", "relative-to-publication", "future"]],
    ],
    // … and so is one that opens its clause before such a verb; before a verb to come, it is not.
    [
      "This evening the envoy called the premier.",
      "2013-06-08",
      [["This evening", "2013-06-08", "day", "relative-to-publication"]],
    ],
    [
      "“This evening the envoy called the premier.”",
      "2013-06-08",
      [["This evening", "2013-06-08", "day", "relative-to-utterance"]],
    ],
    [
      "This evening the envoy will call the premier.",
      "2013-06-08",
      [["This evening", "2013-06-08", "day", "relative-to-publication", "future"]],
    ],
    [
      "The two sides met two years ago.",
      "2013-06-08",
      [["two years ago", "2011", "year", "relative-to-publication"]],
    ],
    [
      "They talked three days ago.",
      "2013-06-08",
      [["three days ago", "2013-06-05", "day", "relative-to-publication"]],
    ],
    // Counted back to the same month or day: one date at that precision.
    [
      "The two sides met a year ago this month.",
      "2013-06-08",
      [["a year ago this month", "2012-06", "month", "relative-to-publication"]],
    ],
    [
      "The two sides met two years ago today.",
      "2013-06-08",
      [["two years ago today", "2011-06-08", "day", "relative-to-publication"]],
    ],
    // A week or a day back counted to the same day: that very day.
    [
      "The two sides met one week ago today.",
      "2013-06-08",
      [["one week ago today", "2013-06-01", "day", "relative-to-publication"]],
    ],
    [
      "The two sides met three days ago today.",
      "2013-06-08",
      [["three days ago today", "2013-06-05", "day", "relative-to-publication"]],
    ],
    // Negative: "a week ago this month" counts no day.
    [
      "The two sides met a week ago this month.",
      "2013-06-08",
      [
        ["a week ago", "2013-06", "month", "relative-to-publication"],
        ["this month", "2013-06", "month", "relative-to-publication"],
      ],
    ],
    [
      "The two sides met six months ago this week.",
      "2013-06-08",
      [["six months ago this week", "2012-12", "month", "relative-to-publication"]],
    ],
    // Set apart by a stop, "this month" is a date of its own.
    [
      "The two sides met a year ago; this month they met again.",
      "2013-06-08",
      [
        ["a year ago", "2012", "year", "relative-to-publication"],
        ["this month", "2013-06", "month", "relative-to-publication"],
      ],
    ],
    // An open stretch back ("more than", "half a") names no date.
    ["The policy was announced more than half a year ago.", "2013-06-08", []],
    ["The two sides met more than two years ago.", "2013-06-08", []],
    [
      "The envoy visited last week.",
      "2013-06-08",
      [["last week", "2013-05", "month", "relative-to-publication"]],
    ],
    [
      "The envoy visits next week.",
      "2013-06-08",
      [["next week", "2013-06", "month", "relative-to-publication", "future"]],
    ],
    [
      "Officials met this week.",
      "2013-07-31",
      [["this week", "2013-07", "month", "relative-to-publication"]],
    ],
    // This week still holds days to come: the tense says whether the act is on one of them.
    [
      "The general will tour two Army bases later this week.",
      "2013-08-19",
      [["this week", "2013-08", "month", "relative-to-publication", "future"]],
    ],
    // Being somewhere in the present, on a weekday: the one to come; the past tense or a
    // state that is no place ("in talks") keeps the one just past.
    [
      "The treasury secretary is in Beijing on Tuesday.",
      "2013-03-18",
      [["on Tuesday", "2013-03-19", "day", "relative-to-publication", "future"]],
    ],
    [
      "The envoys are visiting Tokyo on Friday.",
      "2013-03-18",
      [["on Friday", "2013-03-22", "day", "relative-to-publication", "future"]],
    ],
    // An occasion someone is hosting or holding, in the present, is to come; one that was
    // hosted keeps the one just past.
    [
      "The navy is hosting a rescue drill in November.",
      "2013-07-12",
      [["November", "2013-11", "month", "relative-to-publication", "future"]],
    ],
    [
      "The navy was hosting a rescue drill in November.",
      "2013-07-12",
      [["November", "2012-11", "month", "relative-to-publication"]],
    ],
    // A visit named as planned or proposed is to come; one named as done is not.
    [
      "The two navies praised the planned visit of the admiral to Pearl Harbor in August.",
      "2013-07-12",
      [["August", "2013-08", "month", "relative-to-publication", "future"]],
    ],
    [
      "The two navies praised the visit of the admiral to Pearl Harbor in June.",
      "2013-07-12",
      [["June", "2013-06", "month", "relative-to-publication"]],
    ],
    // A relative clause with its own subject and a verb in the past dates what was done, though
    // the main clause plans: the month is the one just past …
    [
      "The two navies will resume the drills that Beijing halted in March.",
      "2013-09-12",
      [["March", "2013-03", "month", "relative-to-publication"]],
    ],
    [
      "The envoys will revive the dialogue that they broke off in May.",
      "2013-09-12",
      [["May", "2013-05", "month", "relative-to-publication"]],
    ],
    // So does one whose subject is two names, and a participle right after its noun …
    [
      "The two navies will resume the drills that Seoul and Tokyo halted in March.",
      "2013-09-12",
      [["March", "2013-03", "month", "relative-to-publication"]],
    ],
    [
      "The envoys would build on the accord reached by the ministers in March.",
      "2013-09-12",
      [["March", "2013-03", "month", "relative-to-publication"]],
    ],
    [
      "The envoys will build on the accord reached in March.",
      "2013-09-12",
      [["March", "2013-03", "month", "relative-to-publication"]],
    ],
    // … but not a participle of a plan …
    [
      "The envoys will sign the accord planned by the ministers in March.",
      "2013-09-12",
      [["March", "2014-03", "month", "relative-to-publication", "future"]],
    ],
    // … while one that plans too keeps the future.
    [
      "The two navies will resume the drills that Beijing will host in March.",
      "2013-09-12",
      [["March", "2014-03", "month", "relative-to-publication", "future"]],
    ],
    // A plan a past verb undid was undone then: its month is the one just past.
    [
      "Beijing turned down a proposed visit by the minister in June.",
      "2013-09-12",
      [["June", "2013-06", "month", "relative-to-publication"]],
    ],
    [
      "The navy called off the planned port call in May.",
      "2013-09-12",
      [["May", "2013-05", "month", "relative-to-publication"]],
    ],
    // A weekday after a vow told in the past is the nearest: most often the vow's own day. An
    // agreement's weekday is still what was agreed, to come.
    [
      "Beijing vowed to retaliate against the suppliers on Saturday.",
      "2010-01-31",
      [["on Saturday", "2010-01-30", "day", "relative-to-publication"]],
    ],
    [
      "The ministry suspended the talks and pledged to sanction the firms on Friday.",
      "2010-01-31",
      [["on Friday", "2010-01-29", "day", "relative-to-publication"]],
    ],
    [
      "The two sides agreed to hold talks on Saturday.",
      "2010-01-31",
      [["on Saturday", "2010-02-06", "day", "relative-to-publication", "future"]],
    ],
    // What a step told in the present prepares is to come; a step told in the past may be over.
    [
      "The round lays the groundwork for the admiral's trip to Qingdao in January.",
      "2010-12-10",
      [["January", "2011-01", "month", "relative-to-publication", "future"]],
    ],
    [
      "The exchange sets the stage for a visit by the admiral in March.",
      "2012-11-20",
      [["March", "2013-03", "month", "relative-to-publication", "future"]],
    ],
    // An occasion awaited in the present is to come; one expected in the past may be over.
    [
      "The command anticipates a port call by two frigates in June.",
      "2011-04-12",
      [["June", "2011-06", "month", "relative-to-publication", "future"]],
    ],
    [
      "The command expects a first port call by the frigates in March.",
      "2012-11-20",
      [["March", "2013-03", "month", "relative-to-publication", "future"]],
    ],
    [
      "Diplomats expect the group's second session in March.",
      "2012-11-20",
      [["March", "2013-03", "month", "relative-to-publication", "future"]],
    ],
    [
      "Diplomats recall the group's second session in March.",
      "2012-11-20",
      [["March", "2012-03", "month", "relative-to-publication"]],
    ],
    [
      "The command had expected a port call by the frigates in March.",
      "2012-11-20",
      [["March", "2012-03", "month", "relative-to-publication"]],
    ],
    // So is one planned in the present; a plan made in the past, or the plan named, may be over.
    [
      "The two agencies plan classified briefings for operators in March.",
      "2012-11-20",
      [["March", "2013-03", "month", "relative-to-publication", "future"]],
    ],
    [
      "The agencies planned briefings for operators in March; their plans drew notice in June.",
      "2012-11-20",
      [
        ["March", "2012-03", "month", "relative-to-publication"],
        ["June", "2012-06", "month", "relative-to-publication"],
      ],
    ],
    [
      "The round in January laid the groundwork for the admiral's trip.",
      "2010-12-10",
      [["January", "2010-01", "month", "relative-to-publication"]],
    ],
    // A past weekday told by a clock ahead of the story's may be the day after publication.
    [
      "Seoul reported early Wednesday, Tokyo time, that the patrol was over.",
      "2013-11-26",
      [["Wednesday", "2013-11-27", "day", "relative-to-publication"]],
    ],
    // Negative: by the story's own clock, or two days on, it is the week before.
    [
      "Seoul reported on Wednesday that the patrol was over.",
      "2013-11-26",
      [["on Wednesday", "2013-11-20", "day", "relative-to-publication"]],
    ],
    [
      "Seoul reported early Thursday, Tokyo time, that the patrol was over.",
      "2013-11-26",
      [["Thursday", "2013-11-21", "day", "relative-to-publication"]],
    ],
    [
      "The admiral is leaving for Seoul on Sunday.",
      "2013-04-13",
      [["on Sunday", "2013-04-14", "day", "relative-to-publication", "future"]],
    ],
    [
      "The admiral is leaving Tokyo for Seoul on Sunday.",
      "2013-04-13",
      [["on Sunday", "2013-04-14", "day", "relative-to-publication", "future"]],
    ],
    // Negative: leaving told in the past is over.
    [
      "The admiral was leaving Tokyo for Seoul on Sunday when the storm broke.",
      "2013-04-13",
      [["on Sunday", "2013-04-07", "day", "relative-to-publication"]],
    ],
    [
      "The secretary leaves for Tokyo on Sunday.",
      "2013-04-13",
      [["on Sunday", "2013-04-14", "day", "relative-to-publication", "future"]],
    ],
    [
      "He'll finish his trip at West Point on Thursday.",
      "2012-05-01",
      [["on Thursday", "2012-05-03", "day", "relative-to-publication", "future"]],
    ],
    [
      "He finished his trip at West Point on Thursday.",
      "2012-05-05",
      [["on Thursday", "2012-05-03", "day", "relative-to-publication"]],
    ],
    [
      "The state visit runs from Tuesday through Friday.",
      "2011-01-20",
      [
        [
          "Tuesday through Friday",
          "2011-01-18",
          "day",
          "relative-to-publication",
          "end 2011-01-21",
        ],
      ],
    ],
    [
      "Gates, who retires June 30, said he was pleased.",
      "2011-06-05",
      [["June 30", "2011-06-30", "day", "relative-to-publication", "future"]],
    ],
    [
      "They met on Sat., June 1.",
      "2013-06-08",
      [["on Sat., June 1", "2013-06-01", "day", "relative-to-publication"]],
    ],
    [
      "The secretary travels on to Tokyo on Sunday.",
      "2013-04-13",
      [["on Sunday", "2013-04-14", "day", "relative-to-publication", "future"]],
    ],
    [
      "The secretary left for Tokyo on Sunday.",
      "2013-04-13",
      [["on Sunday", "2013-04-07", "day", "relative-to-publication"]],
    ],
    [
      "The sides are in talks on Tuesday.",
      "2013-03-18",
      [["on Tuesday", "2013-03-12", "day", "relative-to-publication"]],
    ],
    [
      "The treasury secretary was in Beijing on Tuesday.",
      "2013-03-18",
      [["on Tuesday", "2013-03-12", "day", "relative-to-publication"]],
    ],
    // A bare weekend: the one just past, or the next for an act to come; dated by its month.
    [
      "The general toured the base over the weekend.",
      "2013-09-02",
      [["weekend", "2013-08", "month", "relative-to-publication"]],
    ],
    [
      "The general will tour the base over the weekend.",
      "2013-05-30",
      [["weekend", "2013-06", "month", "relative-to-publication", "future"]],
    ],
    // What a step paved the way for someone to do is still to come; what it paved the way for,
    // told as done, is past.
    [
      "The ministry said the talks had helped pave the way for U.S. Secretary Jane Roe to visit Beijing in January.",
      "2010-12-11",
      [["January", "2011-01", "month", "relative-to-publication", "future"]],
    ],
    [
      "The talks paved the way for an agreement that was signed in January.",
      "2010-12-11",
      [["January", "2010-01", "month", "relative-to-publication"]],
    ],
    // An adjective ending in a participle after a hyphen is no past act before the date …
    [
      "The envoy is due to tour a foreign-owned plant near the port on Friday.",
      "2012-03-14",
      [["on Friday", "2012-03-16", "day", "relative-to-publication", "future"]],
    ],
    // … while a participle standing alone still is one.
    [
      "The envoy is due to speak about the plant he toured near the port on Friday.",
      "2012-03-14",
      [["on Friday", "2012-03-09", "day", "relative-to-publication"]],
    ],
    // A participle's aside after the subject has no tense of its own: the main verb after it
    // gives the date its tense, to come …
    [
      "The panel, set up in April when the minister held talks with his counterpart in Hanoi, holds its opening session on Monday at the ministry.",
      "2013-07-05",
      [
        ["April", "2013-04", "month", "relative-to-publication"],
        ["on Monday", "2013-07-08", "day", "relative-to-publication", "future"],
      ],
    ],
    // … or past.
    [
      "The panel, set up in April when the minister held talks with his counterpart in Hanoi, held its opening session on Monday at the ministry.",
      "2013-07-05",
      [
        ["April", "2013-04", "month", "relative-to-publication"],
        ["on Monday", "2013-07-01", "day", "relative-to-publication"],
      ],
    ],
    // A week or weekend counted within a month is dated by the month, not by the reference.
    [
      "The admiral will speak at a forum in Jakarta the second weekend in June.",
      "2013-04-24",
      [["June", "2013-06", "month", "relative-to-publication", "future"]],
    ],
    [
      "The envoy is due in Seoul during the last week of May.",
      "2013-04-24",
      [["May", "2013-05", "month", "relative-to-publication", "future"]],
    ],
    // … and a weekend of a day named after it, by that day.
    [
      "The admiral will speak at a forum in Jakarta the weekend of June 8.",
      "2013-04-24",
      [["June 8", "2013-06-08", "day", "relative-to-publication", "future"]],
    ],
    // A week counted with no month after it is no date.
    ["The first week in office was busy for the new minister.", "2013-04-24", []],
    // "Last weekend" and "next weekend": the month of that weekend's Saturday, not of the
    // Thursday of the week before or after.
    [
      "Last weekend the admiral spoke at a forum in Jakarta.",
      "2014-03-09",
      [["Last weekend", "2014-03", "month", "relative-to-publication"]],
    ],
    [
      "The admiral spoke at a forum in Jakarta last weekend.",
      "2014-03-05",
      [["last weekend", "2014-03", "month", "relative-to-publication"]],
    ],
    [
      "The admiral will speak at a forum in Jakarta next weekend.",
      "2014-03-24",
      [["next weekend", "2014-04", "month", "relative-to-publication", "future"]],
    ],
    // A week is still dated by its Thursday.
    [
      "The admiral spoke at a forum in Jakarta last week.",
      "2014-03-09",
      [["last week", "2014-02", "month", "relative-to-publication"]],
    ],
    [
      "He is expected to meet the premier later in the week.",
      "2013-04-22",
      [["in the week", "2013-04", "month", "relative-to-publication", "future"]],
    ],
    // "last" and "next" before a month alone skip the current month.
    [
      "The two sides met in the capital last December.",
      "2011-12-07",
      [["December", "2010-12", "month", "relative-to-publication"]],
    ],
    [
      "The two sides met in the capital last March.",
      "2011-07-07",
      [["March", "2011-03", "month", "relative-to-publication"]],
    ],
    [
      "The two sides meet again next March.",
      "2011-03-07",
      [["March", "2012-03", "month", "relative-to-publication", "future"]],
    ],
    // "This coming March" is the next March, a year on when said after it …
    [
      "If the port hosts the forum this coming March, the navies will meet there.",
      "2011-11-07",
      [["March", "2012-03", "month", "relative-to-publication", "future"]],
    ],
    // … and this year's when said before it.
    [
      "The port hosts the forum this coming March.",
      "2011-01-07",
      [["March", "2011-03", "month", "relative-to-publication", "future"]],
    ],
    // "May" is read after "last" or "next" too, though chrono takes it after a preposition only …
    [
      "The previous round was held in Beijing last May.",
      "2011-05-10",
      [["May", "2010-05", "month", "relative-to-publication"]],
    ],
    [
      "The next round is held in Washington next May.",
      "2011-05-10",
      [["May", "2012-05", "month", "relative-to-publication", "future"]],
    ],
    // … and after a determiner or a possessive, before a noun …
    [
      "The ministry's May report and the May talks were cited.",
      "2011-07-10",
      [
        ["May", "2011-05", "month", "relative-to-publication"],
        ["May", "2011-05", "month", "relative-to-publication"],
      ],
    ],
    // … but not in a name ("the May Fourth Movement") …
    ["The May Fourth Movement was cited.", "2011-07-10", []],
    // … and "may" the verb is still none.
    [
      "The two sides may meet again next year.",
      "2011-05-10",
      [["next year", "2012", "year", "relative-to-publication", "future"]],
    ],
    [
      "The talks resume next week.",
      "2013-07-26",
      [["next week", "2013-08", "month", "relative-to-publication", "future"]],
    ],
    [
      "They hold talks Friday, followed by a dinner Saturday.",
      "2013-06-07",
      [
        ["Friday", "2013-06-07", "day", "relative-to-publication"],
        ["Saturday", "2013-06-08", "day", "relative-to-publication", "future"],
      ],
    ],
    // Two weekdays joined by "and" are one occasion's days in order, even when the second,
    // read alone, would be the day of publication.
    [
      "The leaders will meet next Friday and Saturday.",
      "2013-06-01",
      [
        [
          "next Friday and Saturday",
          "2013-06-07",
          "day",
          "relative-to-publication",
          "end 2013-06-08",
          "future",
        ],
      ],
    ],
    // Dates with their numbers are read as they stand.
    [
      "The leaders met on June 7 and June 1.",
      "2013-06-08",
      [
        ["June 7", "2013-06-07", "day", "relative-to-publication"],
        ["June 1", "2013-06-01", "day", "relative-to-publication"],
      ],
    ],
    [
      "They met Saturday and again Friday.",
      "2013-06-07",
      [
        ["Saturday", "2013-06-01", "day", "relative-to-publication"],
        ["Friday", "2013-06-07", "day", "relative-to-publication"],
      ],
    ],
    [
      "They held a dialogue on Monday and Tuesday.",
      "2013-07-10",
      [["on Monday and Tuesday", "2013-07-08", "day", "relative-to-publication", "end 2013-07-09"]],
    ],
    // After a comma, or counted on with a verb after it, the next day is a clause of its own.
    [
      "They held talks on Monday, and Tuesday they toured the port.",
      "2013-07-10",
      [
        ["on Monday", "2013-07-08", "day", "relative-to-publication"],
        ["Tuesday", "2013-07-09", "day", "relative-to-publication"],
      ],
    ],
    [
      "They held talks on July 8 and the following day toured the port.",
      "2013-07-10",
      [
        ["July 8", "2013-07-08", "day", "relative-to-publication"],
        ["the following day", "2013-07-09", "day", "previous-date"],
      ],
    ],
    // … and so is a day with a verb of its own right after it.
    [
      "They held talks on Monday and on Tuesday toured the port.",
      "2013-07-10",
      [
        ["on Monday", "2013-07-08", "day", "relative-to-publication"],
        ["on Tuesday", "2013-07-09", "day", "relative-to-publication"],
      ],
    ],
    [
      "They held talks on July 8 and the following day.",
      "2013-07-10",
      [
        [
          "July 8 and the following day",
          "2013-07-08",
          "day",
          "relative-to-publication",
          "end 2013-07-09",
        ],
      ],
    ],
    // A clause of what came first ("after imposing …"), after a main clause dated on its own,
    // does not share that clause's future …
    [
      "The agency is due to rule on the appeal on Wednesday, after opening its review in May.",
      "2012-10-08",
      [
        ["on Wednesday", "2012-10-10", "day", "relative-to-publication", "future"],
        ["May", "2012-05", "month", "relative-to-publication"],
      ],
    ],
    // … but a clause of what comes next does, as does one after an undated main clause.
    [
      "The envoy will visit Qingdao on Thursday, before leaving for Tokyo on Friday.",
      "2012-10-08",
      [
        ["on Thursday", "2012-10-11", "day", "relative-to-publication", "future"],
        ["on Friday", "2012-10-12", "day", "relative-to-publication", "future"],
      ],
    ],
    [
      "The ministry is due to announce duties after imposing tariffs in November.",
      "2012-10-08",
      [["November", "2012-11", "month", "relative-to-publication", "future"]],
    ],
    // A day soon to come, told in the present with no verb in the past, is the coming one …
    [
      "The two defense chiefs hold their dialogue on June 7-8.",
      "2013-05-22",
      [["June 7-8", "2013-06-07", "day", "relative-to-publication", "end 2013-06-08", "future"]],
    ],
    // … not when the sentence tells of the past, nor when the day is months away.
    [
      "The two defense chiefs held their dialogue on June 7-8.",
      "2013-05-22",
      [["June 7-8", "2012-06-07", "day", "relative-to-publication", "end 2012-06-08"]],
    ],
    [
      "The two defense chiefs hold their dialogue on November 7.",
      "2013-05-22",
      [["November 7", "2012-11-07", "day", "relative-to-publication"]],
    ],
    [
      "They met on Monday and Thursday.",
      "2013-07-12",
      [
        ["on Monday", "2013-07-08", "day", "relative-to-publication"],
        ["Thursday", "2013-07-11", "day", "relative-to-publication"],
      ],
    ],
    [
      "The stop wrapped up his six-day visit starting on May 4.",
      "2012-05-11",
      [["May 4", "2012-05-04", "day", "relative-to-publication", "end 2012-05-09"]],
    ],
    // An occasion that "runs through" a weekday goes on until the next one …
    [
      "The dialogue runs through Thursday.",
      "2013-07-10",
      [["Thursday", "2013-07-11", "day", "relative-to-publication", "future"]],
    ],
    // … and one that "ran through" it ended on the last one.
    [
      "The dialogue ran through Thursday.",
      "2013-07-10",
      [["Thursday", "2013-07-04", "day", "relative-to-publication"]],
    ],
    // A relative clause's date takes that clause's tense, not the main clause's after its comma …
    [
      "The admiral, who landed in Manila on Sunday, is scheduled to tour Cebu on Thursday.",
      "2012-09-18",
      [
        ["on Sunday", "2012-09-16", "day", "relative-to-publication"],
        ["on Thursday", "2012-09-20", "day", "relative-to-publication", "future"],
      ],
    ],
    // … and a future relative clause stays future.
    [
      "The admiral, who will land in Manila on Sunday, toured Cebu on Thursday.",
      "2012-09-18",
      [
        ["on Sunday", "2012-09-23", "day", "relative-to-publication", "future"],
        ["on Thursday", "2012-09-13", "day", "relative-to-publication"],
      ],
    ],
    // A date right after an appositive set off by commas is the main clause's, whatever the
    // appositive's own tense …
    [
      "The admiral will tour Zhanjiang, a port where the South Sea Fleet is based, on Thursday.",
      "2012-09-18",
      [["on Thursday", "2012-09-20", "day", "relative-to-publication", "future"]],
    ],
    // … and a past main clause stays past though the appositive looks ahead.
    [
      "The admiral toured Zhanjiang, a port that will host a fleet review, on Monday.",
      "2012-09-18",
      [["on Monday", "2012-09-17", "day", "relative-to-publication"]],
    ],
    // A comma inside a relative clause that goes on with a list of names does not close it.
    [
      "The talks ended in Hanoi, where the envoy said he will next visit Manila, Jakarta and Dili from May 31 to June 6.",
      "2013-05-21",
      [
        [
          "May 31 to June 6",
          "2013-05-31",
          "day",
          "relative-to-publication",
          "end 2013-06-06",
          "future",
        ],
      ],
    ],
    // A stay told in the present over weekdays that hold the reference day is under way …
    [
      "The envoy, who is in Beijing from Sunday to Wednesday, met the premier.",
      "2013-04-22",
      [["Sunday to Wednesday", "2013-04-21", "day", "relative-to-publication", "end 2013-04-24"]],
    ],
    // … but not when the span lies ahead, nor in the future tense.
    [
      "The envoy is in Beijing from Thursday to Saturday.",
      "2013-04-22",
      [
        [
          "Thursday to Saturday",
          "2013-04-25",
          "day",
          "relative-to-publication",
          "end 2013-04-27",
          "future",
        ],
      ],
    ],
    [
      "The two sides agreed to hold talks from Monday to Thursday.",
      "2013-04-23",
      [
        [
          "Monday to Thursday",
          "2013-04-29",
          "day",
          "relative-to-publication",
          "end 2013-05-02",
          "future",
        ],
      ],
    ],
    [
      "The envoy will be in Beijing from Sunday to Wednesday.",
      "2013-04-22",
      [
        [
          "Sunday to Wednesday",
          "2013-04-28",
          "day",
          "relative-to-publication",
          "end 2013-05-01",
          "future",
        ],
      ],
    ],
    // "since" opens a clause of its own, in the past, inside a sentence about what is to come …
    [
      "The summit will be their first meeting since the president took office in March.",
      "2013-05-21",
      [["March", "2013-03", "month", "relative-to-publication"]],
    ],
    // … while the sentence's own future date stays future.
    [
      "The two sides have not met since the talks were suspended in March, but will meet again in July.",
      "2013-05-21",
      [
        ["March", "2013-03", "month", "relative-to-publication"],
        ["July", "2013-07", "month", "relative-to-publication", "future"],
      ],
    ],
  ])("%s (published %s)", (sentence, pub, expected) => {
    expect(times(sentence, pub)).toEqual(expected);
  });
});

describe("resolveTimes: a guessed publication date (the article states none)", () => {
  const guessed = (sentence: string) =>
    resolveTimes(sentence, 0, [], {
      published: fromIso("2011-01-01"),
      scene: fromIso("2011-01-01"),
      estimated: true,
    }).map((t) => [t.value, t.future]);
  it.each([
    // A date after the guess is not thereby to come: the tense says it happened …
    ["The general visited Washington in May 2011.", [["2011-05", false]]],
    ["The report came out in 2012.", [["2012", false]]],
    // … and the tense still says what is planned.
    ["The general will visit Washington in May 2011.", [["2011-05", true]]],
    ["The general is scheduled to visit Washington in 2012.", [["2012", true]]],
  ])("%s", (sentence, expected) => {
    expect(guessed(sentence)).toEqual(expected);
  });
});

describe("resolveTimes: numeric dates on a page that writes the day first", () => {
  const read = (sentence: string, dayFirst: boolean) =>
    resolveTimes(sentence, 0, [], {
      published: fromIso("2013-02-26"),
      scene: fromIso("2013-02-26"),
      dayFirst,
    }).map((t) => [t.text, t.value]);
  it.each<[string, boolean, string[][]]>([
    // On a day-first page the day comes first …
    ["4/9/2012 The envoys hold talks in the capital.", true, [["4/9/2012", "2012-09-04"]]],
    ["19/2/2011 The envoys meet again.", true, [["19/2/2011", "2011-02-19"]]],
    // … and on any other page the month does.
    ["4/9/2012 The envoys hold talks in the capital.", false, [["4/9/2012", "2012-04-09"]]],
  ])("%s (day first: %s)", (sentence, dayFirst, expected) => {
    expect(read(sentence, dayFirst)).toEqual(expected);
  });
});

describe("resolveTimes: occasions that last several days", () => {
  it.each([
    [
      "Defense officials of the two countries held two days of talks on Thursday.",
      "2013-03-09",
      [["on Thursday", "2013-03-07", "day", "relative-to-publication", "end 2013-03-08"]],
    ],
    [
      "The delegations began two days of talks starting Thursday in Beijing.",
      "2013-03-09",
      [["Thursday", "2013-03-07", "day", "relative-to-publication", "end 2013-03-08"]],
    ],
    [
      "The general wrapped up a three-day visit to Beijing on Friday.",
      "2013-03-09",
      [["on Friday", "2013-03-06", "day", "relative-to-publication", "end 2013-03-08"]],
    ],
    [
      "Panetta and Liang on Tuesday pledged to deepen ties, wrapping up two days of talks in Beijing.",
      "2012-09-19",
      [["on Tuesday", "2012-09-17", "day", "relative-to-publication", "end 2012-09-18"]],
    ],
    // The last day of the length, named after it, is the span's last …
    [
      "The minister spent the last day of her four-day visit in Shanghai on Friday.",
      "2013-03-09",
      [["on Friday", "2013-03-05", "day", "relative-to-publication", "end 2013-03-08"]],
    ],
    // … but a day set off before such words is the day of the sentence's own act, one day of it.
    [
      "The general toured a naval base on Friday, the final day of her three-day trip.",
      "2013-03-09",
      [["on Friday", "2013-03-08", "day", "relative-to-publication"]],
    ],
    // … while a first day of it opens the span.
    [
      "The minister spent the first day of her four-day visit in Shanghai on Friday.",
      "2013-03-09",
      [["on Friday", "2013-03-08", "day", "relative-to-publication", "end 2013-03-11"]],
    ],
    // A day "at the end of" the length is its last; "at the start of" it is no end of the span.
    [
      "The general left Beijing on Friday at the end of a three-day visit.",
      "2013-03-09",
      [["on Friday", "2013-03-06", "day", "relative-to-publication", "end 2013-03-08"]],
    ],
    [
      "The general spoke on Friday at the start of a three-day visit.",
      "2013-03-09",
      [["on Friday", "2013-03-08", "day", "relative-to-publication"]],
    ],
    // A day before a clause that opens with "after" dates its own act, not the closing told there.
    [
      "The two ministers talked on Friday evening, shortly after the envoys ended their three-day conference.",
      "2013-03-09",
      [["on Friday evening", "2013-03-08", "day", "relative-to-publication"]],
    ],
    // A participle set off by a comma after the occasion dates it as its verb would.
    [
      "The two-day dialogue, opened by Vice President Biden on Wednesday, was co-chaired by Kerry.",
      "2013-07-12",
      [["on Wednesday", "2013-07-10", "day", "relative-to-publication", "end 2013-07-11"]],
    ],
    [
      "The three-day talks, concluded on Friday, produced no statement.",
      "2013-07-12",
      [["on Friday", "2013-07-10", "day", "relative-to-publication", "end 2013-07-12"]],
    ],
    // A day in another clause is not the occasion's: Wednesday dates the meeting with Xi.
    [
      "Panetta, who began a three-day visit, also met Xi Jinping on Wednesday.",
      "2012-09-19",
      [["on Wednesday", "2012-09-19", "day", "relative-to-publication"]],
    ],
    // An arrival for a stay whose end a clause names opens the stay, which runs to that day …
    [
      "Gen. Fang arrived on Sunday for a four-day visit to the United States, which will end on Wednesday.",
      "2013-03-11",
      [["on Sunday", "2013-03-10", "day", "relative-to-publication", "end 2013-03-13"]],
    ],
    // … as does "through" a day, the first such day after the arrival (Wednesday is still to come) …
    [
      "Gen. Fang arrived on Sunday for a four-day visit through Wednesday.",
      "2013-03-11",
      [["on Sunday", "2013-03-10", "day", "relative-to-publication", "end 2013-03-13"]],
    ],
    // … without that clause, the arrival is the first of the visit's four days.
    [
      "Gen. Fang arrived on Sunday for a four-day visit to the United States.",
      "2013-03-11",
      [["on Sunday", "2013-03-10", "day", "relative-to-publication", "end 2013-03-13"]],
    ],
    // A trip that sets out on a day for a stretch of days spans them from that day …
    [
      "The secretary will fly to Beijing on Monday for three days of talks with Chinese leaders.",
      "2013-03-09",
      [["on Monday", "2013-03-11", "day", "relative-to-publication", "end 2013-03-13", "future"]],
    ],
    [
      "The minister left for Washington on Thursday for a four-day visit.",
      "2013-03-09",
      [["on Thursday", "2013-03-07", "day", "relative-to-publication", "end 2013-03-10"]],
    ],
    // The length as the subject of a verb ending it on the day, with a long name between …
    [
      "The three days of consultations under the Military Maritime Consultative Agreement in Hawaii closed on Friday.",
      "2013-03-09",
      [["on Friday", "2013-03-06", "day", "relative-to-publication", "end 2013-03-08"]],
    ],
    // … but not as far without such a verb.
    [
      "The three days of consultations under the Military Maritime Consultative Agreement in Hawaii drew praise on Friday.",
      "2013-03-09",
      [["on Friday", "2013-03-08", "day", "relative-to-publication"]],
    ],
    // … but an arrival on the way dates the arrival only.
    [
      "The delegation landed in Beijing on Monday for two days of talks.",
      "2013-03-12",
      [["on Monday", "2013-03-11", "day", "relative-to-publication"]],
    ],
    // Two days that open the sentence take the tense of the main clause after their comma.
    [
      "On Friday and Saturday, the two ministers will hold talks in Hanoi.",
      "2013-03-12",
      [
        [
          "On Friday and Saturday",
          "2013-03-15",
          "day",
          "relative-to-publication",
          "end 2013-03-16",
          "future",
        ],
      ],
    ],
    [
      "On Friday and Saturday, the two ministers held talks in Hanoi.",
      "2013-03-12",
      [
        [
          "On Friday and Saturday",
          "2013-03-08",
          "day",
          "relative-to-publication",
          "end 2013-03-09",
        ],
      ],
    ],
    // A length with no day beside it widens nothing.
    [
      "The two-day dialogue, first held in 2011, returned to Washington.",
      "2013-03-09",
      [["2011", "2011", "year", "explicit"]],
    ],
  ])("%s (published %s)", (sentence, pub, expected) => {
    expect(times(sentence, pub)).toEqual(expected);
  });
});

describe("resolveTimes: seasons and parts of years", () => {
  it.each([
    [
      "Chang is expected to visit Washington in the summer.",
      "2013-03-09",
      [["the summer", "2013", "year", "relative-to-publication", "future"]],
    ],
    [
      "The navies plan to hold joint drills this spring.",
      "2013-03-09",
      [["this spring", "2013", "year", "relative-to-publication", "future"]],
    ],
    // "this" names the reference year's season, begun or not, in any tense …
    [
      "The envoy, in line for the post this fall, met the minister.",
      "2013-05-06",
      [["this fall", "2013", "year", "relative-to-publication"]],
    ],
    // … while "the" in the past names the latest season begun.
    [
      "The envoy met the minister in the fall.",
      "2013-05-06",
      [["the fall", "2012", "year", "relative-to-publication"]],
    ],
    // A determiner that opens the sentence …
    [
      "Last fall, the admiral toured the fleet's bases.",
      "2013-05-06",
      [["Last fall", "2012", "year", "relative-to-publication"]],
    ],
    // … but not a season's word in capitals, which is a name.
    ["This Spring Festival the admiral toured the fleet's bases.", "2013-05-06", []],
    // "in" with no determiner reads as "in the": the latest begun in the past …
    [
      "In summer, the admiral toured the fleet's bases.",
      "2013-05-06",
      [["In summer", "2012", "year", "relative-to-publication"]],
    ],
    // … and the coming one in the future.
    [
      "The admiral is expected to tour the bases in spring.",
      "2013-10-06",
      [["in spring", "2014", "year", "relative-to-publication", "future"]],
    ],
    // "in" before a season word that is a drop is still no season.
    ["Officials noted a sharp rise in fall in exports of parts.", "2013-05-06", []],
    [
      "The two militaries agreed on Thursday to hold talks in the fall.",
      "2013-03-09",
      [
        ["on Thursday", "2013-03-07", "day", "relative-to-publication"],
        ["the fall", "2013", "year", "relative-to-publication", "future"],
      ],
    ],
    // A decision told in the pluperfect still plans what it decided, even a second infinitive …
    [
      "He said the navies had agreed to hold a drill this month and to conduct another in November.",
      "2013-08-19",
      [
        ["this month", "2013-08", "month", "relative-to-publication", "future"],
        ["November", "2013-11", "month", "relative-to-publication", "future"],
      ],
    ],
    // A plan's noun plans as its verb does …
    [
      "Mullen said he had accepted Chen's invitation to visit China in July.",
      "2011-05-18",
      [["July", "2011-07", "month", "relative-to-publication", "future"]],
    ],
    // … but "to" before a determiner is no infinitive: the invitation was accepted in March …
    [
      "Beijing accepted the invitation to the drill in March, an official said.",
      "2013-05-18",
      [["March", "2013-03", "month", "relative-to-publication"]],
    ],
    // … nor before a name, where "to" is a preposition: the decision went to Congress on Monday …
    [
      "A decision, sent to Congress on Monday, to expand the exchanges was welcomed.",
      "2012-03-14",
      [["on Monday", "2012-03-12", "day", "relative-to-publication"]],
    ],
    // (The words are read in their sentence's case: a plan word opening it still plans.)
    [
      "Plans to hold the talks in May were confirmed.",
      "2012-03-14",
      [["May", "2012-05", "month", "relative-to-publication", "future"]],
    ],
    // … nor once the clause has turned to what happened to the invitation itself.
    [
      "The invitation to visit China, delivered in March, was accepted.",
      "2011-05-18",
      [["March", "2011-03", "month", "relative-to-publication"]],
    ],
    // … nor once the clause tells, in the passive past, what happened to the plan itself …
    [
      "The decision to attend the summit was announced on April 1.",
      "2010-04-13",
      [["April 1", "2010-04-01", "day", "relative-to-publication"]],
    ],
    [
      "The decision to attend the summit was expected in May.",
      "2010-04-13",
      [["May", "2010-05", "month", "relative-to-publication", "future"]],
    ],
    // … while a plan or a hope in the pluperfect was given up.
    [
      "The minister had planned to visit Beijing in November.",
      "2013-08-19",
      [["November", "2012-11", "month", "relative-to-publication"]],
    ],
    // A date opening the sentence takes its main clause's tense, not a complement's, told with
    // "that" or without it …
    [
      "On Monday, the two navies agreed that they will hold more drills.",
      "2013-08-20",
      [["On Monday", "2013-08-19", "day", "relative-to-publication"]],
    ],
    [
      "On Monday the two ministers agreed they would hold more drills.",
      "2013-08-20",
      [["On Monday", "2013-08-19", "day", "relative-to-publication"]],
    ],
    // … while a main clause in the future, before a relative clause, is still to come.
    [
      "On Monday the sides will sign a pact that sets up a hotline.",
      "2013-08-20",
      [["On Monday", "2013-08-26", "day", "relative-to-publication", "future"]],
    ],
    // The wires' future in the past is still to come …
    [
      "The general held talks with Mullen and was due to meet Gates on Thursday.",
      "2011-05-18",
      [["on Thursday", "2011-05-19", "day", "relative-to-publication", "future"]],
    ],
    [
      "The general was to fly to Norfolk on Thursday for a tour of the base.",
      "2011-05-18",
      [["on Thursday", "2011-05-19", "day", "relative-to-publication", "future"]],
    ],
    // Negative: "was" with "to" that opens no plan of going or meeting.
    [
      "The general was to blame for the delay on Thursday.",
      "2011-05-18",
      [["on Thursday", "2011-05-12", "day", "relative-to-publication"]],
    ],
    [
      "The general said he looked forward to seeing Gates in Norfolk on May 26.",
      "2011-05-18",
      [["May 26", "2011-05-26", "day", "relative-to-publication", "future"]],
    ],
    // Negative: a wish for what was told as done is no plan.
    [
      "The general said he looked back fondly on seeing Gates in Norfolk on May 6.",
      "2011-05-18",
      [["May 6", "2011-05-06", "day", "relative-to-publication"]],
    ],
    // … or already past, when the weekday it names is nearer behind the reference day …
    [
      "On Tuesday the general was scheduled to fly to Norfolk.",
      "2011-05-18",
      [["On Tuesday", "2011-05-17", "day", "relative-to-publication"]],
    ],
    // … which the present's plans never are.
    [
      "On Tuesday the general is scheduled to fly to Norfolk.",
      "2011-05-18",
      [["On Tuesday", "2011-05-24", "day", "relative-to-publication", "future"]],
    ],
    // … but a guess about the past is not.
    [
      "The general was expected to raise the issue when he met Gates on Monday.",
      "2011-05-18",
      [["on Monday", "2011-05-16", "day", "relative-to-publication"]],
    ],
    // A date in "during" names the occasion the plan was made at, not the plan …
    [
      "Hu and Obama agreed to set up the dialogue during Hu's state visit to Washington in January.",
      "2011-05-10",
      [["January", "2011-01", "month", "relative-to-publication"]],
    ],
    // … while after a decision told in the simple past, the month is the nearest one: the
    // decision's, or the plan's when it is still to come …
    [
      "Hu and Obama agreed to set up the dialogue in January.",
      "2011-05-10",
      [["January", "2011-01", "month", "relative-to-publication"]],
    ],
    [
      "Hu and Obama agreed to set up the dialogue in July.",
      "2011-05-10",
      [["July", "2011-07", "month", "relative-to-publication", "future"]],
    ],
    // … and the next one in the perfect, or when the decision has a date of its own.
    [
      "Hu and Obama have agreed to set up the dialogue in January.",
      "2011-05-10",
      [["January", "2012-01", "month", "relative-to-publication", "future"]],
    ],
    [
      "Hu and Obama agreed on Tuesday to set up the dialogue in January.",
      "2011-05-10",
      [
        ["on Tuesday", "2011-05-10", "day", "relative-to-publication"],
        ["January", "2012-01", "month", "relative-to-publication", "future"],
      ],
    ],
    // A part of a month is that month, not its last or first day …
    [
      "Hagel will meet Chinese officials in Singapore at the end of the month.",
      "2013-05-06",
      [["end of the month", "2013-05", "month", "relative-to-publication", "future"]],
    ],
    // … while a day of it is that day.
    [
      "The talks ended on the last day of May.",
      "2013-06-06",
      [["last day of May", "2013-05-31", "day", "relative-to-publication"]],
    ],
    // The date of a clause of its own keeps that clause's tense.
    [
      "Obama said he would raise cyber theft when he met Xi on Friday.",
      "2013-06-10",
      [["on Friday", "2013-06-07", "day", "relative-to-publication"]],
    ],
    [
      "The ministers will meet again later this year.",
      "2013-03-09",
      [["later this year", "2013", "year", "relative-to-publication", "future"]],
    ],
    [
      "Xi is expected to visit early next year.",
      "2013-10-09",
      [["early next year", "2014", "year", "relative-to-publication", "future"]],
    ],
    [
      "The ministers met last summer in Beijing.",
      "2013-03-09",
      [["last summer", "2012", "year", "relative-to-publication"]],
    ],
    [
      "Talks stalled in the winter after the arms sale.",
      "2013-03-09",
      [["the winter", "2013", "year", "relative-to-publication"]],
    ],
    // A bare season told after a past year in the narration is that year's …
    [
      "The navy cut its port calls early last year, and the pause lasted into the summer.",
      "2013-07-20",
      [
        ["early last year", "2012", "year", "relative-to-publication"],
        ["the summer", "2012", "year", "previous-date"],
      ],
    ],
    // … not when it is still to come, nor with no past year before it.
    [
      "The navy cut its port calls early last year, and will resume them in the summer.",
      "2013-07-20",
      [
        ["early last year", "2012", "year", "relative-to-publication"],
        ["the summer", "2013", "year", "relative-to-publication", "future"],
      ],
    ],
    [
      "The pause in port calls lasted into the summer.",
      "2013-07-20",
      [["the summer", "2013", "year", "relative-to-publication"]],
    ],
    // A season of a year named after it is dated by that year alone, not also as a season of its own.
    [
      "The admiral toured the bases in the autumn of last year.",
      "2013-03-09",
      [["last year", "2012", "year", "relative-to-publication"]],
    ],
    [
      "The admiral will tour the bases in the spring of next year.",
      "2013-03-09",
      [["next year", "2014", "year", "relative-to-publication", "future"]],
    ],
  ])("%s (published %s)", (sentence, pub, expected) => {
    expect(times(sentence, pub)).toEqual(expected);
  });
});

describe("resolveTimes: quotations against the day they were spoken", () => {
  it.each([
    [
      "“The NSA program, as I discussed this morning, is limited,” Obama said.",
      [["this morning", "2013-06-07", "day", "relative-to-utterance"]],
    ],
    [
      "“We will talk tonight and tomorrow,” Obama said.",
      [
        [
          "tonight and tomorrow",
          "2013-06-07",
          "day",
          "relative-to-utterance",
          "end 2013-06-08",
          "future",
        ],
      ],
    ],
    [
      "“The ministers will visit within the year,” Xi said.",
      [["within the year", "2013", "year", "relative-to-utterance", "future"]],
    ],
    [
      "Xi noted that during his discussions earlier in the day, they agreed.",
      [["earlier in the day", "2013-06-07", "day", "relative-to-utterance"]],
    ],
  ])("%s", (sentence, expected) => {
    expect(times(sentence, "2013-06-08", "2013-06-07")).toEqual(expected);
  });
});

describe("resolveTimes: dates that repeat the previous one", () => {
  it.each([
    [
      "Also that year, the two sides discussed the issue.",
      [["that year", "2010", "year", "previous-date"]],
    ],
    [
      "The following year they met again.",
      [["The following year", "2011", "year", "previous-date"]],
    ],
    ["A year later they met again.", [["A year later", "2011", "year", "previous-date"]]],
    [
      "The following February they met again.",
      [["The following February", "2011-02", "month", "previous-date"]],
    ],
    [
      "Talks resumed after a freeze the year before.",
      [["the year before", "2009", "year", "previous-date"]],
    ],
    ["The year after, they met again.", [["The year after", "2011", "year", "previous-date"]]],
    // Before or after an occasion it names, it is no step from the date told.
    ["They met the year before the election.", []],
    ["Talks resumed later in the year.", [["later in the year", "2010", "year", "previous-date"]]],
  ])("%s", (sentence, expected) => {
    const previous = { value: "2010", precision: "year" as const };
    expect(times(sentence, "2012-05-07", "2012-05-07", previous)).toEqual(expected);
  });

  it.each([
    ["The envoy came later in the month.", "later in the month", "2011-08", "month"],
    ["They had met earlier in the year.", "earlier in the year", "2011", "year"],
    ["At the start of the month, they met.", "At the start of the month", "2011-08", "month"],
    ["They met at the beginning of the year.", "at the beginning of the year", "2011", "year"],
    ["Early in the month, the leaders spoke by phone.", "Early in the month", "2011-08", "month"],
    ["They had met late in the year.", "late in the year", "2011", "year"],
  ])("%s (within the month or year told before)", (sentence, text, value, precision) => {
    const previous = { value: "2011-08-17", precision: "day" as const };
    expect(times(sentence, "2013-05-07", "2013-05-07", previous)).toEqual([
      [text, value, precision, "previous-date"],
    ]);
  });

  it("the start of an occasion names no month", () => {
    const previous = { value: "2011-08-17", precision: "day" as const };
    expect(
      times("At the start of the talks, they met.", "2013-05-07", "2013-05-07", previous),
    ).toEqual([]);
  });

  it.each([
    // The next such month after the date told, the last one before it, or the one of its year.
    ["The following February they met.", "The following February", "2012-02"],
    ["The next September they met.", "The next September", "2011-09"],
    ["That June they had met.", "That June", "2011-06"],
    ["The previous December they had met.", "The previous December", "2010-12"],
  ])("%s (a month named from the date before)", (sentence, text, value) => {
    const previous = { value: "2011-08-17", precision: "day" as const };
    expect(times(sentence, "2013-05-07", "2013-05-07", previous)).toEqual([
      [text, value, "month", "previous-date"],
    ]);
  });

  it.each([
    ["That spring they met.", "That spring"],
    ["The ice thawed that autumn, when they met.", "that autumn"],
    ["They met again that fall.", "that fall"],
    ["That same winter they met.", "That same winter"],
  ])("%s (a season of the year told before)", (sentence, text) => {
    const previous = { value: "2011-05", precision: "month" as const };
    expect(times(sentence, "2013-05-07", "2013-05-07", previous)).toEqual([
      [text, "2011", "year", "previous-date"],
    ]);
  });

  it("'that' before a verb 'fall' is no season", () => {
    const previous = { value: "2011-05", precision: "month" as const };
    expect(
      times("Exports that fall short were cut.", "2013-05-07", "2013-05-07", previous),
    ).toEqual([]);
  });

  it("a month named alone is read from publication, not from the date before", () => {
    const previous = { value: "2011-08-17", precision: "day" as const };
    expect(times("In February they met.", "2013-05-07", "2013-05-07", previous)).toEqual([
      ["February", "2013-02", "month", "relative-to-publication"],
    ]);
  });
});

describe("resolveTimes: days that repeat the previous one", () => {
  it.each([
    [
      "Later that day, Xi was welcomed at the Pentagon.",
      [["that day", "2012-02-14", "day", "previous-date"]],
    ],
    ["The next day they flew to Iowa.", [["The next day", "2012-02-15", "day", "previous-date"]]],
    // "very" stresses the step; it is no word of another date.
    [
      "The very next day they flew to Iowa.",
      [["The very next day", "2012-02-15", "day", "previous-date"]],
    ],
    [
      "That very same day they flew to Iowa.",
      [["That very same day", "2012-02-14", "day", "previous-date"]],
    ],
    ["A day later they met again.", [["A day later", "2012-02-15", "day", "previous-date"]]],
    [
      "The previous day he had arrived.",
      [["The previous day", "2012-02-13", "day", "previous-date"]],
    ],
    // Hours or minutes after it are within it; a count of hours is no date.
    ["Hours later he spoke to cadets.", [["Hours later", "2012-02-14", "day", "previous-date"]]],
    [
      "A few minutes later the talks resumed.",
      [["A few minutes later", "2012-02-14", "day", "previous-date"]],
    ],
    ["The talks lasted hours.", []],
    // So are hours before the occasion told; hours before a clock time name none.
    [
      "Hours before the meeting the jet flew.",
      [["Hours before", "2012-02-14", "day", "previous-date"]],
    ],
    ["Hours before noon the jet flew.", []],
    // Uncounted days or weeks after it are its month, no day of it; days of talks are no date.
    ["Days later he spoke to cadets.", [["Days later", "2012-02", "month", "previous-date"]]],
    [
      "A few weeks afterward the talks resumed.",
      [["A few weeks afterward", "2012-02", "month", "previous-date"]],
    ],
    ["The talks lasted days.", []],
    // The week of the date told is its month; a week's count or a weekday names no such week.
    [
      "Later that week the envoy toured a shipyard.",
      [["Later that week", "2012-02", "month", "previous-date"]],
    ],
    ["He was in Beijing the same week.", [["the same week", "2012-02", "month", "previous-date"]]],
    ["The talks lasted a week.", []],
    ["They met in the same week that he flew home.", []],
    ["He had arrived the day before.", [["the day before", "2012-02-13", "day", "previous-date"]]],
    ["They met the day after the summit.", []],
  ])("%s", (sentence, expected) => {
    const previous = { value: "2012-02-14", precision: "day" as const };
    expect(times(sentence, "2012-02-15", "2012-02-15", previous)).toEqual(expected);
  });

  it.each([
    // After a span, a step forward counts from its last day, one back from its first.
    ["Hours later he spoke to cadets.", [["Hours later", "2012-02-16", "day", "previous-date"]]],
    ["The next day they flew to Iowa.", [["The next day", "2012-02-17", "day", "previous-date"]]],
    [
      "The previous day he had arrived.",
      [["The previous day", "2012-02-13", "day", "previous-date"]],
    ],
    // Negative: "that day" repeats the span's first day.
    ["Later that day, Xi was welcomed.", [["that day", "2012-02-14", "day", "previous-date"]]],
  ])("after a span: %s", (sentence, expected) => {
    const previous = { value: "2012-02-14", endValue: "2012-02-16", precision: "day" as const };
    expect(times(sentence, "2012-02-20", "2012-02-20", previous)).toEqual(expected);
  });

  it.each([
    [
      "Three days later the envoys met again.",
      [["Three days later", "2012-02-17", "day", "previous-date"]],
    ],
    [
      "Two days earlier the ministers spoke.",
      [["Two days earlier", "2012-02-12", "day", "previous-date"]],
    ],
    ["The fleet sailed that evening.", [["that evening", "2012-02-14", "day", "previous-date"]]],
    // "in the evening" is a part of the day told before, not of the day of publication …
    [
      "In the evening, the minister hosted a banquet.",
      [["In the evening", "2012-02-14", "day", "previous-date"]],
    ],
    // So is a part of a day that measures what filled it ("a morning of meetings").
    [
      "The envoys then held a morning of meetings.",
      [["a morning", "2012-02-14", "day", "previous-date"]],
    ],
    // … while "this morning" is the day of publication, and "the morning of" a date that date.
    [
      "The fleet sailed this morning.",
      [["this morning", "2012-02-20", "day", "relative-to-publication"]],
    ],
    // A part of "the same day", "the next day" is that day's.
    [
      "On the afternoon of the same day, the envoys held talks.",
      [["the same day", "2012-02-14", "day", "previous-date"]],
    ],
    [
      "On the morning of the next day, the envoys held talks.",
      [["the next day", "2012-02-15", "day", "previous-date"]],
    ],
  ])("%s (a count of days, a part of the day)", (sentence, expected) => {
    const previous = { value: "2012-02-14", precision: "day" as const };
    expect(times(sentence, "2012-02-20", "2012-02-20", previous)).toEqual(expected);
  });

  it("steps from an earlier date of the same sentence before the previous sentence's", () => {
    const previous = { value: "2013-09-01", precision: "day" as const };
    expect(
      times(
        "The ships left on Monday and held a drill the same afternoon.",
        "2013-09-10",
        "2013-09-10",
        previous,
      ),
    ).toEqual([
      ["on Monday", "2013-09-09", "day", "relative-to-publication"],
      ["the same afternoon", "2013-09-09", "day", "previous-date"],
    ]);
  });

  it("a part of the day steps from a day the same sentence named before it", () => {
    expect(
      times(
        "The premier met the envoy later on Monday, after a roundtable with bankers in the morning.",
        "2013-09-10",
        "2013-09-10",
        { value: "2013-09-01", precision: "day" as const },
      ),
    ).toEqual([
      ["on Monday", "2013-09-09", "day", "relative-to-publication"],
      ["in the morning", "2013-09-09", "day", "previous-date"],
    ]);
  });

  it("a step into days still to come is planned", () => {
    const previous = { value: "2012-09-19", precision: "day" as const };
    expect(
      times("He will fly to the coast the following day.", "2012-09-18", "2012-09-18", previous),
    ).toEqual([["the following day", "2012-09-20", "day", "previous-date", "future"]]);
  });

  it("a count of days after a month names no day: that month, within a week; else nothing", () => {
    const previous = { value: "2012-02", precision: "month" as const };
    expect(times("Three days later they met.", "2012-05-07", "2012-05-07", previous)).toEqual([
      ["Three days later", "2012-02", "month", "previous-date"],
    ]);
    expect(times("Ten days later they met.", "2012-05-07", "2012-05-07", previous)).toEqual([]);
    const year = { value: "2012", precision: "year" as const };
    expect(times("Three days later they met.", "2012-05-07", "2012-05-07", year)).toEqual([]);
  });

  it("a count of days steps from the date just before, not from an earlier sentence's day", () => {
    const ctx = {
      published: fromIso("2012-05-07"),
      scene: fromIso("2012-05-07"),
      previous: { value: "2012-02", precision: "month" } as TimeMention,
      previousDay: { value: "2012-05-06", precision: "day" } as TimeMention,
    };
    expect(resolveTimes("A day later they met.", 0, [], ctx).map((t) => t.value)).toEqual([
      "2012-02",
    ]);
    expect(resolveTimes("That same evening they met.", 0, [], ctx).map((t) => t.value)).toEqual([
      "2012-05-06",
    ]);
  });

  it.each([
    [
      "The working group convenes on the 9th.",
      [["on the 9th", "2013-07-09", "day", "previous-date", "future"]],
    ],
    [
      "The crews played football on the 7th and the 8th.",
      [["on the 7th", "2013-07-07", "day", "previous-date", "future"]],
    ],
    ["On the 3rd, the envoys met.", [["On the 3rd", "2013-07-03", "day", "previous-date"]]],
    [
      "The envoy arrived on the 4th for a visit.",
      [["on the 4th", "2013-07-04", "day", "previous-date"]],
    ],
    [
      "The envoys met on the 3rd local time.",
      [["on the 3rd", "2013-07-03", "day", "previous-date"]],
    ],
    // Before an article that opens the clause's subject.
    [
      "On the 4th the destroyer joined the cruiser.",
      [["On the 4th", "2013-07-04", "day", "previous-date"]],
    ],
    // Before a pronoun that is the clause's subject.
    ["On the 4th he joined the cruiser.", [["On the 4th", "2013-07-04", "day", "previous-date"]]],
    // An ordinal before a noun is a count, not a day.
    ["The delegation met on the 9th floor of the ministry.", []],
    ["On the 4th floor he met the envoys.", []],
    ["On the 4th floor, the envoys met.", []],
    ["They spoke on the 60th anniversary of the armistice.", []],
  ])("%s (an ordinal day in the month told before)", (sentence, expected) => {
    const previous = { value: "2013-07-02", precision: "day" as const };
    expect(times(sentence, "2013-07-05", "2013-07-05", previous)).toEqual(expected);
  });

  it.each([
    // Told as still to come, after a past month: the next such day from the day of telling.
    [
      "On the 9th, the squadron will exercise with the cruiser.",
      [["On the 9th", "2013-07-09", "day", "relative-to-publication", "future"]],
    ],
    [
      "On the 2nd, the squadron will exercise with the cruiser.",
      [["On the 2nd", "2013-08-02", "day", "relative-to-publication", "future"]],
    ],
    // Negative: told as past, the day stays in the month told before.
    [
      "On the 9th, the squadron exercised with the cruiser.",
      [["On the 9th", "2013-06-09", "day", "previous-date"]],
    ],
  ])("%s (an ordinal day still to come after a past month)", (sentence, expected) => {
    const previous = { value: "2013-06-20", precision: "day" as const };
    expect(times(sentence, "2013-07-05", "2013-07-05", previous)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    // A new paragraph turns from a date over a year away the last one ended on: a day not yet
    // come this month, told as done, is last month's …
    ["Then on the 19th the envoy met the admiral.", "2011-01", ["2012-09-19"]],
    // … told as still to come, this month's …
    ["On the 19th the envoy will meet the admiral.", "2011-01", ["2012-10-19"]],
    // … and after a date the last paragraph ended on within the year, that date's month.
    ["Then on the 19th the envoy met the admiral.", "2012-08-30", ["2012-08-19"]],
    ["Then on the 19th the envoy met the admiral.", "2011-11", ["2011-11-19"]],
  ])("%s (an ordinal day in a new paragraph after %s)", (sentence, told, values) => {
    const ctx = {
      published: fromIso("2012-10-02"),
      scene: fromIso("2012-10-02"),
      previous: { value: told, precision: told.length > 7 ? "day" : "month" } as TimeMention,
      previousElsewhere: true,
    };
    expect(resolveTimes(sentence, 0, [], ctx).map((t) => t.value)).toEqual(values);
  });

  it.each([
    // Named with no "the", as a translation from Chinese writes it: a day of the dateline's month,
    // not of the month an earlier sentence told in passing.
    [
      "The two generals on 4th had held talks.",
      [["on 4th", "2013-08-04", "day", "relative-to-publication"]],
    ],
    [
      "Minister Ma 6th will tour the academy.",
      [["6th", "2013-08-06", "day", "relative-to-publication", "future"]],
    ],
    [
      "The envoy is from 3rd to 7th in the capital.",
      [["from 3rd to 7th", "2013-08-03", "day", "relative-to-publication", "end 2013-08-07"]],
    ],
    // A place, a count or a rank after the number names no day.
    ["The march went on 5th Avenue.", []],
    ["The country's 12th Five-Year Plan came out.", []],
    ["The team came 3rd overall.", []],
  ])("%s (a bare ordinal day)", (sentence, expected) => {
    const previous = { value: "2012-02", precision: "month" as const };
    expect(times(sentence, "2013-08-05", "2013-08-05", previous)).toEqual(expected);
  });

  it("'that day' after a year names no day", () => {
    const previous = { value: "2010", precision: "year" as const };
    expect(times("Later that day, they met.", "2012-05-07", "2012-05-07", previous)).toEqual([]);
  });
});

describe("resolveTimes: a part of a day after a day of the same sentence", () => {
  it.each([
    [
      "She arrived on Sunday and held talks that evening with the minister.",
      [
        ["on Sunday", "2012-02-12", "day", "relative-to-publication"],
        ["that evening", "2012-02-12", "day", "previous-date"],
      ],
    ],
    [
      "They landed on Monday and toured the base the following morning.",
      [
        ["on Monday", "2012-02-13", "day", "relative-to-publication"],
        ["the following morning", "2012-02-14", "day", "previous-date"],
      ],
    ],
  ])("%s", (sentence, expected) => {
    const previous = { value: "2012-02-14", precision: "day" as const };
    expect(times(sentence, "2012-02-15", "2012-02-15", previous)).toEqual(expected);
  });

  it("'that same evening' after a sentence whose last date is coarser steps from its day", () => {
    const ref = fromIso("2010-01-14");
    const found = resolveTimes("That same evening the secretary spoke.", 0, [], {
      published: ref,
      scene: ref,
      previous: { value: "2009-12", precision: "month" } as TimeMention,
      previousDay: { value: "2010-01-12", precision: "day" } as TimeMention,
    });
    expect(found.map((t) => [t.text, t.value, t.precision])).toEqual([
      ["That same evening", "2010-01-12", "day"],
    ]);
  });

  it("'the next day' after a month of its own sentence is that month, not an earlier day", () => {
    const ref = fromIso("2013-02-20");
    const ctx = {
      published: ref,
      scene: ref,
      previous: { value: "2013-02-19", precision: "day" } as TimeMention,
      previousDay: { value: "2013-02-19", precision: "day" } as TimeMention,
    };
    const found = resolveTimes(
      "The bank said early last month it was hacked; a rival reported an intrusion the next day.",
      0,
      [],
      ctx,
    );
    expect(found.map((t) => [t.text, t.value, t.precision])).toEqual([
      ["early last month", "2013-01", "month"],
      ["the next day", "2013-01", "month"],
    ]);
    // "The same day" after a month of its own sentence is still the day told before.
    expect(
      resolveTimes(
        "It was agreed during the visit in January, and its round opened the same day.",
        0,
        [],
        ctx,
      ).map((t) => t.value),
    ).toEqual(["2013-01", "2013-02-19"]);
    // With no date of its own before it, the day told before is the base, as above.
    expect(
      resolveTimes("Another disclosed a break-in the next day.", 0, [], ctx).map((t) => t.value),
    ).toEqual(["2013-02-20"]);
  });

  it("'that evening' with no day before it names none", () => {
    const previous = { value: "2010", precision: "year" as const };
    expect(times("That evening they dined.", "2012-05-07", "2012-05-07", previous)).toEqual([]);
  });
});

describe("resolveTimes: the simple present after 'before' speaks of what is to come", () => {
  it.each([
    [
      "The dispute comes two weeks before the two countries hold talks in Washington on July 8.",
      "2013-07-08",
    ],
    ["The talks are set for the week before the ministers meet on July 2.", "2013-07-02"],
    // Told in the past, the same words are the past.
    ["The dispute came two weeks before the two countries held talks on July 8.", "2012-07-08"],
    // "when" with the simple present is to come too.
    [
      "Much rides on the moment when the two delegations sit down in Tokyo on Thursday.",
      "2013-06-27",
    ],
    [
      "Much rode on the moment when the two delegations sat down in Tokyo on Thursday.",
      "2013-06-20",
    ],
    // A town's US state between commas is no clause's end.
    [
      "Much rides on the moment when the two delegations meet in Monterey, Calif., on Thursday.",
      "2013-06-27",
    ],
    [
      "Much rode on the moment when the two delegations met in Monterey, Calif., on Thursday.",
      "2013-06-20",
    ],
    // A subject set off by commas may come between.
    [
      "Ties get a boost when the navy's top officer, Adm. Wu Ming, arrives on Sunday.",
      "2013-06-30",
    ],
    [
      "Ties got a boost when the navy's top officer, Adm. Wu Ming, arrived on Sunday.",
      "2013-06-23",
    ],
    // A temporal clause opening the sentence, whatever its verb, before a main clause to come.
    [
      "When the admiral takes the stage at the forum in Manila on Thursday, his hosts will be watching.",
      "2013-06-27",
    ],
    ["Once the envoys land in Hanoi on Thursday, talks will begin.", "2013-06-27"],
    // A date that opens its clause is the act's told right after it: in the past, a plan it
    // names is no sign of a date to come …
    ["In July, the ministry criticised a plan to base the jets in the south.", "2012-07"],
    // … while a plan told right after the date is one.
    ["In July, the two navies plan to base jets in the south.", "2013-07"],
    // A relative clause between commas, in the present, before a main clause to come (a Saturday,
    // nearer behind the day of publication than ahead of it).
    [
      "The admiral, who arrives in Manila on Saturday for his first visit, will be asked about the hotline.",
      "2013-06-29",
    ],
    // Negative: a main clause in the past, or a verb in the past in the clause.
    [
      "The admiral, who arrives in Manila on Saturday for his first visit, was asked about the hotline.",
      "2013-06-22",
    ],
    [
      "The admiral, who arrived in Manila on Saturday for his first visit, will be asked about the hotline.",
      "2013-06-22",
    ],
    // Negative: a main clause in the past, or a verb in the past in the clause.
    [
      "When the admiral takes the stage at the forum in Manila on Thursday, his hosts watch closely.",
      "2013-06-20",
    ],
    [
      "When the admiral took the stage in Manila on Thursday, his hosts will recall it.",
      "2013-06-20",
    ],
    // A date that a "when" clause in the present describes.
    ["All eyes are on Thursday, when both ministers meet in Seoul.", "2013-06-27"],
    ["All eyes were on Thursday, when both ministers met in Seoul.", "2013-06-20"],
    // Negative: "visit" after its article is a noun, no verb in the present.
    ["The two ministers first met in May, when the envoy was on a visit.", "2013-05"],
    ["All eyes are on Thursday, when both ministers visit Seoul.", "2013-06-27"],
    // A date that a "when" or "where" clause tells in the future, whatever the verb before it.
    [
      "The admiral goes on to Manila afterwards for the forum on Thursday, where his counterpart will speak too.",
      "2013-06-27",
    ],
    // Negative: the clause tells the past.
    [
      "The admiral goes on to Manila afterwards for the forum on Thursday, where his counterpart spoke too.",
      "2013-06-20",
    ],
    // Negative: after a modal, a follow-up is to come.
    ["The two sides will follow up on the accord in August.", "2013-08"],
    // A day that a schedule's verb in the present follows, its "where" clause in the past.
    [
      "The tour follows the admiral's stop in Manila on Thursday, where he and his host agreed on a hotline.",
      "2013-06-20",
    ],
    // Negative: the "where" clause in the present, and no clause, leave the nearest Thursday.
    [
      "The tour follows the admiral's stop in Manila on Thursday, where he and his host sign a hotline accord.",
      "2013-06-27",
    ],
    ["The tour follows the admiral's stop in Manila on Thursday.", "2013-06-27"],
  ])("%s", (sentence, value) => {
    expect(times(sentence, "2013-06-24")[0]?.[1]).toBe(value);
  });
});

describe("resolveTimes: what an act builds on", () => {
  it("came before it, whatever plan the sentence tells besides", () => {
    const sentence =
      "The meeting will lay the groundwork for the envoy's trip in August, and it builds on his talks with the admiral in May.";
    expect(times(sentence, "2013-06-24").map((row) => row[1])).toEqual(["2013-08", "2013-05"]);
  });
});

describe("resolveTimes: a plan's participle set off after its noun", () => {
  it.each([
    ["The minister's visit, due to begin on Friday, is the first in a decade.", "2013-06-28"],
    ["The drill, scheduled to start on Thursday, will test the new hotline.", "2013-06-27"],
    // "due to" before a cause is no plan.
    [
      "The minister's visit, cut short due to the storm on Friday, was the first in a decade.",
      "2013-06-21",
    ],
  ])("%s", (sentence, value) => {
    expect(times(sentence, "2013-06-24")[0]?.[1]).toBe(value);
  });
});

describe("resolveTimes: weekdays told after a named week are that week's", () => {
  it.each([
    [
      "Last week the admiral met Fang on Monday and toured a port on Thursday.",
      ["2013-06", "2013-06-17", "2013-06-20"],
    ],
    [
      "Next week the admiral will meet Fang on Tuesday and tour a port on Friday.",
      ["2013-07", "2013-07-02", "2013-07-05"],
    ],
    // A weekday before the week, or a named month, is read as before.
    ["On Friday the admiral said he met Fang last week.", ["2013-06-21", "2013-06"]],
    ["Last month the admiral met Fang on Thursday.", ["2013-05", "2013-06-20"]],
    // A weekday right after a past verb of telling is the telling's day.
    [
      "The admiral will visit Jakarta next week, the ministry said on Thursday.",
      ["2013-07", "2013-06-20"],
    ],
    [
      "The admiral will visit Jakarta next week, officials told reporters Friday.",
      ["2013-07", "2013-06-21"],
    ],
  ])("%s", (sentence, values) => {
    expect(times(sentence, "2013-06-24").map((row) => row[1])).toEqual(values);
  });
});

describe("resolveTimes: a day or time word inside a name is no date", () => {
  it.each([
    ["He told the South China Morning Post about the hacking.", []],
    ["The Sunday Times Magazine ran the interview.", []],
    // A date that opens a building's name (places.json buildingWords).
    ["They met at the ministry's August 1st Building in Beijing.", []],
    ["The new building of the ministry opened on August 1st.", ["2012-08-01"]],
    // A day of an occasion is dated by it, not read as the day before.
    ["On Friday, the last day of the talks, the envoys toured a port.", ["2013-06-21"]],
    // A clause opened by "since" and a name that ends in "-ing" is no gerund: its own past tense
    // dates its act, whatever the main clause's.
    [
      "The generals are to meet again next week for the first talks since Beijing halted exchanges in January.",
      ["2013-07", "2013-01"],
    ],
    // … and the tense of the main clause after it still dates the opening day.
    ["On Friday, the final day of the tour, the ships will leave port.", ["2013-06-28"]],
    ["On Friday, his last day in Hanoi, the minister is to tour a port.", ["2013-06-28"]],
    ["On Friday, her last day in Hanoi, the minister toured a port.", ["2013-06-21"]],
    ["The envoy's last day in Tokyo was quiet.", []],
    // Without "of" after it, "last day" is still read as the day before.
    ["The last day he spent in Beijing was quiet.", ["2013-06-23"]],
    // A document or a happening named by its date (calendar.json namesAfterDate).
    ["The statement cited the February 28 Communiqué and the May Fourth Movement.", []],
    ["The statement cited the communiqué of February 28.", ["2013-02-28"]],
    // A month's abbreviation after a capitalised word is a given name; after "in" a month.
    ["“The talks were useful,” said Wang Jun, a scholar in Shanghai.", []],
    ["Talks resumed in Jun after a pause.", ["2013-06"]],
    // A yearless number pair in prose is a unit's, unless a date's word leads into it.
    ["The sailors of Bravo Co., 1/5 reached the port.", []],
    ["The envoys met on 3/1.", ["2013-03-01"]],
    // A fraction after a whole number and a hyphen, or before a unit, is no date.
    ["The two met talked for 2-1/2 hours on Monday.", ["2013-06-24"]],
    ["The convoy drove 3/4 mile to the port.", []],
    ["Talks in the capital - 2/28.", ["2013-02-28"]],
    ["Talks in the capital: 2/28.", ["2013-02-28"]],
    // A name that ends in a month's word (calendar.json namesEndingInMonth) …
    ["A Long March rocket lifted off from the launch center.", []],
    ["A Long March 2F lifted off.", []],
    // … but the month told after another word of that name's is a month.
    ["The talks ran long. March brought a deal.", ["2013-03"]],
    // A weekday after "a" tells what day of the week a date was, and names no day of its own …
    ["On March 4, a Monday, the envoy met the minister.", ["2013-03-04"]],
    ["The vote fell on a Friday morning in May.", ["2013-05"]],
    // … while one named plainly is a day.
    ["On May 27 and on Monday the envoy met the minister.", ["2013-05-27", "2013-06-24"]],
    // A noun's schedule set off by commas is no date of the sentence's act; told plainly, it is.
    ["The ministry delayed a report, due Friday, on the talks.", []],
    ["The ministry's report on the talks is due Friday.", ["2013-06-28"]],
    // A year or a day inside a quoted title names the document …
    ['The office released "Harbour Defense in 2012" yesterday.', ["2013-06-23"]],
    ["They cited “The Navy After June 4, 2011” in March.", ["2013-03"]],
    // A year that names a group is no date; a class held that year is.
    ["Cadet Jo Roe, Class of 2012, met the minister.", []],
    ["The class of cadets met the minister in 2012.", ["2012"]],
    // … but a quotation of what someone said keeps its dates, and so does a title's unquoted year.
    ['"We met in 2012 and will meet again," he said.', ["2012"]],
    ["The office released its 2012 report yesterday.", ["2012", "2013-06-23"]],
    // At a sentence's start, a date's own leading word is no name.
    ["In May, Liang visited the Pentagon.", ["2013-05"]],
    ["On Sunday Xi met the envoy.", ["2013-06-23"]],
    ["Earlier Sunday, Xi met the envoy.", ["2013-06-23"]],
  ])("%s", (sentence, values) => {
    expect(times(sentence, "2013-06-24").map((row) => row[1])).toEqual(values);
  });
});

describe("resolveTimes: a stretch of days written with slashes", () => {
  it("is read whole, not as its last month", () => {
    expect(times("1/9-12/2011 -- The secretary visited the capital.", "2012-06-11")).toEqual([
      ["1/9-12/2011", "2011-01-09", "day", "explicit", "end 2011-01-12"],
    ]);
  });
});

describe("resolveTimes: the end of an office told in a relative clause is no date", () => {
  it.each([
    ["The envoy met the councilor, who until March was defense minister.", []],
    ["They toured the base, which till May housed a naval school.", []],
    // Negative: "until" in the main clause still dates how long the act went on.
    ["The envoy stayed in the capital until last month.", ["2013-05"]],
    ["The councilor, who arrived last month, met the envoy.", ["2013-05"]],
  ])("%s", (sentence, values) => {
    expect(times(sentence, "2013-06-24").map((row) => row[1])).toEqual(values);
  });
});

describe("resolveTimes: a gallery's or a thread's counter in brackets is no date", () => {
  it.each([
    ["[2/6] The two generals review the honor guard.", []],
    ["(3/12) The admiral answered questions.", []],
    // A day and month in brackets, the first number the larger, is still a date; so is one
    // written bare.
    ["[12/6] The two generals reviewed the honor guard.", ["2012-12-06"]],
    ["The two generals met on 2/6 at the ministry.", ["2013-02-06"]],
  ])("%s", (sentence, values) => {
    expect(times(sentence, "2013-06-24").map((row) => row[1])).toEqual(values);
  });
});

describe("resolveTimes: an occasion 'set for' a day is still to come", () => {
  it.each([
    ["The trip comes a week before the state visit, set for Jan. 19.", "2011-01-19"],
    ["The talks are slated for Jan. 20 in Washington.", "2011-01-20"],
    // Without it, a day after publication told in the past is last year's.
    ["The delegation left for the capital on Jan. 19.", "2010-01-19"],
  ])("%s", (sentence, value) => {
    expect(times(sentence, "2011-01-09")[0]?.[1]).toBe(value);
  });
});

describe("resolveTimes: a schedule in the present after a day still to come", () => {
  const tuesday = { value: "2012-09-18", precision: "day", future: true } as const;
  const pastTuesday = { value: "2012-09-11", precision: "day", future: false } as const;
  it.each([
    // Told on a Friday after Tuesday's planned talks, Thursday is the coming one …
    [tuesday, "2012-09-20"],
    // … while after a day already past, the nearer Thursday stands, here yesterday.
    [pastTuesday, "2012-09-13"],
  ])("after %j", (previous, value) => {
    const [row] = times(
      "On Thursday he travels to the port city.",
      "2012-09-14",
      "2012-09-14",
      previous,
    );
    expect(row?.[1]).toBe(value);
  });

  it.each([
    // A talk given, in a schedule's present, goes on from the day to come …
    ["On Thursday he speaks to cadets at the academy.", "2012-09-20"],
    // … and so does a day told with no verb in the past at all …
    ["Thursday is the busiest day of the trip: talks, a lunch and a tour.", "2012-09-20"],
    // … but not one told in the past.
    ["On Thursday in the capital, he urged calm.", "2012-09-13"],
  ])("%s", (sentence, value) => {
    expect(times(sentence, "2012-09-14", "2012-09-14", tuesday)[0]?.[1]).toBe(value);
  });
});

describe("resolveTimes: plans in other words than 'will'", () => {
  it.each([
    // "prepare to" meet is a meeting to come, as "plan to" is.
    ["The two ministers prepare to meet Friday in Singapore.", "2011-06-03"],
    ["Officials are preparing to hold talks on Friday.", "2011-06-03"],
    // "expects to host … in November", however long the object between.
    [
      "The ministry expects to host the talks, its main dialogue with the navy, in November.",
      "2011-11",
    ],
    // The present of leaving, with the day between the verb and where to.
    ["The Vice President departs Sunday for Japan and China.", "2011-06-05"],
    // … or the place left between them.
    ["The Vice President leaves Singapore for Japan on Sunday.", "2011-06-05"],
    // A visit to a named place in the present, on a weekday, is a stop still to come.
    ["The general visits Fort Stewart, Ga., on Sunday to watch an exercise.", "2011-06-05"],
    // A name in "-ed" ("United") is no verb of the past beside the present of arriving …
    ["The general arrives in the United States on Sunday for a weeklong tour.", "2011-06-05"],
    // … while a verb in "-ed" is, or an irregular past form.
    ["The general arrived in the United States on Sunday for a weeklong tour.", "2011-05-29"],
    ["The general paid a visit to the United States on Sunday and flies home today.", "2011-05-29"],
    // A participle after a preposition's noun ("for a tour designed to …") is no verb of the
    // clause: the present of arriving still tells a schedule.
    [
      "The general arrives in the United States on Sunday for a weeklong tour designed to ease tensions.",
      "2011-06-05",
    ],
    ["The envoy lands in Tokyo on Friday with a proposal aimed at a truce.", "2011-06-03"],
    // A word after "to" is no verb in the past either ("to set up", "to put").
    [
      "The general arrives on Sunday for a tour meant to put ties on a firmer footing.",
      "2011-06-05",
    ],
    ["The envoy put a hotline in place in Tokyo on Friday.", "2011-05-27"],
    // … while the same word after a subject of its own is the clause's past.
    [
      "During the visit the admiral aimed at closer ties on Sunday and heads home today.",
      "2011-05-29",
    ],
    ["The general arrived on Sunday for a weeklong tour designed to ease tensions.", "2011-05-29"],
    // A participle after the present of "be" tells a purpose, not the past: the nearer June 7 …
    ["The visit is meant to build support for a summit on 7-8 June.", "2011-06-07"],
    // … while after its past the summit was the last one.
    ["The tour was meant to build support for a summit on 7-8 May.", "2011-05-07"],
    // "are also to hold": the wires' future with an adverb between.
    ["The navies are also to hold a drill in November.", "2011-11"],
    // "is likely to" is a plan too, as is the plural present of opening an occasion.
    ["The dispute is likely to shadow Friday's meeting.", "2011-06-03"],
    // "comes on" a weekday, in the present: the test still to come.
    ["The next test comes on Friday, when the envoy meets the premier.", "2011-06-03"],
    ["The two ministers open the dialogue with their deputies on Friday.", "2011-06-03"],
    // "plans to" after its subject is a plan …
    ["The navy plans to hold a drill in November.", "2011-11"],
    // "is supposed to": a plan, as "is scheduled to" is; "was supposed to" was one (below).
    ["The dialogue is supposed to meet again in November.", "2011-11"],
    // A hard-wrapped wire line reads as one line.
    ["The navies are\nalso to hold a drill in November.", "2011-11"],
    ["The ministers are scheduled\nto meet on Friday.", "2011-06-03"],
    // An opening date keeps the main clause's tense past a set-off clause in -ing.
    ["On Friday, after leaving port, the ships will conduct an exercise.", "2011-06-03"],
    // … and past a set-off phrase of time with no verb.
    ["On Friday, after a welcome ceremony at the port, the envoys will hold talks.", "2011-06-03"],
    // "lands" tells a schedule in the present, as "arrives" does.
    ["The envoy lands in Tokyo on Friday for a three-day visit.", "2011-06-03"],
    // … and after the place it names, or with a second day before its comma.
    ["In Tokyo on Friday, the envoy will meet the premier.", "2011-06-03"],
    ["In Tokyo on June 24 and 25, the envoys will hold talks.", "2011-06-24"],
    // … and after an item's heading, with a past verb later in the sentence.
    ["Harbor: On June 5, the envoy will tour the port, where he served in 1985.", "2011-06-05"],
    // A schedule's verb in the present: the nearer of the last and the next such weekday.
    [
      "On Saturday the envoy heads to the port of Kobe to visit the navy's fleet, a first for an envoy.",
      "2011-06-04",
    ],
    ["On Wednesday the envoy meets the premier in Tokyo.", "2011-06-01"],
    // "sits down with" a host is a meeting on the schedule.
    ["In Tokyo the envoy sits down with the premier on Saturday.", "2011-06-04"],
    // Expected back somewhere on a day: a return to come.
    ["The envoy is expected back in Tokyo on Saturday for the summit.", "2011-06-04"],
    // A plan after "with", no "is" before "set to": to come, however far ahead.
    ["With the envoy set to land in Kobe on Aug. 30, the port made ready.", "2011-08-30"],
    // A rule that takes effect on a day: to come, however far ahead.
    ["The new rule takes effect Aug. 30, an official said.", "2011-08-30"],
    // … and so for many travellers: "they leave", "the envoys fly".
    ["The envoys leave Friday for the port of Kobe to visit the fleet.", "2011-06-03"],
    ["On Friday the two delegations fly to Kobe.", "2011-06-03"],
    ["The sessions continue Friday at the hall in Kobe.", "2011-06-03"],
    ["The two days of talks close Friday with a statement.", "2011-06-03"],
    // Negatives: the same words of the past, and "is also to blame", stay in the past.
    ["The two ministers prepared the meeting on Friday.", "2011-05-27"],
    ["The sessions continued Friday at the hall in Kobe.", "2011-05-27"],
    ["In Tokyo the envoy sat down with the premier on Saturday.", "2011-05-28"],
    ["The envoy was back in Tokyo on Saturday for the summit.", "2011-05-28"],
    ["The navy is also to blame for the collision in November.", "2010-11"],
    ["The envoy sat with the minister and set to work on Aug. 30.", "2010-08-30"],
    ["The rule took effect Aug. 30, an official said.", "2010-08-30"],
    // … while "plans to" after a preposition is a noun: the clause keeps its past.
    ["In November the ministry warned against plans to hold a drill.", "2010-11"],
    ["The navies\nheld a drill in November.", "2010-11"],
    ["The ministry expected a reply in November.", "2010-11"],
    ["The dialogue was supposed to meet in November.", "2010-11"],
    ["The dispute was likely to shadow Friday's meeting.", "2011-05-27"],
    ["The next test came on Friday, when the envoy met the premier.", "2011-05-27"],
    ["The two ministers did not open the dialogue on Friday.", "2011-05-27"],
    ["The two ministers opened the dialogue on Friday.", "2011-05-27"],
    ["The Vice President departed Sunday for Japan and China.", "2011-05-29"],
    ["The envoys left Friday for the port of Kobe to visit the fleet.", "2011-05-27"],
    ["The Vice President left Singapore for Japan on Sunday.", "2011-05-29"],
    ["The general visited Fort Stewart, Ga., on Sunday to watch an exercise.", "2011-05-29"],
    ["On Friday, after leaving port, the ships conducted an exercise.", "2011-05-27"],
    ["On Friday, after a welcome ceremony at the port, the envoys held talks.", "2011-05-27"],
    ["The envoy landed in Tokyo on Friday for a three-day visit.", "2011-05-27"],
    ["In Tokyo on Friday, the envoy met the premier.", "2011-05-27"],
    ["The trip was agreed when the envoy traveled to Tokyo in January.", "2011-01"],
    ["In Tokyo on May 24 and 25, the envoys held talks.", "2011-05-24"],
    ["Harbor: On May 5, the envoy toured the port, where he served in 1985.", "2011-05-05"],
    ["On Saturday the envoy, who heads the mission, flew to Tokyo.", "2011-05-28"],
    // A date after a relative clause takes the tense of the main clause before it.
    ["The envoy is due to meet the premier, who is expected to retire, on Friday.", "2011-06-03"],
    ["The envoy met the premier, who is expected to retire, on Friday.", "2011-05-27"],
  ])("%s", (sentence, value) => {
    expect(times(sentence, "2011-06-02")[0]?.[1]).toBe(value);
  });
});

describe("resolveTimes: the end of a year or a month", () => {
  it.each([
    // A deadline to come names its year (there is no part-of-year precision).
    ["The group is expected to meet again before the end of the year.", "2013", "year", true],
    ["A second session is expected before the end of the year.", "2013", "year", true],
    ["The two sides will sign the plan by the end of next month.", "2013-08", "month", true],
    ["The report is due by year-end.", "2013", "year", true],
    // Said of the past, the deadline names the year it fell in.
    ["The two sides had hoped to meet before the end of the year.", "2013", "year", false],
    // A half or a quarter of a year or a month names it too.
    ["The army chief is due to visit in the first half of the year.", "2013", "year", true],
    ["Talks will resume during the fourth quarter of the year.", "2013", "year", true],
    ["The envoys will meet in the early part of the month.", "2013-07", "month", true],
  ])("%s", (sentence, value, precision, future) => {
    const [row] = times(sentence, "2013-07-10");
    expect([row?.[1], row?.[2], row?.includes("future")]).toEqual([value, precision, future]);
  });

  it.each([
    // No preposition before it: a subject, not a time.
    "The end of the year brought no talks.",
    // "the end of the dispute" is no calendar unit.
    "Both sides hoped for an end of the dispute before talks.",
    // A half of something that is no calendar unit.
    "Both sides kept to their half of the bargain in the first half of the talks.",
    // A document's number, and the year its name carries in brackets.
    "The council adopted resolution 2094 (2013) and recalled Resolution 1874 (2009).",
  ])("is no date: %s", (sentence) => {
    expect(times(sentence, "2013-07-10")).toEqual([]);
  });
});

describe("resolveTimes: past and future acts in one clause", () => {
  it.each([
    // A past act in a relative clause before the main clause's future words keeps its past.
    [
      "The group that the two ministers agreed on in Beijing in April is due to meet in July.",
      ["2013-04", "2013-07"],
    ],
    // An irregular verb in the simple past keeps its past too, before a schedule's present …
    [
      "The envoy's tour, which began Sunday in Hawaii and ends on Friday, is his first.",
      ["2013-05-05", "2013-05-10"],
    ],
    // … which a verb in the present does not.
    ["The envoy's tour, which begins Sunday in Hawaii, is his first.", ["2013-05-12"]],
    // Without a past verb before it, the date takes the clause's future.
    ["The group set to meet in Beijing in April is due to report in July.", ["2014-04", "2013-07"]],
    // A past participle that does not end in "-ed" keeps its past too …
    ["The group set up in April is due to hold its first meeting in July.", ["2013-04", "2013-07"]],
    // … and in a subordinate clause of the past after a main clause told in the present, however
    // far the verb stands from the date …
    [
      "The admiral takes over the fleet a month after the minister signed a new maritime accord with his counterparts in Hanoi on May 2.",
      ["2013-05-02"],
    ],
    // … which a subordinate clause with no verb in the past leaves to the main clause's future.
    ["The admiral takes over the fleet after the ceremony on Aug. 2.", ["2013-08-02"]],
    // … after an aside whose own future is closed by a comma …
    [
      "The envoy, who retires next month, said the group set up in April would meet in July.",
      ["2013-06", "2013-04", "2013-07"],
    ],
    // … and so does any verb after "had", past in the past …
    [
      "At a forum that runs until Friday, the envoy said the army had cut off contacts in January.",
      ["2013-05-10", "2013-01"],
    ],
    // … while "had" then "to" is no act done: the trip is still to come.
    [
      "At a forum that runs until Friday, the envoy said he had to leave in June.",
      ["2013-05-10", "2013-06"],
    ],
    // … but not after "be": the setting up is still to come.
    ["The group will be set up in April and is due to meet in July.", ["2014-04", "2013-07"]],
    // A name ending in "-ed" is no verb: the clause's future holds.
    ["Talks between China and the United States in July will focus on cyber issues.", ["2013-07"]],
    // "postponed to" points ahead: the date is still to come.
    ["The talks postponed to April are due to open then.", ["2014-04"]],
    // An occasion after something still to come ("before", "ahead of" it) is still to come too.
    [
      "We expect the group to meet this summer, before the Strategic and Economic Dialogue in July.",
      ["2013", "2013-07"],
    ],
    ["The ministers will meet ahead of the annual dialogue in July.", ["2013-07"]],
    // Told in the past, the same words are past.
    [
      "The group met in the spring, before the Strategic and Economic Dialogue in July.",
      ["2013", "2012-07"],
    ],
  ])("%s", (sentence, values) => {
    expect(times(sentence, "2013-05-06").map((row) => row[1])).toEqual(values);
  });
});

describe("resolveTimes: a day that opens a calendar entry", () => {
  it.each([
    // An agenda's entry has no tense: the nearest such day, ahead or behind.
    ["* July 10-11: Strategic and Economic Dialogue, Washington.", "2013-07-10"],
    ["July 8: First meeting of the working group.", "2013-07-08"],
    ["May 30: The ministers met in Singapore.", "2013-05-30"],
    // Prose with the same day, told in the past, is last year's.
    ["The ministers met on July 8 in Washington.", "2012-07-08"],
  ])("%s", (sentence, value) => {
    expect(times(sentence, "2013-06-14")[0]?.[1]).toBe(value);
  });

  it.each([
    // A weekday's entry told with no verb in the past is the coming one, and so is a second
    // day joined to it …
    ["Wednesday and Thursday: The annual dialogue, in Washington.", "2013-06-19"],
    ["Monday: The working group holds its first meeting.", "2013-06-17"],
    ["Coming Tuesday: The envoy meets the mayor.", "2013-06-18"],
    ["The envoy meets the mayor the coming Tuesday.", "2013-06-18"],
    // … and so is one told with a schedule's verb in the present, whatever its clauses tell …
    ["Monday: The group that the ministers set up in May holds its first meeting.", "2013-06-17"],
    // … while one told in the past is the last one.
    ["Monday: The ministers met in Singapore.", "2013-06-10"],
    ["Monday: The group that the ministers set up in May met for the first time.", "2013-06-10"],
  ])("a weekday's entry: %s", (sentence, value) => {
    expect(times(sentence, "2013-06-14")[0]?.[1]).toBe(value);
  });
});

describe("resolveTimes: a part of a month before its name", () => {
  it.each([
    ["Beijing told the Pentagon in late May that the time was not right.", ["2010-05"]],
    ["The talks were held in early June and again in mid-July.", ["2010-06", "2009-07"]],
    // "may" the verb, with "late" beside it, is no month.
    ["He may be late for the talks.", []],
  ])("%s", (sentence, values) => {
    expect(times(sentence, "2010-06-05").map((row) => row[1])).toEqual(values);
  });
});

describe("resolveTimes: a month named twice in one clause", () => {
  it("reads each where it stands: the past act's, then the plan's", () => {
    expect(
      times(
        "The dialogue, launched last November, is scheduled to meet again in November.",
        "2011-06-02",
      ).map((row) => row[1]),
    ).toEqual(["2010-11", "2011-11"]);
  });
});

describe("resolveTimes: a count of weeks from the date before", () => {
  it.each([
    ["A week later, the firm published its report.", "2013-02-19"],
    ["Two weeks earlier, the firm published its report.", "2013-01-29"],
  ])("%s", (sentence, value) => {
    const previous = { value: "2013-02-12", precision: "day" as const };
    expect(times(sentence, "2013-03-17", "2013-03-17", previous)[0]?.[1]).toBe(value);
  });
});

describe("resolveTimes: the day of a telling after a plan", () => {
  it.each([
    // A verb of telling in the past right before a weekday dates the telling, which is over.
    [
      "The army chief will tour the bases later this year, officials said Thursday.",
      "2011-01-28",
      [
        ["later this year", "2011", "year", "relative-to-publication", "future"],
        ["Thursday", "2011-01-27", "day", "relative-to-publication"],
      ],
    ],
    [
      "The admiral is expected to visit the fleet by the end of the year, officials told reporters on Monday.",
      "2011-01-28",
      [
        ["by the end of the year", "2011", "year", "relative-to-publication", "future"],
        ["on Monday", "2011-01-24", "day", "relative-to-publication"],
      ],
    ],
    // Negative: an auxiliary before the verb tells of a telling still to come.
    [
      "The results of the review will be announced on Friday.",
      "2013-03-06",
      [["on Friday", "2013-03-08", "day", "relative-to-publication", "future"]],
    ],
  ])("%s (published %s)", (sentence, pub, expected) => {
    expect(times(sentence, pub)).toEqual(expected);
  });
});

describe("resolveTimes: a parenthesis closed before the date", () => {
  it.each([
    // An abbreviation's or a hull number's brackets are an aside: the plan goes on around them.
    [
      "The admiral is scheduled to tour the HQ(E) compound in Ningbo on Thursday.",
      [["on Thursday", "2012-09-20", "day", "relative-to-publication", "future"]],
    ],
    [
      "The destroyer (DDG 99) will sail to Ningbo on Thursday.",
      [["on Thursday", "2012-09-20", "day", "relative-to-publication", "future"]],
    ],
    // A parenthesis still open at the date is a clause of its own, with its own tense.
    [
      "The destroyer (which sailed on Monday) will visit Qingdao on Thursday.",
      [
        ["on Monday)", "2012-09-17", "day", "relative-to-publication"],
        ["on Thursday", "2012-09-20", "day", "relative-to-publication", "future"],
      ],
    ],
  ])("%s", (sentence, expected) => {
    expect(times(sentence, "2012-09-18")).toEqual(expected);
  });
});

describe("resolveTimes: later in the day", () => {
  it.each([
    // Told in the past, it happened later on the day of the scene …
    [
      "Later in the day, the envoy called on the premier.",
      [["Later in the day", "2011-07-11", "day", "relative-to-utterance"]],
    ],
    // … and with no past, or with a future, it is still to come.
    [
      "Later in the day, the envoy calls on the premier.",
      [["Later in the day", "2011-07-11", "day", "relative-to-utterance", "future"]],
    ],
    [
      "The envoy will call on the premier later in the day.",
      [["later in the day", "2011-07-11", "day", "relative-to-utterance", "future"]],
    ],
  ])("%s", (sentence, expected) => {
    expect(times(sentence, "2011-07-11")).toEqual(expected);
  });
});

describe("resolveTimes: an opening date takes the main clause's tense", () => {
  it.each([
    // A parenthesis inside the main clause is an aside, not its end.
    ["On Wednesday, the joint committee (JCC) will meet in Hanoi.", "2013-06-26"],
    ["On Wednesday, the joint committee (JCC) met in Hanoi.", "2013-06-19"],
    // A step from the day told before may come first.
    ["A day before, on Wednesday, a joint committee (JCC) will meet in Hanoi.", "2013-06-26"],
    ["A day before, on Wednesday, a joint committee (JCC) met in Hanoi.", "2013-06-19"],
  ])("%s", (sentence, value) => {
    expect(times(sentence, "2013-06-24").find((t) => /Wednesday/.test(String(t[0])))?.[1]).toBe(
      value,
    );
  });
});

describe("resolveTimes: a span of days with no year in a clause of a plan", () => {
  it.each([
    // The span holds the day of publication: under way, this year's.
    ["The envoy is to tour the port today, the end of his 3-6 May trip.", "2012-05-06"],
    ["The envoy is to tour the port, the third stop of his 3-6 May trip.", "2012-05-05"],
  ])("%s (told on %s) is this year's", (sentence, pub) => {
    expect(times(sentence, pub).find((t) => t[0] === "3-6 May")?.[1]).toBe("2012-05-03");
  });

  it("is next year's when it ended before the plan was told", () => {
    expect(times("The envoy will attend talks on 3-6 May.", "2012-05-20")[0]?.[1]).toBe(
      "2013-05-03",
    );
  });
});

describe("resolveTimes: a range of months whose last month names its year", () => {
  it.each([
    ["Between April and July 2012, the aide copied the files.", "2012-04"],
    ["From April to July 2012, the aide copied the files.", "2012-04"],
    ["From November to February 2012, the talks stalled.", "2011-11"],
  ])("%s", (sentence, expected) => {
    expect(times(sentence, "2013-06-28").map((t) => [t[1], t[2]])).toEqual([[expected, "month"]]);
  });

  it("two months joined by 'and' with no 'between' before them stay two", () => {
    expect(times("The envoys met in March and in June 2011.", "2013-06-28")).toHaveLength(2);
  });
});

describe("resolveTimes: 'between' one day 'and' another", () => {
  it("is a range", () => {
    expect(times("Between May 3 and May 6, 2011, talks went on.", "2013-06-28")).toEqual([
      ["May 3 and May 6, 2011", "2011-05-03", "day", "previous-date", "end 2011-05-06"],
    ]);
  });

  it("two days joined by 'and' alone stay two", () => {
    expect(times("The envoys met on May 3 and May 6, 2011.", "2013-06-28")).toHaveLength(2);
  });
});

describe("resolveTimes: a part of a day named alone", () => {
  it.each([
    "The general was hosted for a busy afternoon of meetings.",
    "The talks ran on into the night.",
    "The evening session ran late.",
  ])("is no day: %s", (sentence) => {
    expect(times(sentence, "2013-05-28")).toEqual([]);
  });

  it("the night before the day told: the day before it", () => {
    const previous = { value: "2013-05-16", precision: "day" as const };
    expect(
      times(
        "The night before, the governor hosted a dinner.",
        "2013-05-28",
        "2013-05-28",
        previous,
      ),
    ).toEqual([["The night before", "2013-05-15", "day", "previous-date"]]);
    expect(
      times("They dined the evening before the summit.", "2013-05-28", "2013-05-28", previous),
    ).toEqual([]);
  });

  it.each([
    ["Officials met this morning.", "this morning", "2013-05-28"],
    ["They met Monday night.", "Monday night", "2013-05-27"],
  ])("is a day with a word that says which: %s", (sentence, text, day) => {
    expect(times(sentence, "2013-05-28").map((t) => [t[0], t[1]])).toEqual([[text, day]]);
  });
});
