import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  abatementCost_NOK_t,
  annualCost_NOK,
  canonicalJson,
  capitalRecoveryFactor,
  contentHash,
  LEVERS,
  leverValuesInYear,
  validateScenario,
} from "../../sim-core/scenario/index.ts";
import { scenarioJsonSchema } from "../../sim-core/scenario/jsonSchema.ts";

const read = (p: string) => JSON.parse(readFileSync(p, "utf8"));
const example = () => read("assets/scenarios/baerum-heat-pumps.json");

describe("scenario format", () => {
  it("accepts the committed examples", () => {
    for (const file of ["baerum-baseline", "baerum-heat-pumps"]) {
      const r = validateScenario(read(`assets/scenarios/${file}.json`), { municipalities: ["baerum"] });
      expect(r.ok, JSON.stringify(r)).toBe(true);
    }
  });

  it("gives a path-specific error for every kind of bad scenario", () => {
    // biome-ignore lint/suspicious/noExplicitAny: mutating arbitrary JSON on purpose
    const cases: [(s: Record<string, any>) => void, RegExp][] = [
      [(s) => (s.interventions[2].startYear = 2061), /^interventions\[2\]\.startYear: 2061 is after the horizon 2050$/],
      [
        (s) => (s.interventions[1].startYear = 2001),
        /^interventions\[1\]\.startYear: 2001 is before the base year 2025$/,
      ],
      [
        (s) => (s.interventions[0].lever = "teleporters"),
        /^interventions\[0\]\.lever: "teleporters" is not a known lever$/,
      ],
      [
        (s) => (s.interventions[0].value = 140),
        /^interventions\[0\]\.value: 140 is outside 0-100 .* for heatPumpShare$/,
      ],
      [(s) => (s.interventions[0].value = "lots"), /^interventions\[0\]\.value: "lots" is not a number$/],
      [
        (s) => (s.interventions[1].where = { scope: "galaxy" }),
        /^interventions\[1\]\.where\.scope: "galaxy" is not one of/,
      ],
      [
        (s) => (s.interventions[1].where.district = "Narnia"),
        /^interventions\[1\]\.where\.district: "Narnia" is not a district/,
      ],
      [(s) => (s.interventions[0].colour = "red"), /^interventions\[0\]\.colour: unknown field$/],
      [(s) => (s.horizon = 2060), /^horizon: 2060 is outside 2020-2050$/],
      [(s) => (s.horizon = 2024), /^horizon: 2024 is before the base year 2025$/],
      [(s) => (s.formatVersion = 7), /^formatVersion: 7 is not supported/],
      [(s) => (s.municipality = "oslo"), /^municipality: "oslo" is unknown; known: baerum$/],
      [(s) => (s.seed = -1), /^seed: -1 is outside/],
      [(s) => (s.interventions = {}), /^interventions: expected an array/],
      [(s) => delete s.name, /^name: expected a non-empty string/],
    ];
    for (const [mutate, message] of cases) {
      const s = example();
      mutate(s);
      const r = validateScenario(s, { municipalities: ["baerum"], districts: ["Fornebu", "Sandvika"] });
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(
          r.errors.some((e) => message.test(e)),
          `${message} in ${r.errors}`,
        ).toBe(true);
    }
    expect(validateScenario(42)).toEqual({ ok: false, errors: ["(root): expected a JSON object"] });
  });

  it("identifies a scenario by its canonical content, whatever the key order", async () => {
    const a = example();
    const b = JSON.parse(canonicalJson(a));
    const reordered = Object.fromEntries(Object.entries(b).reverse());
    expect(await contentHash(a)).toBe(await contentHash(reordered));
    const changed = example();
    changed.interventions[0].value = 61;
    expect(await contentHash(changed)).not.toBe(await contentHash(a));
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  });

  it("reports the lever values in force in a year (latest start wins)", () => {
    const s = example();
    s.interventions.push({ lever: "heatPumpShare", value: 80, startYear: 2035, where: { scope: "municipality" } });
    expect(leverValuesInYear(s, 2026).get("heatPumpShare")).toBeUndefined();
    expect(leverValuesInYear(s, 2030).get("heatPumpShare")).toBe(60);
    expect(leverValuesInYear(s, 2040).get("heatPumpShare")).toBe(80);
  });

  it("keeps the committed JSON Schema in step with the lever catalogue", () => {
    expect(read("sim-core/scenario/scenario.schema.json")).toEqual(scenarioJsonSchema());
    for (const lever of LEVERS) {
      expect(lever.min).toBeLessThanOrEqual(lever.default);
      expect(lever.default).toBeLessThanOrEqual(lever.max);
    }
  });
});

describe("cost model", () => {
  it("reproduces a hand-computed annuity", () => {
    // 35,000 NOK over 15 years at 4 %: CRF = 0.04/(1 − 1.04^−15) = 0.0899411…; 1.04^15 = 1.8009435
    expect(capitalRecoveryFactor(0.04, 15)).toBeCloseTo(0.04 / (1 - 1 / 1.8009435), 7);
    expect(capitalRecoveryFactor(0.04, 15)).toBeCloseTo(0.0899411, 6);
    // 100 buildings: 100·(35,000·0.0899411 + 500) = 364,794 NOK/yr
    const model = { capex_NOK: 35000, opex_NOK_yr: 500, lifetime_yr: 15, basis: "building" };
    expect(annualCost_NOK(model, 100)).toBeCloseTo(364_794, -1);
    expect(capitalRecoveryFactor(0, 10)).toBe(0.1);
    expect(abatementCost_NOK_t(364_794, 120)).toBeCloseTo(3039.95, 1);
    expect(abatementCost_NOK_t(1, 0)).toBeNaN();
  });
});
