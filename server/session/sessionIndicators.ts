// Every indicator of the scenario runner for a session's baseline and variants in one year, for the JSON
// export: definitions (U4SSC code, unit) once, then the values and their difference to the baseline.
import { INDICATORS } from "../../sim-core/scenario/index.ts";
import type { SessionRecord } from "./model.ts";
import { baselineScenario } from "./Session.ts";
import type { SessionSimulation } from "./simulation/SessionSimulation.ts";

export interface SessionIndicators {
  year: number;
  definitions: { id: string; u4ssc: string; name: string; unit: string; better: string }[];
  /** Indicator id → value of the baseline (no interventions). */
  baseline: Record<string, number>;
  variants: {
    id: string;
    name: string;
    active: boolean;
    values: Record<string, number>;
    /** value − baseline per indicator. */
    differenceToBaseline: Record<string, number>;
  }[];
}

const pick = (values: Record<string, number>) => Object.fromEntries(INDICATORS.map((d) => [d.id, values[d.id]]));

export async function sessionIndicators(
  record: SessionRecord,
  simulation: SessionSimulation,
  year = record.clock.year,
): Promise<SessionIndicators> {
  const baseline = pick((await simulation.run(baselineScenario(record.municipality, record.name), year)).indicators);
  const variants: SessionIndicators["variants"] = [];
  for (const v of record.variants) {
    const values = pick((await simulation.run(v.scenario, year)).indicators); // one at a time: a shared worker
    const differenceToBaseline = Object.fromEntries(INDICATORS.map((d) => [d.id, values[d.id] - baseline[d.id]]));
    variants.push({ id: v.id, name: v.name, active: v.id === record.activeVariantId, values, differenceToBaseline });
  }
  return {
    year,
    definitions: INDICATORS.map((d) => ({
      id: d.id,
      u4ssc: d.u4ssc ?? "",
      name: d.name.en,
      unit: d.unit,
      better: d.better,
    })),
    baseline,
    variants,
  };
}
