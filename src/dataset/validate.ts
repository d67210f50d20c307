import type * as z from "zod/mini";
import { articlesDocumentSchema, eventsDocumentSchema } from "./schema.ts";
import type { ArticlesDocument, EventsDocument } from "./types.ts";
import { DatasetValidationError } from "./validation-error.ts";

// Apart from zod, so that the app can name a contract break, or check a dataset's references,
// without loading zod for it.
export { findCrossReferenceProblems } from "./cross-references.ts";
export { DatasetValidationError };

function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const where = issue.path.length ? issue.path.join(".") : "(root)";
    return `${where}: ${issue.message}`;
  });
}

function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown, documentName: string): T {
  const result = schema.safeParse(input);
  if (!result.success)
    throw new DatasetValidationError(documentName, describeIssues(result.error.issues));
  return result.data;
}

export function parseEventsDocument(input: unknown, documentName = "events.json"): EventsDocument {
  return parseWith(eventsDocumentSchema, input, documentName);
}

export function parseArticlesDocument(
  input: unknown,
  documentName = "articles.json",
): ArticlesDocument {
  return parseWith(articlesDocumentSchema, input, documentName);
}
