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
  let w = 0;
  for (const p of model.inputs.supply.plants ?? [])
    if (p.kind === "heatPump" || p.kind === "electricBoiler") w += p.capacity_W / p.efficiency;
  return w;
}

export function applyOverrides(model: EnergyModel, city: CityDataset, o: BuildingOverrides): void {
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
  const capacity = f64("supplyAreaCapacityPtr", model.inputs.areaNames.length);
  model.inputs.areaNames.forEach((name, a) => {
    capacity[a] = (model.inputs.supply.areas.capacity_W[a] as number) * (o.areaCapacityFactor[name] ?? 1);
  });
  // The district-heat plants draw their electricity in grid area 0 (supply globals.dhGridArea); their grid
  // connection is sized for them: area 0 gets the plants' largest electric draw on top of its floor-based capacity.
  capacity[0] += plantElectricCapacity_W(model);
  o.period.forEach((period, i) => {
    if (period === undefined) return;
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
