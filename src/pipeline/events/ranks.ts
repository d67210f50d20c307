/**
 * Levels of the trigger rank scale (`rank` in lexicon/data/event-types.json), as the event rules
 * read them: what someone only says ranks 1–2, an occasion of saying 3, an act of one's own 4 and
 * up, a meeting or talks 6 and up.
 */

/** An act someone does on their own (a visit, a drill, a meeting), above what was said. */
export const ACT_RANK = 4;

/** A meeting or talks (not "said", "agreed"). */
export const MEETING_RANK = 6;

/** An occasion of saying: an announcement, a statement issued, a speech, a hearing, a briefing. */
export const ANNOUNCE_RANK = 3;

/** An answer or an appeal ("rejected", "urged", "asked"), above plain "said". */
export const ANSWER_RANK = 2;

/** Plain "said" ("said", "told", "noted"), the lowest rank of a statement. */
export const SAY_RANK = 1;
