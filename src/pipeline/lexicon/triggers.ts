/**
 * Event triggers: words that make a dated sentence an event, each with a CAMEO-style type.
 * `rank` orders types by specificity when one event has several triggers (host beats meet
 * beats say). `strong` triggers name an occasion and may gather undated sentences as evidence.
 */
export interface Trigger {
  re: RegExp;
  cameo: string;
  label: string;
  rank: number;
  /** The occasion noun this trigger refers back to ("the meeting", "the report"). */
  noun?: string;
  strong?: boolean;
}

export const TRIGGERS: readonly Trigger[] = [
  {
    // A meal or reception is an occasion of its own beside the talks of the same day: it outranks
    // the host verb that usually comes with it ("a banquet hosted by the vice president").
    re: /\b(?:banquet|dinner|luncheon|state dinner|reception)s?\b/i,
    cameo: "043",
    label: "Host a visit",
    rank: 11,
    noun: "dinner",
    strong: true,
  },
  {
    // "welcomed Chinese Defense Minister Chang to the Pentagon" hosts a guest; "welcomed the
    // decision" does not, so a title or nationality must follow (matching ignores case).
    re: /\bhost(s|ed|ing)?\b|\bwelcom(?:e|es|ed|ing)\b(?=\s+(?:his\s+|her\s+|the\s+)?(?:Chinese|U\.S\.|American|visiting|President|Vice|Premier|Defen[cs]e|Foreign|Secretary|Minister|State Councilor|Gen\.|Adm\.)\b)/i,
    cameo: "043",
    label: "Host a visit",
    rank: 10,
    noun: "visit",
    strong: true,
  },
  {
    re: /\bvisit(s|ed|ing)?\b|\btrip\b|\btravel(s|ed|led|ing)? to\b|\barriv(e|es|ed|ing) in\b/i,
    cameo: "042",
    label: "Make a visit",
    rank: 9,
    noun: "visit",
    strong: true,
  },
  {
    // "toured the base", "tours Beijing", but not "the tour came": case matters (no "i" flag).
    re: /\b[Tt]our(?:s|ed|ing)?\b(?= (?:the|a|an|[A-Z]))/,
    cameo: "042",
    label: "Make a visit",
    rank: 9,
    noun: "visit",
    strong: true,
  },
  {
    // "will leave Washington for Iowa": leaving a named place for another is travel to it. Case
    // matters here (no "i" flag): both places are names.
    re: /\b(?:[Ll]eave|[Ll]eaves|[Ll]eft|[Dd]epart|[Dd]eparts|[Dd]eparted)\s+(?:[A-Z][\w.-]*,?\s+){1,3}for\s+(?=[A-Z])/,
    cameo: "042",
    label: "Make a visit",
    rank: 9,
    noun: "visit",
    strong: true,
  },
  {
    re: /\bsign(s|ed|ing)?\b(?! of)/i,
    cameo: "057",
    label: "Sign formal agreement",
    rank: 8,
    noun: "agreement",
  },
  { re: /\bsummit\b/i, cameo: "040", label: "Consult", rank: 7, noun: "summit", strong: true },
  {
    re: /\b(meet|meets|met|meeting|meetings)\b/i,
    cameo: "040",
    label: "Consult",
    rank: 7,
    noun: "meeting",
    strong: true,
  },
  {
    re: /\btalk(s|ed|ing)?\b|\bconsultations?\b|\bdiscuss(es|ed|ing|ions?)?\b|\bconversations?\b|\bphone call\b|\bspoke (with|about|by phone)\b/i,
    cameo: "040",
    label: "Consult",
    rank: 6,
    noun: "talks",
    strong: true,
  },
  {
    // Dialogues also go by their acronyms: "the S&ED", "the SSD", "the JCCT".
    re: /\bdialog(ue)?\b|\bforum\b|\bMeeting-Plus\b|\bconference\b(?<!news conference)(?<!press conference)|\b(co-)?chair(s|ed|ing)?\b(?= the| by)|\battend(s|ed|ing)?\b|\b(S&ED|SSD|JCCT|DCT)\b/i,
    cameo: "040",
    label: "Consult",
    rank: 6,
    noun: "dialogue",
    strong: true,
  },
  {
    // An occasion that is held, convened or takes place ("The dialogue will be held on July 10";
    // "talks are to be convened in June"), but not "held in custody" or "held responsible".
    re: /\b(?:be|is|are|was|were|been|being)\s+(?:held|convened)\b(?=\s*(?:[,.;]|$)|\s+(?:on|in|at|from|between|next|this|later|early|late|during|for\s+the)\b)|\b(?:take|takes|took|taking)\s+place\b/i,
    cameo: "040",
    label: "Consult",
    rank: 5,
    noun: "meeting",
    strong: true,
  },
  {
    re: /\bnegotiat(e|es|ed|ing|ions?)\b/i,
    cameo: "046",
    label: "Engage in negotiation",
    rank: 6,
    noun: "talks",
  },
  {
    re: /\bagree(s|d|ment)?\b|\bconsensus\b|\bpledg(e|es|ed)\b/i,
    cameo: "030",
    label: "Express intent to cooperate",
    rank: 5,
    noun: "agreement",
  },
  {
    re: /\bestablish(es|ed|ing)?\b|\blaunch(es|ed|ing)?\b|\bset up\b|\binaugurat/i,
    cameo: "050",
    label: "Engage in diplomatic cooperation",
    rank: 5,
  },
  {
    re: /\b(suspend|suspends|suspended|cancel|cancels|cancell?ed|postpone|postponed|call(ed)? off|halt|halted|froze|frozen|freeze|freezes)\b/i,
    cameo: "160",
    label: "Reduce relations",
    rank: 5,
  },
  {
    re: /\b(joint )?(exercise|drill|port call)s?\b/i,
    cameo: "062",
    label: "Cooperate militarily",
    rank: 4,
    noun: "exercise",
  },
  {
    re: /\bdemand(?:s|ed|ing)?\b(?!\s+for\b)/i,
    cameo: "100",
    label: "Demand",
    rank: 3,
  },
  {
    re: /\bthreat(?:en|ens|ened|ening)\b/i,
    cameo: "130",
    label: "Threaten",
    rank: 3,
  },
  {
    re: /\b(urg(e|es|ed|ing)|call(s|ed)? on|appeal(s|ed)? to)\b/i,
    cameo: "020",
    label: "Make an appeal or request",
    rank: 2,
  },
  {
    re: /\b(reject(s|ed)?|den(y|ies|ied)|dismiss(es|ed)?)\b|\bcall(?:s|ed)\s+(?:\S+\s+){0,3}?(?:groundless|baseless|unfounded|irresponsible|unprofessional)\b/i,
    cameo: "120",
    label: "Reject",
    rank: 2,
  },
  {
    re: /\b(releas(e|es|ed)|publish(es|ed)|issu(e|es|ed)|unveil(s|ed)?)\b(?=\s+(?:\S+\s+){0,4}?(report|white paper|strategy|review|assessment|document)\b)/i,
    cameo: "010",
    label: "Release report",
    rank: 4,
    noun: "report",
  },
  {
    re: /\baccus(e|es|ed|ing|ation)\b|\bblam(e|ed|es)\b|\bcriticiz(e|ed|es)\b|\bcondemn(s|ed)?\b/i,
    cameo: "112",
    label: "Accuse",
    rank: 4,
  },
  {
    re: /\bwhite paper\b|\breport\b|\bstrategy\b|\breview\b|\bassessment\b/i,
    cameo: "010",
    label: "Release report",
    rank: 4,
    noun: "report",
  },
  {
    re: /\bnews conference\b|\bpress conference\b|\bbriefing\b|\btold reporters\b|\binterview\b|\bsession with reporters\b/i,
    cameo: "010",
    label: "Make statement",
    rank: 3,
    noun: "news conference",
    strong: true,
  },
  {
    // A speech is an occasion of its own (an audience, a venue), not the statement after talks.
    re: /\bspeech(?:es)?\b|\baddress(?:ed|es)?\b|\bremarks\b|\btestif(?:y|ied|ies)\b|\blectur(?:e|ed)\b/i,
    cameo: "010",
    label: "Make statement",
    rank: 3,
    noun: "speech",
    strong: true,
  },
  { re: /\bannounc(e|es|ed|ing|ement)\b/i, cameo: "010", label: "Make statement", rank: 3 },
  {
    re: /\b(said|says|told|stated|noted|warned|urged|called for|responded|replied)\b/i,
    cameo: "010",
    label: "Make statement",
    rank: 1,
  },
];

