import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { ArticlesDocument, EventsDocument, TimelineEvent } from "../../dataset/index.ts";
import { runPipeline } from "../run.ts";

export const ROOT = resolve(import.meta.dirname, "../../..");
export const SEEDS = join(ROOT, "seeds");

/** Writes corrections files (name → entries) into a fresh `corrections` folder; returns it. */
export function correctionsFolder(files: Record<string, unknown[] | string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), "dt-corrections-")), "corrections");
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeEntries(dir, name, content);
  return dir;
}

/** The seeds' extracted documents, once per test file. */
export async function extractedSeeds(): Promise<{
  events: EventsDocument;
  articles: ArticlesDocument;
}> {
  const state = await runPipeline(SEEDS);
  if (!state.output) throw new Error("the seeds produced no output");
  return state.output;
}

/** The anchor of an event as the app's form writes it: its first source's first sentence. */
export function anchorOf(event: TimelineEvent, articles: ArticlesDocument) {
  const source = event.sources[0];
  const file = articles.articles.find((a) => a.id === source?.articleId)?.file ?? "";
  return { article: file, sentence: source?.evidence[0]?.text ?? "", id: event.id };
}

export function writeEntries(dir: string, name: string, content: unknown[] | string): void {
  const text =
    typeof content === "string"
      ? content
      : `${JSON.stringify({ corrections: content }, null, 2)}\n`;
  writeFileSync(join(dir, name), text);
}
