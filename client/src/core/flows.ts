// The year's energy and material flows as (from, to, value) triples for the Sankey charts and the animated
// flows. Energy: carriers into the buildings, buildings to end uses. Materials: generated waste to its first
// treatment [t]. (Recovered heat is the waste plant's row in the energy flows.)
import type { MaterialsIndicators } from "../../../sim-core/host/materials/indicators.ts";
import * as L from "../../../sim-core/host/supply/layout.ts";
import { sumYearly } from "./cityIndicators.ts";
import type { Flow, ModelResult } from "./modelResult.ts";

export function energyFlows(r: ModelResult): Flow[] {
  const mwh = (qs: number[]) => sumYearly(r, qs) / 1e6;
  const pvSelf = Math.max(0, mwh([L.M_PV]) - mwh([L.M_EXPORT]));
  const flows: Flow[] = [
    { from: "grid", to: "buildings", value: mwh([L.M_IMPORT]) },
    { from: "pv", to: "buildings", value: pvSelf },
    { from: "districtHeat", to: "buildings", value: mwh([L.M_DISTRICT_HEAT]) },
    { from: "bio", to: "buildings", value: mwh([L.M_BIO_FUEL]) },
    { from: "ambient", to: "buildings", value: mwh([L.M_AMBIENT]) },
    { from: "buildings", to: "spaceHeat", value: mwh([L.M_SPACE_HEAT]) },
    { from: "buildings", to: "dhw", value: mwh([L.M_DHW]) },
    { from: "buildings", to: "appliances", value: mwh([L.M_EL_APPLIANCES]) },
    { from: "buildings", to: "ev", value: mwh([L.M_EL_EV]) },
    { from: "buildings", to: "cooling", value: mwh([L.M_EL_COOL]) },
  ];
  for (const p of r.plants)
    if (p.heat_MWh > 0) flows.push({ from: `plant:${p.kind}`, to: "districtHeat", value: p.heat_MWh });
  return flows.filter((f) => f.value > 0);
}

export function materialFlows(w: MaterialsIndicators): Flow[] {
  const t = w.treatment_t;
  const flows: Flow[] = [
    { from: "waste", to: "recycling", value: t.recycling },
    { from: "waste", to: "biogas", value: t.biogas + t.composting },
    { from: "waste", to: "incineration", value: t.incineration },
    { from: "waste", to: "landfill", value: t.landfill },
    { from: "waste", to: "reuse", value: t.reused },
    { from: "waste", to: "special", value: t.special },
  ];
  return flows.filter((f) => f.value > 0);
}
