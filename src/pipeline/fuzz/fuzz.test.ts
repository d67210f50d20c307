/**
 * Property-based tests: whatever the articles, the pipeline never throws, and what it publishes
 * validates, with exact offsets and unique ids. A short run here (part of `npm test`); `npm run
 * fuzz` runs the same properties over many more cases (FUZZ_RUNS, 10,000 by default there).
 */
import { rmSync } from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { tempCorpus } from "../testing/corpus.ts";
import { runPipeline } from "../run.ts";
import { generatedPage, mutatedArticle } from "./arbitraries.ts";
import { checkRun } from "./check-output.ts";

const RUNS = Number(process.env.FUZZ_RUNS) || 25;
/** A run of FUZZ_RUNS cases is long by design; the short one needs no more than the default. */
const TIMEOUT_MS = Math.max(60_000, RUNS * 200);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** Extraction bugs the output guard caught, by kind, with the first input that showed each. */
const findings = new Map<string, { count: number; example: Record<string, string> }>();

async function publishesSoundOutput(files: Record<string, string>): Promise<void> {
  const dir = tempCorpus(files);
  const state = await runPipeline(dir, { lean: true }).finally(() =>
    rmSync(dir, { recursive: true, force: true }),
  );
  const { problems, guarded } = checkRun(state);
  expect(problems).toEqual([]);
  for (const message of guarded) {
    const kind = message.replace(/^[^:]*: event ".*" /, "event ");
    const seen = findings.get(kind) ?? { count: 0, example: files };
    findings.set(kind, { ...seen, count: seen.count + 1 });
  }
}

// The published data stayed sound, so these do not fail the run; they are listed for whoever
// works on the extraction.
afterAll(() => {
  for (const [kind, { count, example }] of findings)
    console.warn(
      `fuzz: ${count} × ${kind}\n  first input: ${JSON.stringify(example).slice(0, 2000)}`,
    );
});

describe("fuzzing the pipeline", () => {
  it(
    "mutated articles: no throw, valid output, exact offsets, unique ids",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutatedArticle, { minLength: 1, maxLength: 3 }),
          async (texts) => {
            await publishesSoundOutput(Object.fromEntries(texts.map((t, i) => [`a${i}.txt`, t])));
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "generated HTML pages: no throw, valid output, exact offsets, unique ids",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(generatedPage, { minLength: 1, maxLength: 3 }), async (pages) => {
          await publishesSoundOutput(Object.fromEntries(pages.map((p, i) => [`p${i}.html`, p])));
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT_MS,
  );
});
