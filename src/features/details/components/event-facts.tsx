import type { TimelineEvent } from "../../../dataset/index.ts";
import { topicColor } from "../../../lib/topic-color.ts";
import { detailsHeading as heading } from "./styles.ts";

interface EventFactsProps {
  event: TimelineEvent;
  topicLabel: (topicId: string) => string;
}

/** Who took part, where, and the topics: the facts the dataset records beside the evidence. */
export function EventFacts({ event, topicLabel }: EventFactsProps) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <h3 className={heading}>Actors</h3>
          {event.actors.length > 0 ? (
            <ul className="mt-1 space-y-0.5 text-sm text-slate-800">
              {event.actors.map((actor) => (
                <li key={`${actor.name}|${actor.role ?? ""}`}>
                  <span className="font-medium">{actor.name}</span>
                  {(actor.role || actor.country) && (
                    <span className="text-slate-600">
                      {" "}
                      ({[actor.role, actor.country].filter(Boolean).join(", ")})
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-600">None named</p>
          )}
        </div>

        <div>
          <h3 className={heading}>Location</h3>
          <p className="mt-1 text-sm text-slate-800">
            {event.location
              ? [event.location.name, event.location.country].filter(Boolean).join(", ")
              : "Not reported"}
          </p>
        </div>
      </div>

      <div>
        <h3 className={heading}>Topics</h3>
        {event.topics.length > 0 ? (
          <ul className="mt-1 flex flex-wrap gap-1.5">
            {event.topics.map((topic) => (
              <li
                key={topic}
                className="inline-flex items-center gap-1.5 rounded-full border border-slate-200 px-2 py-0.5 text-xs text-slate-700"
              >
                <span
                  aria-hidden="true"
                  className="inline-block size-2 rounded-full"
                  style={{ backgroundColor: topicColor(topic) }}
                />
                {topicLabel(topic)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-600">None assigned</p>
        )}
      </div>
    </>
  );
}
