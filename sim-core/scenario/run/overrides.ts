// Writes a year's per-building overrides into a created EnergyModel, before runYear. The model's options are
// municipality-wide; systems, PV, batteries and EVs per building (and grid-area capacities) go straight into
// the supply module's parameter buffers of the same WASM instance, envelopes through ThermalCore.updateZone.
// The supply buffers are read at every step, so the values take effect for the whole run. Reaching the buffers
// uses the instance's exported pointers (supply*Ptr, modelPvKwpPtr): the model has no public setter for them
// (asked for in the report: a per-building `ModelOptions.buildings` would make this file unnecessary).
import type { EnergyModel } from "../../host/model/EnergyModel.ts";
import { polygonArea_m2, polygonPerimeter_m } from "../../host/polygon.ts";
import { zoneParameters } from "../../host/stock/zone.ts";
import type { CityDataset } from "../../host/city.ts";
import type { DhPlant } from "../../host/supply/defaults.ts";
import type { BuildingOverrides } from "./inputsForYear.ts";

type Exports = { memory: WebAssembly.Memory } & Record<string, unknown>;

function exportsOf(model: EnergyModel): Exports {
  return (model as unknown as { wasm: Exports }).wasm;
}

function pointer(wasm: Exports, name: string): number {
  const fn = wasm[name];
  if (typeof fn !== "function") throw new Error(`tvilling.wasm lacks ${name}: rebuild the core`);
  return (fn as () => number)();
}

/** Largest electricity draw of the district-heat plants [W]: heat pumps' capacity ÷ COP, electric boilers' ÷ η. */
export function plantElectricCapacity_W(model: EnergyModel): number {
  return plantsElectric_W(model.inputs.supply.plants ?? []);
}

function plantsElectric_W(plants: readonly DhPlant[]): number {
  let w = 0;
  for (const p of plants) if (p.kind === "heatPump" || p.kind === "electricBoiler") w += p.capacity_W / p.efficiency;
  return w;
}

/**
 * Grid-area capacities in force [W]: each area's floor-based capacity × its factor; area 0 also carries the
 * district-heat plants, whose electricity it supplies (supply globals.dhGridArea): their grid connection is
 * sized for them, so it gets the plants' largest electric draw on top.
 */
export function areaCapacities_W(
  areaNames: readonly string[],
  base_W: ArrayLike<number>,
  factor: Readonly<Record<string, number>>,
  plants: readonly DhPlant[],
): Float64Array {
  const capacity = new Float64Array(areaNames.length);
  areaNames.forEach((name, a) => {
    capacity[a] = (base_W[a] as number) * (factor[name] ?? 1);
  });
  capacity[0] += plantsElectric_W(plants);
  return capacity;
}

/** Writes the overrides; `allZones` also resets buildings without a retrofit to their as-built envelope (a
 *  reused model may carry an earlier year's retrofits); `zoneOf(i)`, when given, decides instead which
 *  buildings' envelopes are written (a reused model whose other buildings keep the envelope they have). */
export function applyOverrides(
  model: EnergyModel,
  city: CityDataset,
  o: BuildingOverrides,
  allZones = false,
  zoneOf?: (i: number) => boolean,
): void {
  const n = model.buildings;
  const wasm = exportsOf(model);
  const f64 = (name: string, len: number) => new Float64Array(wasm.memory.buffer, pointer(wasm, name), len);
  const i32 = (name: string, len: number) => new Int32Array(wasm.memory.buffer, pointer(wasm, name), len);
  i32("supplySystemPtr", n).set(o.system);
  f64("modelPvKwpPtr", n).set(o.pv_kWp);
  f64("supplyBatCapacityPtr", n).set(o.batteryCapacity_Wh);
  f64("supplyBatPowerPtr", n).set(o.batteryPower_W);
  f64("supplyEvDailyPtr", n).set(o.evDaily_Wh);
  i32("supplyEvModePtr", n).set(o.evMode);
  const inputs = model.inputs;
  f64("supplyAreaCapacityPtr", inputs.areaNames.length).set(
    areaCapacities_W(
      inputs.areaNames,
      inputs.supply.areas.capacity_W,
      o.areaCapacityFactor,
      inputs.supply.plants ?? [],
    ),
  );
  o.period.forEach((period, i) => {
    if (zoneOf ? !zoneOf(i) : period === undefined && !allZones) return;
    const b = city.buildings[i];
    model.thermal.updateZone(
      i,
      zoneParameters({
        use: b.use,
        year: b.year,
        period,
        footprint_m2: b.footprintArea_m2 ?? polygonArea_m2(b.footprint_m),
        perimeter_m: polygonPerimeter_m(b.footprint_m),
        floors: b.floors,
        storeyHeight_m: city.storeyHeight_m,
        heatedShare: 1,
      }),
    );
  });
}
