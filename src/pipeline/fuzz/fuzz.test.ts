/**
 * Property-based tests: whatever the articles, the pipeline never throws, and what it publishes
 * validates, with exact offsets and unique ids. A short run here (part of `npm test`); `npm run
 * fuzz` runs the same properties over many more cases (FUZZ_RUNS, 10,000 by default there).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tempCorpus } from "../testing/corpus.ts";
import { runPipeline } from "../run.ts";
import { generatedPage, mutatedArticle } from "./arbitraries.ts";
import { outputProblems } from "./check-output.ts";

const RUNS = Number(process.env.FUZZ_RUNS) || 25;
/** A run of FUZZ_RUNS cases is long by design; the short one needs no more than the default. */
const TIMEOUT_MS = Math.max(60_000, RUNS * 200);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

async function publishesSoundOutput(files: Record<string, string>): Promise<void> {
  const state = await runPipeline(tempCorpus(files), { lean: true });
  expect(outputProblems(state)).toEqual([]);
}

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
