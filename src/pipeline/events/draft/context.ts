import type {
  ActorMention,
  ArticleWork,
  EventDraft,
  Sentence,
  TimeMention,
  TriggerHit,
} from "../../types.ts";

/** What drafting one article keeps between its sentences. */
export interface Ctx {
  work: ArticleWork;
  events: EventDraft[];
  skipped: number;
  /** Sentence index → the event whose dated sentence it is. */
  primary: Map<number, EventDraft>;
  /** Acronyms the article defines ("the Cyber Working Group (CWG)"). */
  acronyms: ReadonlyMap<string, string>;
  /** Sentences dated to a day that name people but no act (a photo caption). */
  actless: Sentence[];
  /** A sentence that only sets a moment ("The first crack came in October."), for the next act. */
  moment?: { s: Sentence; t: TimeMention };
  /** An undated act that joined no event it shares people with, waiting for the next sentence to date it. */
  pending?: {
    s: Sentence;
    triggers: TriggerHit[];
    actors: ActorMention[];
    /** The event the sentence joins for being nearby, unless the next sentence dates it. */
    nearby?: EventDraft;
  };
}

/** The lowest trigger rank of an act a later statement can date (above "said", "told"). */
export const LEAD_ACT_RANK = 5;
