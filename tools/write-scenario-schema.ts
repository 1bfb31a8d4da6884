// Regenerates sim-core/scenario/scenario.schema.json from the lever catalogue. Run: npx tsx tools/write-scenario-schema.ts
import { writeFileSync } from "node:fs";
import { scenarioJsonSchema } from "../sim-core/scenario/jsonSchema.ts";

writeFileSync(
  new URL("../sim-core/scenario/scenario.schema.json", import.meta.url),
  `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`,
);
