import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPipeline } from "../run.ts";
import type { EventsDocument } from "../../dataset/index.ts";
import type { PipelineState } from "../types.ts";

/** Writes files into a fresh temporary folder and returns its path (for tests). */
export function tempCorpus(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "dt-corpus-"));
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Runs the whole pipeline over in-memory articles. */
export function runOn(files: Record<string, string | Uint8Array>): Promise<PipelineState> {
  return runPipeline(tempCorpus(files));
}

/** A minimal wire story: headline, dateline with a full date, then the given paragraphs. */
export function story(title: string, dateline: string, ...paragraphs: string[]): string {
  const [first = "", ...rest] = paragraphs;
  return [title, "", `${dateline} – ${first}`, ...rest.flatMap((p) => ["", p])].join("\n");
}

/** The events the pipeline makes of one story (see `story`), in the order it writes them. */
export async function storyEvents(
  title: string,
  dateline: string,
  ...paragraphs: string[]
): Promise<EventsDocument["events"]> {
  const state = await runOn({ "a.txt": story(title, dateline, ...paragraphs) });
  return state.output?.events.events ?? [];
}

/** An event as "date: people" (its actors' names), how event tests compare them. */
export const datePeople = (e: EventsDocument["events"][number]) =>
  `${e.date.value}: ${e.actors.map((a) => a.name).join(", ")}`;

/** Each event of a story (see `story`) as "date: people", sorted: what most event tests compare. */
export async function datedPeopleOf(
  title: string,
  dateline: string,
  ...paragraphs: string[]
): Promise<string[]> {
  return (await storyEvents(title, dateline, ...paragraphs)).map(datePeople).sort();
}

/** Each event of a one-paragraph story as its people, sorted, one list per event, sorted. */
export async function peopleOfStory(sentence: string): Promise<string[][]> {
  const events = await storyEvents("Ties", "WASHINGTON, March 4, 2013", sentence);
  return events
    .map((e) => e.actors.map((a) => a.name).sort())
    .sort((a, b) => a.join().localeCompare(b.join()));
}

/** Each event of a one-sentence story published on Friday 12 April 2013, as its people, sorted. */
export async function programmePeople(sentence: string): Promise<string[]> {
  return (await storyEvents("Programme", "TOKYO, April 12, 2013", sentence))
    .map((e) => e.actors.map((a) => a.name).join(", "))
    .sort();
}
