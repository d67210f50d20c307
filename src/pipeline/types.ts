import type { SpeechHeader } from "./clean/speech-header.ts";
import type {
  Actor,
  ArticlesDocument,
  EventDate,
  EventsDocument,
  Precision,
  Quote,
  Span,
  TopicId,
} from "../dataset/index.ts";

export type { Span };

/** How much an event's evidence talks about each topic id (topics stage). */
export type TopicWeights = Partial<Record<TopicId, number>>;

/** A problem with one input file: the run goes on without it (or with part of it). */
export interface Warning {
  file: string;
  message: string;
}

/** The publication date of an article, with the instant used as the reference for relative dates. */
export interface Published {
  value: string;
  precision: Precision;
  /** Noon UTC of the publication day: relative words are resolved against it. */
  ref: Date;
  /**
   * The page states no publication date: `value` is the year of the latest date the text names
   * (clean/published.ts, `latestNamedDay`) and the time stage keeps only dates stated in full.
   */
  estimated?: boolean;
}

/** A quotation inside the cleaned text; `start`/`end` cover the quoted words without the marks. */
export interface QuoteSpan extends Span {
  /** Raw speaker words from the attribution ("Obama", "the Chinese president", "he"). */
  speakerText?: string;
  /** Canonical actor name once actors are resolved. */
  speaker?: string;
}

/** A temporal expression resolved to an ISO value at its own precision. */
export interface TimeMention {
  start: number;
  end: number;
  text: string;
  value: string;
  precision: Precision;
  /** Last day of a range ("June 7-8"). */
  endValue?: string;
  basis: EventDate["basis"];
  /** Inside a quotation: resolved against the moment the words were spoken. */
  inQuote: boolean;
  /** Points after its reference ("tomorrow", "within the year", a future month). */
  future: boolean;
}

/** A person or body named in a sentence, resolved to one actor of the article. */
export interface ActorMention {
  start: number;
  end: number;
  actor: Actor;
  /** Stable matching key across articles: lower-case surname or organisation name. */
  key: string;
}

/** One sentence of the cleaned text. Offsets are UTF-16, half-open, into the article text. */
export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** Narration, or the dateline prefix of the first paragraph (never an event date). */
  kind: "body" | "dateline";
  times: TimeMention[];
  /** ISO day on which the words of this sentence's quotations were spoken. */
  scene?: string;
  actors: ActorMention[];
  /** Speaker of the quotation(s) this sentence belongs to, when attributed. */
  quoteIds: number[];
}

/** A trigger word found in a sentence (see lexicon/triggers.ts). */
export interface TriggerHit {
  cameo: string;
  label: string;
  rank: number;
  noun?: string;
  strong?: boolean;
  text: string;
  /** Offset in the article text. */
  start: number;
  /**
   * The type's rank in a subordinate clause ("after Kerry visited Beijing"), where `rank` is
   * lowered: the act is background to the main one, yet a happening of its own when the clause
   * has a subject of its own.
   */
  clauseRank?: number;
  /** Names another, earlier occasion ("before he left for the talks"): not this sentence's event. */
  reference: boolean;
  inQuote: boolean;
  /** Found in the event's own dated sentence (not a sentence joined to it later). */
  own?: boolean;
  /** What its trigger tells (event-types.json `kind`): an occasion, an act, a document, words. */
  kind?: "occasion" | "act" | "document" | "statement";
}

