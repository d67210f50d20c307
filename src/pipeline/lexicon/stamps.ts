import { z } from "zod";
import { WEEKDAYS as CALENDAR_WEEKDAYS, WEEKDAY_ABBREVIATIONS } from "./calendar.ts";
import { parseLexicon } from "./compile/parse.ts";
import { regexLiteralSchema } from "./compile/schemas.ts";
import raw from "./data/stamps.json" with { type: "json" };

/**
 * The calendar words of a page's date stamps, and the page chrome whose dates are never the
 * article's own (`data/stamps.json`). `clean/published.ts` and its readers in `clean/stamps/`
 * read publication dates with these entries; add a word there (with a table row in
 * `clean/published.test.ts` or the reader's own test) rather than a pattern in code.
 */

/**
 * What a labelled stamp says about the day: first publication, a later revision, or when a reader
 * saved or printed the page (never the publication: "Saved: 2012-02-03", "Printed on …").
 */
export type StampLabelKind = "published" | "updated" | "saved";

const labelSchema = z.strictObject({
  /** The label as printed, lower case; spaces match any run of spaces. */
  words: z.string().regex(/^[^A-Z]+$/, "lower case"),
  kind: z.enum(["published", "updated", "saved"]),
  /**
   * A word that is common in prose ("date", "time", "source"): it labels a stamp only with a
   * colon after it or with the date right after it ("Date: June 3, 2013", "date 2013-06-03").
   */
  strict: z.literal(true).optional(),
  /**
   * The date follows the names and titles of who spoke, however many (a transcript's
   * "Presenter: Secretary of Defense … and Minister of National Defense … August 19, 2013").
   */
  afterNames: z.literal(true).optional(),
  /**
   * Words no prose uses, a blog's footer that names the post's categories and tags before its date
   * and more after it ("This entry was posted in World, Asia and tagged navy on May 3, 2012 at
   * 9:12 am and is filed under …"): the first date after them is the stamp's, whatever surrounds it.
   */
  anyWords: z.literal(true).optional(),
  /**
   * A stamp printed under the post it dates, as question-and-answer sites print "asked Mar 3
   * '11": the page's own stamp though the question's text stands above it.
   */
  underPost: z.literal(true).optional(),
  /**
   * Words that date the whole page, never a reader's comment ("Last modified: …", "This entry
   * was posted on …"): read though a comment section runs above them, as a blog's or a
   * guide's footer stands under its comments.
   */
  pageFooter: z.literal(true).optional(),
});
export type StampLabel = z.output<typeof labelSchema>;

const lowerWords = z.array(z.string().regex(/^[^A-Z]+$/, "lower case"));

