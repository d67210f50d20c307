import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DETAILS_FOLDER, type BuiltIndex } from "../dataset/event-index/index.ts";

/**
 * Writes the index to `indexPath` and its chunks into `detailsDir` (the folder that becomes
 * `details/` beside it). Compact JSON, no indentation: these files are for the app to parse
 * fast, not for people to read (the contract documents are).
 */
export function writeIndexFiles(built: BuiltIndex, indexPath: string, detailsDir: string): void {
  mkdirSync(detailsDir, { recursive: true });
  const inDetails = (name: string) => join(detailsDir, name.slice(DETAILS_FOLDER.length + 1));
  const { chunks } = built.index;
  built.eventChunks.forEach((chunk, n) =>
    writeFileSync(inDetails(chunks.events[n] as string), `${JSON.stringify(chunk)}\n`),
  );
  built.articleChunks.forEach((chunk, n) =>
    writeFileSync(inDetails(chunks.articles[n] as string), `${JSON.stringify(chunk)}\n`),
  );
  writeFileSync(inDetails(chunks.removed), `${JSON.stringify(built.removed)}\n`);
  mkdirSync(dirname(indexPath), { recursive: true });
  writeFileSync(indexPath, `${JSON.stringify(built.index)}\n`);
}
