// The committed JSON Schema (sim-core/scenario/scenario.schema.json) is generated from the lever
// catalogue by this function, so editors and other tools validate the same format we do.
import { LEVERS } from "./levers.ts";
import { BASE_YEAR_MIN, HORIZON_MAX, SCENARIO_FORMAT_VERSION } from "./types.ts";

export function scenarioJsonSchema(): Record<string, unknown> {
  const year = { type: "integer", minimum: BASE_YEAR_MIN, maximum: HORIZON_MAX };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://tvilling.example/scenario.schema.json",
    title: "Tvilling scenario",
    description: "A set of interventions on a municipality twin, run from the base year to the horizon.",
    type: "object",
    additionalProperties: false,
    required: ["formatVersion", "name", "municipality", "weather", "baseYear", "horizon", "seed", "interventions"],
    properties: {
      formatVersion: { const: SCENARIO_FORMAT_VERSION },
      name: { type: "string", minLength: 1 },
      municipality: { type: "string", minLength: 1, description: 'Dataset id, e.g. "baerum"' },
      weather: { type: "string", minLength: 1, description: '"normals" or an EPW file name' },
      baseYear: year,
      horizon: year,
      seed: { type: "integer", minimum: 0, maximum: 2 ** 32 - 1 },
      interventions: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["lever", "value", "startYear", "where"],
          properties: {
            lever: { enum: LEVERS.map((l) => l.id) },
            value: { type: "number" },
            startYear: year,
            where: {
              oneOf: [
                { type: "object", required: ["scope"], properties: { scope: { const: "municipality" } } },
                {
                  type: "object",
                  required: ["scope", "district"],
                  properties: { scope: { const: "district" }, district: { type: "string", minLength: 1 } },
                },
                {
                  type: "object",
                  required: ["scope"],
                  properties: {
                    scope: { const: "filter" },
                    use: { type: "array", items: { type: "string" } },
                    periods: { type: "array", items: { type: "string" } },
                  },
                },
              ],
            },
          },
          allOf: LEVERS.map((l) => ({
            if: { properties: { lever: { const: l.id } } },
            // biome-ignore lint/suspicious/noThenProperty: JSON Schema keyword
            then: { properties: { value: { minimum: l.min, maximum: l.max } } },
          })),
        },
      },
    },
  };
}