const schema = z.strictObject({
  /** Labels of a publication stamp. Longest first, so "first published" wins over "published". */
  labels: z.array(labelSchema),
  /**
   * Labels that open a paragraph added to a story after it was published, with that addition's day
   * and time ("UPDATE, Friday 9:10 a.m.: …", "Updated Feb. 20: …").
   */
  updateEntryLabels: lowerWords,
  /** What a byline credits before "by" ("Interview by Jane Doe", "Text by …"). */
  bylineKinds: lowerWords,
  /**
   * A writer's role on a byline, often in lower case ("By Jane Doe, Staff writer / May 24, 2011"),
   * or the paper's own staff or edition credited for it ("by our correspondent", "by staff and
   * agencies", "by The Daily Courier online"), and the reports it drew on ("…, with wire
   * reports", "with additional reporting").
   */
  bylineRoles: lowerWords,
  /** Time zones after a stamp's clock time ("4:12 PM PT", "06:05 BJT"): the day is read as printed. */
  timeZones: lowerWords,
  /**
   * Words that name a zone only right after a clock ("… 12 April 2010 00:11 UK", a page's hour at
   * home): anywhere else they are other words ("guardian.co.uk").
   */
  zonesAfterClock: lowerWords,
  /**
   * How a page's note on its clock opens before the zone or city it names ("All times Hong Kong
   * (GMT+8)", "Times are ET"): a live page's header sets its hours so beside its date.
   */
  zoneNotes: lowerWords,
  /**
   * Words of a periodical's issue line beside the month it is dated by ("Vol. 12, No. 3 (September
   * 2012), pp. 201-219", "Issue 41 | June 2012", "Last updated May 2013"), each with its number.
   */
  issueWords: lowerWords,
  /** Words that join a date to the rest of its stamp ("May 21, 2012 at 10:17 PM", "on Friday"). */
  connectors: lowerWords,
  /**
   * How a bracketed note on a credit opens ("Xinhua (translated by SINA English)", "(via
   * Reuters)"): the note says who handled the story, and is no part of the credit's name.
   */
  creditNotes: lowerWords,
  /**
   * What a stamp's label may name between itself and its colon ("Published time: …", "Updated
   * date: …"): the date follows as after the bare label.
   */
  labelNouns: lowerWords,
  /**
   * Where a stamp's label says the page appeared, between the label and the date ("Published
   * online: 9 Dec 2013", "First published in print 3 May 2012"): a journal's two dates of one work.
   */
  labelMedia: lowerWords,
  /**
   * What a page's stamp may name before its label, with no colon after it ("Page last updated at
   * 23:11 GMT, …", "Story posted …"): the page or post itself, never a person or a body.
   */
  stampedThings: lowerWords,
  /**
   * Page widgets printed on a stamp's line ("Wed, Oct 10, 2012 - Page 1  News List  Print  Mail
   * Facebook  Twitter"): links, not part of a name, so the line is still a stamp. A "#" stands
   * for a number ("Age: 13 yrs", the page's age).
   */
  pageWidgets: lowerWords,
  /**
   * A bullet between a running header's parts as a PDF's text gives it: the symbol font's glyph
   * read as a lone letter ("Volume XIII  s  Issue 15") or kept as a sign.
   */
  bulletGlyphs: z.array(z.string().length(1)),
  /**
   * A blog's label before the sections or tags a post is filed in, on its stamp's line ("August
   * 2, 2012 | Filed under Asia, Defense | Leave a comment"): the sections are names, the label is
   * none.
   */
  sectionLabels: lowerWords,
  /**
   * A page's widget of the day it is viewed, before that day ("Today is Friday, March 4, 2016"):
   * the day the page was saved, never its publication date.
   */
  todayLabels: lowerWords,
  /** A mail's line that opens the message it forwards ("---------- Forwarded message ----------"). */
  forwardMarkers: lowerWords,
  /**
   * How a page says it writes its numeric dates ("All dates are day/month/year", "18/06/2013
   * (dd/mm/yyyy)"): the order of its stamps whose two numbers could each be the month.
   */
  dateOrderNotes: z.strictObject({ dayFirst: lowerWords, monthFirst: lowerWords }),
  /**
   * Time zones of countries that write numeric dates one way ("03/06/2013 14:22 BST" is 3 June,
   * "06/03/2013 9:05 ET" is 3 June): the order of a stamp with one of them after its clock. Zones
   * of countries that write both ways, or of none ("GMT", "UTC", "CST": US Central or China), are
   * in neither list.
   */
  zoneDateOrder: z.strictObject({ dayFirst: lowerWords, monthFirst: lowerWords }),
  /** Small words allowed inside a name on a stamp line ("Ministry of Defense", "The Washington Times"). */
  nameFunctionWords: lowerWords,
  /** Marks of a reader-comment section: from such a line on, no date is the article's own. */
  commentSection: z.array(regexLiteralSchema),
  /**
   * Headings of the block a database or library page sets under the story and its comment form
   * ("Article Details": the publication, its date, the word count): the comments end there, and
   * the block's date is the story's.
   */
  detailsHeadings: lowerWords,
  /** A reader comment's author line ("Anonymous said...", "Lee says:"): the comments have begun. */
  commentAuthor: z.array(regexLiteralSchema),
  /**
   * A reader comment's own stamp ("Jane Doe said on June 3, 2013 at 9:41 am"). A headline ending
   * in "Says" has neither the "on" nor the date.
   */
  commentStamp: z.array(regexLiteralSchema),
  /**
   * A commenter's or a forum reply's header under the story: the author and a stamp with its clock
   * ("by jdoe (1234) on Tuesday May 8, 2012 @09:11AM", "#2 05-19-2011, 12:31 AM"). A story's own
   * byline stands above its first paragraph.
   */
  commenterLine: z.array(regexLiteralSchema),
  /**
   * A message's own header inside a page of e-mail ("Date: Tue, 8 Mar 2011 08:02:11 -0500", "On
   * Mon, Mar 7, 2011 at 3:12 PM, Jane Roe <jroe@example.org> wrote:"): the message under it, or
   * the quoted one, was written that day.
   */
  messageHeader: z.array(regexLiteralSchema),
  /**
   * The action links under a reader comment ("Reply"): the comment's stamp is just above. Share
   * widgets ("Like", "Recommend") also stand between paragraphs, so they are not listed.
   */
  commentAction: z.array(regexLiteralSchema),
  /** A copyright notice: its year is the site's, not the article's. */
  copyright: z.array(regexLiteralSchema),
  /**
   * A wire story's end mark on a line of its own ("==Kyodo", "(END)", "###", "-30-"): the story's
   * stamp may follow it.
   */
  endMarks: z.array(regexLiteralSchema),
  /**
   * A site's header beside its date ("Sign In | Register", the weather "72F"): that date is the
   * day the page was served (or saved), not the article's.
   */
  siteHeader: z.array(regexLiteralSchema),
  /**
   * The bullet of a list item. A run of two or more such lines is a list of links (related
   * stories, latest headlines), whose dates belong to other pages.
   */
  listItem: regexLiteralSchema,
  /** A list item's marker and the space after it ("- ", "• ", "3. "), to read the item without it. */
  listMarker: regexLiteralSchema,
  /** A thread's post number before the post's text ("2/"), as a whole lead ("2/9" reads as a date). */
  postNumber: regexLiteralSchema,
  /** A forum post's number before its stamp ("#4   03-02-2012, 08:15 PM"): the number captured. */
  forumPostHeader: regexLiteralSchema,
});

