import { z } from "zod";
import { correctionsFileSchema } from "../../dataset/index.ts";

/** The JSON Schema of a corrections file, as committed in docs/corrections.schema.json. */
export function correctionsJsonSchemaText(): string {
  const schema = z.toJSONSchema(correctionsFileSchema, { unrepresentable: "any", io: "input" });
  return `${JSON.stringify({ title: "Dialogue Timeline corrections file", ...schema }, null, 2)}\n`;
}
