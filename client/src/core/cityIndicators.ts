// U4SSC-aligned indicators of one simulated year (definitions: sim-core/scenario/indicators.ts), from the
// per-building yearly records, the grid series and the materials model.
import type { CityDataset } from "../../../sim-core/host/city.ts";
import type { MaterialsIndicators } from "../../../sim-core/host/materials/indicators.ts";
import { useArchetype } from "../../../sim-core/host/stock/archetypes.ts";
import * as L from "../../../sim-core/host/supply/layout.ts";
import type { ModelResult } from "./modelResult.ts";

/** Public buildings of EN:E:E:4A (schools, kindergartens, nursing homes). */
export const PUBLIC_USES: readonly string[] = ["school", "kindergarten", "nursinghome"];
const WH_TO_GJ = 3.6e-6;

/** Σ over buildings of record fields `qs` [Wh or g], optionally only buildings where `keep(i)`. */
export function sumYearly(
  r: Pick<ModelResult, "yearly" | "stride" | "buildings">,
  qs: number[],
  keep?: (i: number) => boolean,
) {
  let s = 0;
  for (let i = 0; i < r.buildings; i++) {
    if (keep && !keep(i)) continue;
    for (const q of qs) s += r.yearly[i * r.stride + q];
  }
  return s;
}

export const ELECTRICITY_USE = [L.M_EL_SPACE, L.M_EL_DHW, L.M_EL_COOL, L.M_EL_APPLIANCES, L.M_EL_EV];
export const DELIVERED = [L.M_IMPORT, L.M_DISTRICT_HEAT, L.M_BIO_FUEL];
export const EMISSIONS = [L.M_CO2_EL_G, L.M_CO2_BIO_G, L.M_CO2_DH_G];

export function cityIndicators(
  city: CityDataset,
  r: ModelResult,
  waste: MaterialsIndicators,
  energyEmissions_g: number,
  grid: { peakImport_W: number; hoursOver: number },
): Record<string, number> {
  const pop = r.population;
  const residential = city.buildings.map((b) => useArchetype(b.use).residential);
  const isPublic = city.buildings.map((b) => PUBLIC_USES.includes(b.use));
  let publicArea = 0;
  for (let i = 0; i < r.buildings; i++) if (isPublic[i]) publicArea += r.floorArea_m2[i];
  const elUse_Wh = sumYearly(r, ELECTRICITY_USE);
  const selfUsedPv_Wh = sumYearly(r, [L.M_PV]) - sumYearly(r, [L.M_EXPORT]);
  const shares = waste.u4sscTreatmentShares_pct;
  const wasteHeat_MWh = r.plants.filter((p) => p.kind === "waste").reduce((s, p) => s + p.heat_MWh, 0);
  return {
    electricityPerCapita: elUse_Wh / 1000 / pop,
    residentialThermalPerCapita: (sumYearly(r, [L.M_SPACE_HEAT, L.M_DHW], (i) => residential[i]) * WH_TO_GJ) / pop,
    publicBuildingEnergy: publicArea > 0 ? sumYearly(r, DELIVERED, (i) => isPublic[i]) / 1000 / publicArea : 0,
    wasteRecycledShare: shares.recycled,
    wasteIncineratedShare: shares.incinerated,
    wasteLandfillShare: shares.landfill,
    ghgPerCapita: (energyEmissions_g / 1e6 + waste.ghgFromWaste_tCO2e) / pop,
    peakGridLoad: grid.peakImport_W / 1e6,
    hoursOverGridCapacity: grid.hoursOver,
    selfSufficiency: elUse_Wh > 0 ? (Math.max(0, selfUsedPv_Wh) / elUse_Wh) * 100 : 0,
    districtHeatFromWaste: wasteHeat_MWh,
  };
}
