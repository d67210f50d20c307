import { WholeDatasetNotice } from "../../dataset/components/whole-dataset-notice.tsx";
import { useWholeDataset } from "../../dataset/hooks/use-whole-dataset.ts";
import { useId, useMemo, useState } from "react";
import {
  TOPIC_IDS,
  type Article,
  type Precision,
  type TimelineEvent,
} from "../../../dataset/index.ts";
import { formatEventDate } from "../../../lib/format-event-date.ts";
import { CopyField } from "../../share/components/copy-field.tsx";
import { useCopy } from "../../share/hooks/use-copy.ts";
import { useMergePick } from "../hooks/use-merge-pick.ts";
import { correctionEntry, draftOf, type CorrectionDraft } from "../model/entry-draft.ts";

interface SuggestCorrectionProps {
  event: TimelineEvent;
  articleById: ReadonlyMap<string, Article>;
  topicLabel: (topicId: string) => string;
  button: string;
  heading: string;
}

const field =
  "mt-1 block w-full rounded-md border border-slate-300 bg-surface px-2 py-1 text-sm text-slate-900";
const label = "block text-sm font-medium text-slate-800";

const ACTIONS: [CorrectionDraft["action"], string][] = [
  ["set", "Change values"],
  ["remove", "Remove this event"],
  ["merge", "Merge with another event"],
];

/**
 * "Suggest a correction": a form over the event's values that writes the entry to paste into a
 * corrections file, its anchor and the extracted values it corrects filled in. It needs no
 * server: the researcher commits the entry, and the next `npm run data` applies it.
 */
export function SuggestCorrection(props: SuggestCorrectionProps) {
  const { event, articleById, topicLabel } = props;
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<CorrectionDraft>(() => draftOf(event));
  const pick = useMergePick();
  const { copy, status } = useCopy();
  const id = useId();
  // A merge names the other event by its first source: every event and article, loaded once
  // the form is opened.
  const whole = useWholeDataset(open);
  const wholeArticles = whole.status === "success" ? whole.whole.articleById : undefined;
  const result = useMemo(
    () => correctionEntry(event, draft, wholeArticles ?? articleById),
    [event, draft, wholeArticles, articleById],
  );
  const edit = (patch: Partial<CorrectionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const editDate = (patch: Partial<CorrectionDraft["date"]>) =>
    setDraft((d) => ({ ...d, date: { ...d.date, ...patch } }));
  const others = (pick?.events ?? []).filter((e) => e.id !== event.id);
  const choosePartner = (eventId: string) =>
    edit({
      mergeWith: whole.status === "success" ? whole.whole.eventById.get(eventId) : undefined,
    });

  // Outside the explorer (an embed) there is no form: corrections are made from the explorer.
  if (!pick) return null;
  if (!open)
    return (
      <button type="button" className={props.button} onClick={() => setOpen(true)}>
        Suggest a correction
      </button>
    );

  return (
    <form
      aria-label="Suggest a correction"
      className="space-y-3 rounded-lg border border-slate-300 p-3"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="flex items-start justify-between gap-2">
        <h3 className={props.heading}>Suggest a correction</h3>
        <button
          type="button"
          className={props.button}
          onClick={() => {
            pick?.cancel();
            setOpen(false);
          }}
        >
          Close form
        </button>
      </div>
      <fieldset className="space-y-1">
        <legend className={label}>What to do</legend>
        {ACTIONS.map(([action, text]) => (
          <label key={action} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={`${id}-action`}
              checked={draft.action === action}
              onChange={() => edit({ action })}
            />
            {text}
          </label>
        ))}
      </fieldset>

      {draft.action === "set" && (
        <>
          <div className="grid grid-cols-[minmax(0,1fr)_auto] gap-2">
            <label className={label}>
              Date
              <input
                className={field}
                value={draft.date.value}
                placeholder="2013-06-07"
                onChange={(e) => editDate({ value: e.target.value })}
              />
            </label>
            <label className={label}>
              Precision
              <select
                className={field}
                value={draft.date.precision}
                onChange={(e) => editDate({ precision: e.target.value as Precision })}
              >
                <option value="day">day</option>
                <option value="month">month</option>
                <option value="year">year</option>
              </select>
            </label>
          </div>
          <label className={label}>
            Last day, for an event of several days
            <input
              className={field}
              value={draft.date.end}
              placeholder="none"
              onChange={(e) => editDate({ end: e.target.value })}
            />
          </label>
          <label className={label}>
            Title
            <input
              className={field}
              value={draft.title}
              onChange={(e) => edit({ title: e.target.value })}
            />
          </label>
          <label className={label}>
            Actors, one per line
            <textarea
              className={field}
              rows={3}
              value={draft.actors}
              onChange={(e) => edit({ actors: e.target.value })}
            />
          </label>
          <fieldset>
            <legend className={label}>Topics</legend>
            <div className="mt-1 grid grid-cols-1 gap-x-3 sm:grid-cols-2">
              {TOPIC_IDS.map((topic) => (
                <label key={topic} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={draft.topics.includes(topic)}
                    onChange={(e) =>
                      edit({
                        topics: e.target.checked
                          ? TOPIC_IDS.filter((t) => t === topic || draft.topics.includes(t))
                          : draft.topics.filter((t) => t !== topic),
                      })
                    }
                  />
                  {topicLabel(topic)}
                </label>
              ))}
            </div>
          </fieldset>
        </>
      )}

      {draft.action === "merge" && (
        <div className="space-y-2">
          <label className={label}>
            The same happening, reported as another event
            <select
              className={field}
              disabled={whole.status !== "success"}
              value={draft.mergeWith?.id ?? ""}
              onChange={(e) => choosePartner(e.target.value)}
            >
              <option value="">Choose an event…</option>
              {others.map((e) => (
                <option key={e.id} value={e.id}>
                  {formatEventDate(e.date)}: {e.title}
                </option>
              ))}
            </select>
          </label>
          <WholeDatasetNotice
            state={whole}
            loading="Loading the events to merge with…"
            buttonClassName={props.button}
          />
          {pick &&
            (pick.active ? (
              <p className="flex flex-wrap items-center gap-2 text-sm" role="status">
                Choose the event on the timeline or in the list.
                <button type="button" className={props.button} onClick={pick.cancel}>
                  Cancel picking
                </button>
              </p>
            ) : (
              <button
                type="button"
                className={props.button}
                onClick={() => pick.start(choosePartner)}
              >
                Pick on the timeline
              </button>
            ))}
        </div>
      )}

      <label className={label}>
        Reason
        <textarea
          className={field}
          rows={2}
          value={draft.reason}
          onChange={(e) => edit({ reason: e.target.value })}
        />
      </label>
      <label className={label}>
        Your name (optional)
        <input
          className={field}
          value={draft.author}
          onChange={(e) => edit({ author: e.target.value })}
        />
      </label>

      {result.ok ? (
        <CopyField
          label="Entry for the corrections file"
          what="Correction"
          copyLabel="Copy the entry"
          value={result.text}
          rows={10}
          copy={copy}
          status={status}
          description='Paste it into the "corrections" list of a file in corrections/ (for example corrections/fixes.json), then run npm run data.'
        />
      ) : (
        <p className="text-sm text-slate-700" data-testid="correction-problem">
          {result.problem}
        </p>
      )}
    </form>
  );
}
