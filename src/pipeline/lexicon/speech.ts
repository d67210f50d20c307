import { z } from "zod";
import { regexLiteralSchema } from "./compile/schemas.ts";
import { parseLexicon } from "./compile/parse.ts";
import { literal } from "./compile/patterns.ts";
import { WEEKDAYS } from "./calendar.ts";
import raw from "./data/speech.json" with { type: "json" };

/** What a verb of speech does in a sentence (see the note in `data/speech.json`). */
const ROLES = ["quote", "content", "that", "closing", "reports", "past"] as const;
type SpeechRole = (typeof ROLES)[number];

const schema = z.strictObject({
  note: z.string(),
  verbs: z.record(z.string().min(1), z.array(z.enum(ROLES)).min(1)),
  /**
   * Verbs by which a document tells what it holds ("the report estimated …", "the study found …"),
   * beside the verbs of speech whose reported clause is what was said ('content').
   */
  documentVerbs: z.array(z.string().min(1)).min(1),
  /** A page title naming one person's briefing; its first group is the person's name. */
  briefingTitle: regexLiteralSchema,
  /** Labels of a transcript's answers ("A:"), which the briefing's speaker gives. */
  answerLabels: z.array(z.string().min(1)).min(1),
  /** What opens a speech's header line before its speaker ("As Prepared for Delivery by …"). */
  deliveryHeaders: z.array(z.string().min(1)).min(1),
  /**
   * What opens a speech's title that names its occasion, the speaker on a line of their own under
   * it ("Remarks at the Harbor Forum" over "Jane Roe").
   */
  occasionHeaders: z.array(z.string().min(1)).min(1),
  /**
   * Words by which one asks another to act ("invited Chen to visit", "an invitation to tour"): the
   * act after "to" is the other's, still to be done.
   */
  askingWords: z.array(z.string().min(1)).min(1),
  /** A line that alone marks a page's text as a speech ("Check against delivery"). */
  deliveryMarks: z.array(z.string().min(1)).min(1),
  /**
   * Verbs that introduce a written passage quoted whole ('A reader writes "…"', 'The paper reports:
   * "…"'): a quotation of several sentences right after one is the page's story, told by its
   * source.
   */
  excerptVerbs: z.array(z.string().min(1)).min(1),
  /**
   * Words by which a paragraph ends, before its colon, on a statement whose text follows in
   * paragraphs of their own ("released the following statement on Monday:"): that text, quoted
   * whole, is the page's story, told by the one who issued it.
   */
  statementIntros: z.array(z.string().min(1)).min(1),
  /**
   * Words by which a sentence says where the statement told before it was made ("Ma made the
   * remarks as he opened the talks"): that statement is part of the occasion named next.
   */
  remarksMade: z.array(z.string().min(1)).min(1),
  /**
   * Words by which a sentence says someone did not speak ("declined to comment", "could not be
   * reached"): no act of theirs, so they join no event by it.
   */
  noComment: z.array(z.string().min(1)).min(1),
  /** What a paper's correction notice says was wrong: one of its pieces ("An article on …"). */
  correctedPieces: z.array(z.string().min(1)).min(1),
  /** What the corrected piece did ("misstated", "said incorrectly"). */
  correctionVerbs: z.array(z.string().min(1)).min(1),
});

const SPEECH = parseLexicon(schema, raw, "speech.json");

/** The verbs with a role, as one regex alternation, in the order of the data file. */
function verbsFor(role: SpeechRole): string {
  return Object.entries(SPEECH.verbs)
    .filter(([, roles]) => roles.includes(role))
    .map(([verb]) => literal(verb))
    .join("|");
}

/** What a document does as the subject of a sentence that tells what it holds. */
export const DOCUMENT_VERBS: string = [
  ...SPEECH.documentVerbs,
  ...Object.entries(SPEECH.verbs)
    .filter(([, roles]) => roles.includes("content"))
    .map(([verb]) => verb),
]
  .map(literal)
  .join("|");

/** "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on March 12, 2013". */
export const BRIEFING_TITLE: RegExp = SPEECH.briefingTitle;