/**
 * Words that refer to another, earlier occasion ("before he departed for the talks", "after
 * Secretary of State John Kerry's visit").
 */
export const REFERENCE_MARKER =
  /\b(for|before|after|ahead of|following|since|until)\s+(the|his|her|their|its|(?:(?:[A-Z][\w.-]*|of|the)\s+){0,6}[A-Z][\w.-]*['’]s)?\s*$/i;

/** "met Wang on Wednesday for the S&ED", "gathered for the summit": a meeting held at the occasion. */
const ATTENDS =
  /\b(?:met|meet|meets|gathered|gather|convened|convene|sat down)\b[^,;.:"“”]*\bfor\s+(?:the\s+)?$/i;

/**
 * Whether the words `before` an occasion noun make it another occasion than the sentence's own
 * ("before he left for the talks"). People who met *for* an occasion met at it: "Kerry met Wang
 * for the S&ED" reports the dialogue itself. `sentence` is the sentence up to the noun.
 */
export function refersElsewhere(before: string, sentence = before): boolean {
  return REFERENCE_MARKER.test(before) && !ATTENDS.test(sentence);
}

/** Occasion nouns that mean the same thing when referred back to. */
export const NOUN_FAMILY: Record<string, string> = {
  meeting: "meeting",
  talks: "meeting",
  summit: "meeting",
  dialogue: "meeting",
  session: "meeting",
  "news conference": "news conference",
  "press conference": "news conference",
  conference: "news conference",
  visit: "visit",
  trip: "visit",
  report: "report",
  reports: "report",
  "white paper": "white paper",
  agreement: "agreement",
  exercise: "exercise",
  forum: "meeting",
  symposium: "meeting",
  speech: "speech",
  dinner: "meal",
  banquet: "meal",
  luncheon: "meal",
  reception: "meal",
};

/** "the meeting", "that report": a sentence referring back to an occasion already reported. */
export const DEFINITE_OCCASION =
  /\b(?:the|that|this|these)\s+(meeting|talks|summit|news conference|press conference|conference|visit|trip|report|white paper|dialogue|session|agreement|exercise|forum|symposium|speech|banquet|dinner)\b/gi;
