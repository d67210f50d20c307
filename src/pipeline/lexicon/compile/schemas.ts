import { z } from "zod";
import { patternProblem, regexLiteral } from "./patterns.ts";

/** A "/pattern/flags" string, compiled; a broken one is a validation error at its place. */
export const regexLiteralSchema = z.string().transform((text, ctx): RegExp => {
  try {
    return regexLiteral(text);
  } catch (e) {
    ctx.addIssue({ code: "custom", message: e instanceof Error ? e.message : String(e) });
    return z.NEVER;
  }
});

/** A regex source (a small named condition of an entry) that must compile. */
export const patternSchema = z.string().superRefine((source, ctx) => {
  const problem = patternProblem(source);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** A set of words written as one space-separated string ("le la les des …"). */
export const wordSetSchema = z
  .string()
  .min(1)
  .transform((s) => s.split(/\s+/).filter(Boolean));
