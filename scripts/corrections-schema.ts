/**
 * `npm run corrections:schema`: writes docs/corrections.schema.json, the JSON Schema of a
 * corrections file, from its zod definition (src/dataset/corrections-file.ts). Editors use it
 * to check and complete entries; a unit test keeps the committed file equal to this output.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { correctionsJsonSchemaText } from "../src/pipeline/corrections/json-schema.ts";

const target = resolve(import.meta.dirname, "../docs/corrections.schema.json");
writeFileSync(target, correctionsJsonSchemaText());
console.error(`corrections:schema: wrote ${target}`);