/** "A: …": a transcript's answer, with its label. */
export const ANSWER_LABEL = new RegExp(
  String.raw`^(?:${SPEECH.answerLabels.map(literal).join("|")})\s*:\s*`,
);

/** Every verb of speech, whatever its role, as one regex alternation. */
export const SPEECH_VERBS: string = Object.keys(SPEECH.verbs).map(literal).join("|");

/** Verbs of telling in the past: a date right after one is the telling's ("said Thursday"). */
export const PAST_TELLING_VERBS: string = verbsFor("past");

/** Verbs naming the speaker of a quotation beside them ("…,” X said"). */
export const QUOTE_VERBS: string = verbsFor("quote");

/** A verb after which the people named are what was said, not who acted. */
export const CONTENT_VERB = new RegExp(String.raw`\b(?:${verbsFor("content")})\b`, "i");

/** A verb opening a reported clause with "that" ("told a briefing that …"). */
export const SAID_THAT = new RegExp(
  String.raw`\b(?:${verbsFor("that")})\b[^.;,]{0,40}?\s+that\s+`,
  "gi",
);

/**
 * A trailing attribution of narration: ", Geng said.", ", the spokesman told reporters.",
 * ", a Defense Ministry spokesman said Wednesday.", ", said Li.": from its comma to the
 * sentence's end.
 */
export const TRAILING_ATTRIBUTION = new RegExp(
  String.raw`,\s*(?:(?:the\s+|an?\s+)?[A-Z][^,;]{0,60}?\s+(?:${verbsFor("closing")})(?:\s+[^,;]{1,40})?|(?:${verbsFor("closing")})\s+[^,;]{1,60})\s*[.!?]?["”’]?\s*$`,
);

/**
 * A phrase set before a reported clause's subject, up to two commas: "that, during the talks,
 * Chen had pressed", "that during the last round, which Paris hosted, both delegations agreed".
 */
const FRONTED = String.raw`(?:,\s*)?(?:at|in|during|on|after|before|since|when|while)\b[^;:"“”,]{1,100},\s+(?:[^;:"“”,]{1,60},\s+)?`;

/**
 * A leading attribution whose reported clause has a subject of its own: "Liang said Gen. Chen
 * would visit …", "Wang said on Monday that the two presidents had met …", "Li said that during
 * the forum, both delegations agreed …", up to where that subject begins; a phrase set before the
 * subject (group `fronted`) is the clause's. A clause whose subject is a pronoun ("he would
 * visit") may be the speaker's own act, and a quotation is left to the quotation rules.
 */
export const LEADING_ATTRIBUTION = new RegExp(
  String.raw`^[^.;:,"“”]{0,100}?\b(?:${verbsFor("reports")})(?:\s+(?:on\s+)?(?:${WEEKDAYS.join("|")}|today|yesterday))?\s+(?:that(?=[\s,])\s*)?(?<fronted>${FRONTED})?(?!(?:he|she|they|we|I|it|his|her|their|its)\b)(?=[A-Z]|(?:the|both|two)\s)`,
);

/** ", X said." after a name: the name closes the sentence as who told it. */
export const CLOSING_AFTER = new RegExp(String.raw`^\s+(?:${verbsFor("closing")})\s*[.!?]?\s*$`);

/** ", said X." before a name (with up to six words of title between). */
export const CLOSING_BEFORE = new RegExp(
  String.raw`,\s+(?:${verbsFor("closing")})\s+(?:[\w.'’-]+\s+){0,6}$`,
);

/**
 * A closing verb right before a date ("an official said Wednesday", "told reporters on Monday"):
 * the date is the day the words were told.
 */
export const CLOSING_BEFORE_DATE = rightBeforeDate("closing");

/**
 * A verb that opens a reported clause, right before a date ("officials said Thursday that …",
 * "added on Monday"): the date is the telling's, and what follows is what was told.
 */
export const REPORTS_BEFORE_DATE = rightBeforeDate("reports");

/** A verb of `role` at the end of the words before a date, "on" between them or not. */
function rightBeforeDate(role: SpeechRole): RegExp {
  return new RegExp(String.raw`\b(?:${verbsFor(role)})\s+(?:on\s+)?$`, "i");
}

