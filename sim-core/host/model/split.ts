// A stock split over workers, one EnergyModel per part (the buildings are independent), with the
// grid areas and the district-heat network dispatched ONCE for the whole stock: each part runs
// runBuildings; the parts' per-hour sums (grid-area import/export by area name, district heat) are
// added into a network instance (a supply core without buildings, set up with the whole city's areas,
// plants and hourly series), which dispatches; each part then finalizes with the network's monthly
// figures. Per-building energy is bit-identical to one instance; the network sums add the parts'
// subtotals (Σ part 1 + Σ part 2 instead of one running sum), equal to about 1e-15 relative.
import type { CityDataset } from "../city.ts";
import { SupplyCore } from "../supply/SupplyCore.ts";
import type { SupplyExports } from "../supply/SupplyCore.ts";
import * as L from "../supply/layout.ts";
import { type ModelInputs, buildModelInputs } from "./inputs.ts";
import type { ModelOptions } from "./options.ts";
import type { ModelWeather } from "./weather.ts";
import { validateWeather } from "./weather.ts";
import { coreImports } from "../exports.ts";

/** What a part sends to the network: its areas' names and per-hour sums, its district heat per hour. */
export interface PartSums {
  areaNames: string[];
  /** f64[hours · areas · 2]: Σ building import, export per hour and area (the part's area order). */
  areaImportExport_W: Float64Array;
  dhDemand_W: Float64Array;
}

export interface NetworkMonths {
  dhMonthCo2_g: Float64Array;
  dhMonthDelivered_Wh: Float64Array;
  evMonthShare: Float64Array;
}

/** The sums of a part after EnergyModel.runBuildings (copies). */
export function partSums(model: { inputs: { areaNames: string[] }; hours: number; supply: SupplyCore }): PartSums {
  const s = model.supply;
  const areas = s.areas;
  const series = s.areaSeries;
  const out = new Float64Array(model.hours * areas * 2);
  for (let r = 0; r < model.hours * areas; r++) {
    out[2 * r] = series[r * L.A_STRIDE + L.A_IMPORT];
    out[2 * r + 1] = series[r * L.A_STRIDE + L.A_EXPORT];
  }
  return {
    areaNames: model.inputs.areaNames,
    areaImportExport_W: out,
    dhDemand_W: Float64Array.from(s.dhDemandYear_W),
  };
}

/**
 * The whole city's networks in a fresh instance (a supply core without buildings, set up with the
 * city's grid areas, plants and hourly series); dispatch() sums the parts (in part order) and
 * dispatches once, as often as needed (each call starts from zero). `inputs`: the whole city's model inputs
 * (area names and capacities, plants, floor areas) the network was set up with.
 */
export async function createNetwork(
  source: BufferSource | WebAssembly.Module,
  city: CityDataset,
  weather: ModelWeather,
  options: ModelOptions,
): Promise<{ network: SupplyCore; dispatch: (parts: PartSums[]) => NetworkMonths; inputs: ModelInputs }> {
  const hours = validateWeather(weather);
  const full = buildModelInputs(city, hours, weather.tAir_C, options);
  const config = {
    ...full.supply,
    buildings: { system: [], gridArea: [], evDaily_Wh: [], evMode: [] },
  };
  const module = source instanceof WebAssembly.Module ? source : await WebAssembly.compile(source);
  const instance = await WebAssembly.instantiate(module, coreImports());
  const network = SupplyCore.attach(instance.exports as unknown as SupplyExports, config);
  const areaOf = new Map(full.areaNames.map((name, a) => [name, a]));
  const dispatch = (parts: PartSums[]): NetworkMonths => {
    network.reset();
    network.startNetworkYear();
    const series = network.areaSeries;
    const dh = network.dhDemandYear_W;
    const A = network.areas;
    for (const part of parts) {
      const index = part.areaNames.map((name) => {
        const a = areaOf.get(name);
        if (a === undefined) throw new Error(`part's grid area ${name} is not in the city`);
        return a;
      });
      const pa = part.areaNames.length;
      for (let h = 0; h < hours; h++) {
        dh[h] += part.dhDemand_W[h];
        for (let k = 0; k < pa; k++) {
          const src = 2 * (h * pa + k);
          const dst = (h * A + index[k]) * L.A_STRIDE;
          series[dst + L.A_IMPORT] += part.areaImportExport_W[src];
          series[dst + L.A_EXPORT] += part.areaImportExport_W[src + 1];
        }
      }
    }
    network.finishYear();
    return {
      dhMonthCo2_g: Float64Array.from(network.dhMonthCo2_g),
      dhMonthDelivered_Wh: Float64Array.from(network.dhMonthDelivered_Wh),
      evMonthShare: Float64Array.from(network.evMonthShare),
    };
  };
  return { network, dispatch, inputs: full };
}

/** createNetwork and one dispatch: the network's supply core and the months each part finalizes with. */
export async function dispatchParts(
  source: BufferSource | WebAssembly.Module,
  city: CityDataset,
  weather: ModelWeather,
  options: ModelOptions,
  parts: PartSums[],
): Promise<{ network: SupplyCore; months: NetworkMonths }> {
  const { network, dispatch } = await createNetwork(source, city, weather, options);
  return { network, months: dispatch(parts) };
}