const STAMPS = parseLexicon(schema, raw, "stamps.json");

export const STAMP_LABELS: readonly StampLabel[] = STAMPS.labels;
/** Day names as stamps print them ("Thursday", "Thu.", "Thurs"), in lower case, from calendar.json. */
export const WEEKDAYS: readonly string[] = [...CALENDAR_WEEKDAYS, ...WEEKDAY_ABBREVIATIONS].map(
  (w) => w.toLowerCase(),
);
export const UPDATE_ENTRY_LABELS: readonly string[] = STAMPS.updateEntryLabels;
export const BYLINE_KINDS: readonly string[] = STAMPS.bylineKinds;
export const BYLINE_ROLES: readonly string[] = STAMPS.bylineRoles;
export const TIME_ZONES: readonly string[] = STAMPS.timeZones;
export const ZONES_AFTER_CLOCK: readonly string[] = STAMPS.zonesAfterClock;
export const ZONE_NOTES: readonly string[] = STAMPS.zoneNotes;
export const ISSUE_WORDS: readonly string[] = STAMPS.issueWords;
export const STAMP_CONNECTORS: readonly string[] = STAMPS.connectors;
export const CREDIT_NOTES: readonly string[] = STAMPS.creditNotes;
export const STAMP_LABEL_NOUNS: readonly string[] = STAMPS.labelNouns;
export const STAMP_LABEL_MEDIA: readonly string[] = STAMPS.labelMedia;
export const STAMPED_THINGS: readonly string[] = STAMPS.stampedThings;
export const PAGE_WIDGETS: readonly string[] = STAMPS.pageWidgets;
export const BULLET_GLYPHS: readonly string[] = STAMPS.bulletGlyphs;
export const SECTION_LABELS: readonly string[] = STAMPS.sectionLabels;
export const TODAY_LABELS: readonly string[] = STAMPS.todayLabels;
export const FORWARD_MARKERS: readonly string[] = STAMPS.forwardMarkers;
export const DATE_ORDER_NOTES = STAMPS.dateOrderNotes;
export const ZONE_DATE_ORDER = STAMPS.zoneDateOrder;
export const NAME_FUNCTION_WORDS: readonly string[] = STAMPS.nameFunctionWords;
export const COMMENT_SECTION: readonly RegExp[] = STAMPS.commentSection;
export const DETAILS_HEADINGS: readonly string[] = STAMPS.detailsHeadings;
export const COMMENT_AUTHOR: readonly RegExp[] = STAMPS.commentAuthor;
export const COMMENT_STAMP: readonly RegExp[] = STAMPS.commentStamp;
export const COMMENTER_LINE: readonly RegExp[] = STAMPS.commenterLine;
export const POST_NUMBER: RegExp = STAMPS.postNumber;
export const FORUM_POST_HEADER: RegExp = STAMPS.forumPostHeader;
export const MESSAGE_HEADER: readonly RegExp[] = STAMPS.messageHeader;
export const COMMENT_ACTION: readonly RegExp[] = STAMPS.commentAction;
export const COPYRIGHT: readonly RegExp[] = STAMPS.copyright;
export const END_MARKS: readonly RegExp[] = STAMPS.endMarks;
export const SITE_HEADER: readonly RegExp[] = STAMPS.siteHeader;
export const LIST_ITEM: RegExp = STAMPS.listItem;
export const LIST_MARKER: RegExp = STAMPS.listMarker;
