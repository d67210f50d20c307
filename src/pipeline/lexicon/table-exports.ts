import { z } from "zod";
import { parseLexicon } from "./compile/parse.ts";
import raw from "./data/table-exports.json" with { type: "json" };

/**
 * Column headings of a timeline saved as a table (`data/table-exports.json`): which column dates
 * an entry, which ends it, which are a date's parts (TimelineJS's Year, Month and Day), and
 * which say nothing a reader reads (an id, a media link).
 */
const heading = z.string().regex(/^[^A-Z]+$/, "lower case");
const schema = z.strictObject({
  note: z.string(),
  dateColumns: z.array(heading).min(1),
  endColumns: z.array(heading),
  partColumns: z.strictObject({
    year: z.array(heading).min(1),
    month: z.array(heading).min(1),
    day: z.array(heading).min(1),
    endYear: z.array(heading),
    endMonth: z.array(heading),
    endDay: z.array(heading),
  }),
  skippedColumns: z.array(heading),
});

export const TABLE_EXPORTS = parseLexicon(schema, raw, "table-exports.json");
export type DatePart = keyof typeof TABLE_EXPORTS.partColumns;
