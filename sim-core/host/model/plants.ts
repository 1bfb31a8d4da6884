// District-heat plants from a municipality dataset's network description (plant kinds without
// capacities) → the supply model's merit order. Capacities are assumptions: the waste CHP as the
// Grautneset example (supply/defaults.ts); heat pumps half and peak boilers all of a design peak of
// 60 W/m² of connected heated floor area. Only the first network is modelled (one DH network).
import type { CityDataset } from "../city.ts";
import { type DhPlant, EXAMPLE_DH_PLANTS, PLANT_KINDS } from "../supply/defaults.ts";

/** Design heat peak per m² of connected heated floor area [W/m²] (assumption, TEK-era stock mix). */
export const DH_DESIGN_PEAK_W_M2 = 60;

interface DatasetNetwork {
  name: string;
  plants: { name: string; kind: string }[];
}

export function plantsFromDataset(city: CityDataset, connectedFloor_m2: number): DhPlant[] | undefined {
  const networks = (city as CityDataset & { districtHeating?: DatasetNetwork[] }).districtHeating;
  if (!Array.isArray(networks) || networks.length === 0) return undefined;
  const peak_W = DH_DESIGN_PEAK_W_M2 * connectedFloor_m2;
  const example = (kind: DhPlant["kind"]) => EXAMPLE_DH_PLANTS.find((p) => p.kind === kind) as DhPlant;
  const plants: DhPlant[] = [];
  for (const p of networks[0].plants ?? []) {
    if (p.kind === "waste-chp") plants.push({ ...example("waste"), name: p.name });
    else if (p.kind.includes("heat-pump"))
      plants.push({ ...example("heatPump"), name: p.name, capacity_W: 0.5 * peak_W });
    else if (p.kind === "peak-boiler") plants.push({ ...example("oil"), name: p.name, capacity_W: peak_W });
  }
  if (!plants.some((p) => p.kind === "oil" || p.kind === "electricBoiler"))
    plants.push({ ...example("oil"), name: "Peak oil boiler (assumed)", capacity_W: peak_W });
  return plants.sort((a, b) => PLANT_KINDS.indexOf(a.kind) - PLANT_KINDS.indexOf(b.kind));
}
