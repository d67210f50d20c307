/**
 * The pipeline's stages (src/pipeline/README.md) in plain words, for readers who will never open
 * the code but need to know what the data can and cannot say.
 */
const STEPS: readonly [string, string][] = [
  [
    "Read",
    "Each article saved in the corpus folder, as text or as the web page itself, is read. Empty, binary or unreadable files are set aside and named in the build's log.",
  ],
  [
    "Clean",
    "Menus, share buttons, link lists and other page furniture are removed, and the title, outlet, byline, dateline and publication date are found.",
  ],
  [
    "Split",
    "The text is split into sentences and quotations, each keeping its exact place in the article, so every piece of evidence can be shown where it stands.",
  ],
  [
    "Date",
    "Every date is read at the precision its words give: a day, a month or a year. “Yesterday” is counted from the publication day, “this morning” inside a quotation from the day the words were spoken, and “that year” from the date mentioned before. Durations (“in nine years”) are not dates.",
  ],
  [
    "Name",
    "The people and bodies in each sentence are found, with their roles and countries; “he” and “the minister” are resolved to the person meant where the text allows.",
  ],
  [
    "Find events",
    "A dated sentence with an action (a meeting, a visit, talks, a report, an agreement, a suspension…) becomes an event; the sentences that refer back to it join it as evidence, with the quotations spoken at it.",
  ],
  ["Topic", "Each event's topics come from the words of its own sentences, not the whole article."],
  [
    "Merge",
    "One happening reported twice, in one article or by different outlets, becomes one event with every report as a source.",
  ],
  [
    "Publish",
    "Titles and summaries are written, each event gets an id derived from its content, and both files are checked against the data contract before they are written.",
  ],
];

export function PipelineSteps() {
  return (
    <ol className="list-decimal space-y-1.5 pl-5 text-sm leading-relaxed text-slate-800">
      {STEPS.map(([name, text]) => (
        <li key={name}>
          <span className="font-semibold">{name}.</span> {text}
        </li>
      ))}
    </ol>
  );
}