/** Dashes or a bullet before a header's words ("--Speech by …"). */
const LEADING_MARKS = String.raw`[-–—•*\s]*`;

/** A speech's title that names its occasion, its speaker on a line below (`occasionHeaders`). */
export const OCCASION_HEADER = new RegExp(
  String.raw`^${LEADING_MARKS}(?:${SPEECH.occasionHeaders.map(literal).join("|")})\s+\S`,
  "i",
);

/** A line that is only a mark of a speech's text (`deliveryMarks`), in brackets or not. */
export const DELIVERY_MARK = new RegExp(
  String.raw`^[\s[(*-]*(?:${SPEECH.deliveryMarks.map(literal).join("|")})[\s\])*.:-]*$`,
  "i",
);

/**
 * A speech's header line and its speaker: "As Prepared for Delivery by Secretary of Defense Jane
 * Roe, Qingdao, China, …", "Remarks by Ambassador John Doe at …". The speaker ends at a comma, at
 * a preposition that names the place or the occasion, or at the line's end.
 */
export const DELIVERY_HEADER = new RegExp(
  String.raw`^${LEADING_MARKS}(?:${SPEECH.deliveryHeaders.map(literal).join("|")})\s+(.+?)\s*(?:,|\s(?:at|on|in|to|before|for)\s|$)`,
  "i",
);

/**
 * "invited Gen. Chen, the army's chief, to ", "his invitation to ": an asking word, then "to"
 * right before a verb, in one sentence (a title's full stop, "Gen.", ends none).
 */
export const ASKED_TO = new RegExp(
  String.raw`\b(?:${SPEECH.askingWords.map(literal).join("|")})\b(?:[^.;]|(?<=\b[A-Z][a-z]{0,3})\.){0,80}?\bto\s+$`,
  "i",
);

/**
 * "was invited to attend", "were also asked to join": the subject asked, in the passive, right
 * before "to".
 */
export const ASKED_PASSIVE = new RegExp(
  String.raw`\b(?:is|are|was|were|be|been|being)\s+(?:also\s+)?(?:${SPEECH.askingWords.map(literal).join("|")})\s+to\s+$`,
  "i",
);

/**
 * A paragraph that ends on a statement whose text follows ("… released the following statement as
 * the talks closed:"): the statement's words, then up to 160 more characters of the same sentence
 * (an abbreviation's full stops kept, "U.S."), and a colon.
 */
export const STATEMENT_INTRO_END = new RegExp(
  String.raw`\b(?:${SPEECH.statementIntros.map(literal).join("|")})\b(?:[^.:]|\.(?=\S)){0,160}:\s*$`,
  "i",
);

/** An excerpt's verb at the end of the words before a quotation ("A reader writes ", "reports: "). */
export const EXCERPT_BEFORE = new RegExp(
  String.raw`\b(?:${SPEECH.excerptVerbs.map(literal).join("|")})\s*[:,]?\s*$`,
  "i",
);

/**
 * "made the remarks as he opened the talks", "made the comments at his news conference": where
 * the statement told before was made (`remarksMade`), then the occasion.
 */
export const REMARKS_MADE = new RegExp(
  String.raw`\b(?:${SPEECH.remarksMade.map(literal).join("|")})\s+(?:as|while|when|at|during|in|on)\b`,
  "i",
);

/** "declined to comment", "would not comment on what the study found" (`noComment`). */
export const NO_COMMENT = new RegExp(
  String.raw`\b(?:${SPEECH.noComment.map(literal).join("|")})\b`,
  "i",
);

/**
 * "A profile on Monday of the envoy misstated …", "A story last week said incorrectly that …": a
 * correction notice, whose subject is one of the paper's own pieces (`correctedPieces`) and whose
 * verb says it was wrong (`correctionVerbs`). Its date is the piece's, and what it says the piece
 * told is no act.
 */
export const CORRECTION_NOTICE = new RegExp(
  String.raw`^\s*(?:An?|The)\s+(?:[\w'’-]+\s+){0,2}?(?:${SPEECH.correctedPieces.map(literal).join("|")})s?\b[^;!?]{0,200}?\b(?:${SPEECH.correctionVerbs.map(literal).join("|")})\b`,
);