/** An event as extracted from one article, before cross-article merging. */
export interface EventDraft {
  articleId: string;
  date: EventDate;
  status: "occurred" | "planned";
  type: { cameo: string; label: string };
  /** Every trigger seen in the event's sentences; the highest-ranked one sets `type`. */
  triggers: TriggerHit[];
  /** The named occasion ("Shangri-La Dialogue", "2010 Defense White Paper"), for titles and merging. */
  occasion?: string;
  /** The occasion family of the event's own best trigger ("meeting", "meal", "visit"). */
  head?: string;
  /** Words after "agreed to" / "to visit", kept for the title. */
  object?: string;
  /** The host, when the sentence says who hosted ("hosted by Biden", "as a guest of Biden"). */
  host?: string;
  /** Whom a meeting was with, as the sentence words it ("his counterpart Leon Panetta"). */
  counterpart?: string;
  /** Where a visit went ("visited Beijing"). */
  destination?: string;
  /**
   * A stop an itinerary lists, dated only by its trip's month ("his itinerary includes Fort
   * Knox"): across outlets it is one happening with a report that names its place, and with no
   * other.
   */
  itineraryStop?: boolean;
  /** The primary sentence's main clause without its dates, a title for events no template fits. */
  headline?: string;
  /**
   * Dated by the telling of an announcement ("announced on Monday that the army would …"): the
   * event is the announcement, so its title is its headline, told from the announcing verb, and
   * not a template of the act announced.
   */
  announced?: boolean;
  /** Governments and bodies acting, when no person is named. */
  bodies?: Actor[];
  /**
   * A spokesperson of its one body said it for the body (events/spokesperson.ts): the body stays
   * an actor beside the person.
   */
  spokenFor?: boolean;
  /**
   * The actors or bodies were borrowed from context (events/fallback-actors.ts), not named by the
   * event's own sentence: a merged event prefers the reports that name theirs.
   */
  borrowed?: boolean;
  /**
   * The date is the day the act was told ("…, an official said Wednesday"), so a later sentence
   * that dates the act itself ("was reached … last week") dates the event instead.
   */
  toldOn?: boolean;
  /**
   * The date is told by another place's clock ("on Monday morning Beijing time"): the story's own
   * day for the same happening may be the day before or after.
   */
  zoned?: boolean;
  /**
   * The day its article was published, when the article states it (not guessed): what the report
   * tells as done happened by then, and what it tells as planned was still to come.
   */
  toldBy?: string;
  /**
   * The narration told this occasion apart from the day's event it followed (a meeting after a
   * statement, events/same-day.ts): the article's other drafts of that day are not it.
   */
  apart?: boolean;
  actors: ActorMention[];
  location?: { name: string; country?: string };
  evidence: Span[];
  /** Sentence indexes already used as evidence (no sentence twice). */
  sentenceIdx: number[];
  quotes: Quote[];
  topics: string[];
  /** How much the event's evidence talks about each topic (topics stage); summed when merged. */
  topicWeights?: TopicWeights;
  confidence: number;
}

/** Everything known about one input article as it moves through the stages. */
export interface ArticleWork {
  file: string;
  sha256: string;
  /** Decoded input text (not yet cleaned). */
  raw: string;
  id: string;
  title: string;
  outlet: string;
  byline: string;
  dateline?: string;
  /** The speech the page gives (clean/speech-header.ts): its speaker is the "I" outside quotes. */
  speech?: SpeechHeader;
  url?: string;
  /** Metadata the page markup declared (HTML input only); text evidence wins over it. */
  hints: { title?: string; byline?: string; published?: string };
  published?: Published;
  /** Cleaned body: every offset in the dataset points into it. */
  text: string;
  /** Length of the dateline prefix at the start of `text` (0 when none). */
  datelineLength: number;
  /**
   * A live blog's or an updated story's entries: for each paragraph, the day of the entry stamp
   * above it in the body (clean/entry-stamps.ts), when the body has such stamps.
   */
  entryDays?: readonly (string | undefined)[];
  /**
   * The days the page's lines above the story label as its date ("Posted: 05/04/2011", "DATE:
   * TUESDAY, MAY 3, 2011"): a transcript's session may be the one a header names.
   */
  headerDays?: readonly string[];
  /**
   * A transcript's session day, where the lines above its turns state it
   * (time/transcript-session.ts): the turns are told against it, and the briefing is held on it.
   */
  transcriptDay?: string;
  paragraphs: Span[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
  events: EventDraft[];
}

/** A merged event: one real-world event with one source per reporting article. */
export interface MergedEvent {
  drafts: EventDraft[];
}

/** The state every stage receives and returns. Stages add to it; none reaches back. */
export interface PipelineState {
  inDir: string;
  articles: ArticleWork[];
  merged: MergedEvent[];
  warnings: Warning[];
  /** Dated sentences left out (no trigger, out of window): counted for the run summary. */
  skipped: number;
  /** The researcher's corrections folder (corrections stage); none when unset. */
  correctionsDir?: string;
  /** What the corrections stage did, for the run summary; unset when there was no folder. */
  corrections?: { applied: number; unapplied: number };
  /** The documents to publish, set by the assemble stage and revised by the corrections stage. */
  output?: { events: EventsDocument; articles: ArticlesDocument };
}

/**
 * One step of the pipeline. Stages are pure over the state apart from 01-read (which reads files);
 * their order is decided in run.ts alone.
 */
export interface Stage {
  readonly name: string;
  /**
   * Maps each article on its own: no article's result depends on another's, and nothing but
   * `articles`, `warnings` and `skipped` changes. runPipeline may then run it over a batch of
   * articles at a time (lean runs).
   */
  readonly perArticle?: boolean;
  run(state: PipelineState): PipelineState | Promise<PipelineState>;
}
