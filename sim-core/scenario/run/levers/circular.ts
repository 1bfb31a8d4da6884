// Circular levers → the materials model's parameters (sim-core/host/materials, defaults derived from SSB 2023).
// Waste levers act on municipal totals: a district or filter intervention counts with its buildings' share
// of the population (residents, else dwellings) — so "a campaign in Sandvika" moves the municipal rates by
// Sandvika's share. Every mapping keeps each transfer row summing to 1 (mass is conserved by construction).
// - sourceSeparation p [pp]: the separately collected share of every sortable fraction (all but residual)
//   rises by p/100, capped at 1; the rest stays in the residual bin.
// - payAsYouThrow (on): +10 pp separation of the sortable fractions (assumption: weight- or volume-based
//   tariffs raise separate collection by roughly this much in Nordic evaluations; not verified offline).
// - foodWasteReduction f [%]: food waste generated per person × (1 − f/100).
// - reuseCentres n: each centre beyond today's one (the lever default) sends 5 % (assumption) of separately
//   collected wood and EE to reuse (then sold on or recycled by the model's reuse rates), at most 50 %.
// - componentReuse r [% of demolition components]: the reuse route of every building material in
//   demolition is at least r/100, the other routes scaled down in proportion.
// - timberShare t [% of new floor area]: new construction is 1 %/yr of today's floor area (assumption, near
//   Norway's recent ~1.2 %), a share t/100 in the timber archetype, the rest in the stock's other archetypes
//   in proportion to their floor area.
// - retrofitRate also moves the material stock: each archetype's own retrofit rate (assets/materials) scaled by
//   the floor-weighted lever value over its default (0.5 %/yr), so the baseline keeps the archetype rates.
// - biogasBuses: no material parameter; the runner credits biogas replacing bus diesel (indicators.ts).
import type { CityBuilding } from "../../../host/city.ts";
import { norwayDefaultParams } from "../../../host/materials/defaults.ts";
import { BUILDING_MATERIALS, CD_ROUTES, FRACTIONS } from "../../../host/materials/layout.ts";
import type { MaterialsParams } from "../../../host/materials/params.ts";
import { useArchetype } from "../../../host/stock/archetypes.ts";
import { LEVER_BY_ID } from "../../levers.ts";
import { type LeverContext, floorOf, weightedValue } from "./context.ts";

export const PAYT_SEPARATION_PP = 10;
export const REUSE_PER_CENTRE = 0.05;
export const NEW_CONSTRUCTION_PER_YR = 0.01;
/** Materials archetypes (assets/materials/building-archetypes.json order). */
export const ARCHETYPE = { smallHouseTimber: 0, rowHouse: 1, apartmentBlock: 2, nonResidential: 3 } as const;

export function materialsArchetypeOf(b: CityBuilding): number {
  if (b.use === "house") return ARCHETYPE.smallHouseTimber;
  if (b.use === "rowhouse") return ARCHETYPE.rowHouse;
  if (useArchetype(b.use).residential) return ARCHETYPE.apartmentBlock;
  return ARCHETYPE.nonResidential;
}

export interface CircularResult {
  materials: MaterialsParams;
  separationPp: number;
  foodReduction: number;
  reuseCentres: number;
  componentReuse: number;
  timberShare: number;
  newFloor_m2_yr: number;
}

const def = (id: string) => LEVER_BY_ID.get(id)?.default ?? 0;

export function circularForYear(c: LeverContext, retrofitRate_pct: number): CircularResult {
  const { base, year } = c;
  const bs = base.city.buildings;
  const people = (b: CityBuilding, i: number) => b.residents ?? base.dwellings[i];
  const separationPp =
    weightedValue(c, "sourceSeparation", people) + PAYT_SEPARATION_PP * weightedValue(c, "payAsYouThrow", people);
  const foodReduction = weightedValue(c, "foodWasteReduction", people) / 100;
  const reuseCentres = weightedValue(c, "reuseCentres", people);
  const componentReuse = weightedValue(c, "componentReuse", (b) => floorOf(b)) / 100;
  const timberShare = weightedValue(c, "timberShare", (b) => floorOf(b)) / 100;

  const archetypeFloor = [0, 0, 0, 0];
  const area_m2 = bs.map(floorOf);
  const archetype = bs.map(materialsArchetypeOf);
  const age_yr = bs.map((b) => Math.max(0, year - b.year));
  let totalFloor = 0;
  bs.forEach((_, i) => {
    archetypeFloor[archetype[i]] += area_m2[i];
    totalFloor += area_m2[i];
  });
  const newFloor_m2_yr = NEW_CONSTRUCTION_PER_YR * totalFloor;
  const otherFloor = totalFloor - archetypeFloor[ARCHETYPE.smallHouseTimber];
  const construction = archetypeFloor.map((f, a) =>
    a === ARCHETYPE.smallHouseTimber
      ? newFloor_m2_yr * timberShare
      : otherFloor > 0
        ? (newFloor_m2_yr * (1 - timberShare) * f) / otherFloor
        : 0,
  );
  const params = norwayDefaultParams({
    population: base.population,
    buildings: { area_m2, archetype, age_yr },
    construction_m2_yr: construction,
    importedToPlant_t_yr: base.wasteToEnergy?.capacity_t_yr ?? 0,
  });
  const materials = structuredClone(params);

  const separation = materials.transfer.separation ?? {};
  for (const f of FRACTIONS) {
    if (f === "residual") continue;
    const row = separation[f];
    if (!row) continue;
    const s = Math.min(1, (row.collectionSeparate ?? 0) + separationPp / 100);
    separation[f] = { collectionSeparate: s, collectionResidual: 1 - s };
  }
  for (const h of materials.households) h.kgPerPersonYr.food *= 1 - foodReduction;
  for (const b of materials.businesses) b.kgPerM2Yr.food *= 1 - foodReduction;

  const extraCentres = Math.max(0, reuseCentres - def("reuseCentres"));
  const toReuse = Math.min(0.5, REUSE_PER_CENTRE * extraCentres);
  const separate = materials.transfer.collectionSeparate ?? {};
  for (const f of ["wood", "ee"] as const) {
    const row = separate[f];
    if (!row || toReuse <= 0) continue;
    const scaled: Record<string, number> = {};
    for (const [k, v] of Object.entries(row)) scaled[k] = (v as number) * (1 - toReuse);
    scaled.reuse = (scaled.reuse ?? 0) + toReuse;
    separate[f] = scaled;
  }

  for (const m of BUILDING_MATERIALS) {
    const routes = materials.buildings.cdTreatment[m];
    if (routes.reuse >= componentReuse) continue;
    const rest = 1 - routes.reuse;
    const scale = rest > 0 ? (1 - componentReuse) / rest : 0;
    for (const r of CD_ROUTES) routes[r] = r === "reuse" ? componentReuse : routes[r] * scale;
  }
  const retrofitScale = retrofitRate_pct / def("retrofitRate");
  for (const a of materials.buildings.archetypes) a.retrofitRate_per_yr *= retrofitScale;
  return { materials, separationPp, foodReduction, reuseCentres, componentReuse, timberShare, newFloor_m2_yr };
}
