// A stock's energy year in district parts, so that a lever change in one district re-runs that district
// only. Each district (small ones gathered, districtGroups) is one EnergyModel (a part, as model/split.ts runs a stock over workers); the whole
// city's grid areas and district-heat network are dispatched once from the parts' sums (split.ts
// createNetwork(...).dispatch), and every part finalises with the network's months. A part whose
// per-building inputs (system, PV, battery, EV, envelope) equal those it last ran with keeps its results and
// its sums; only the parts with a changed building re-run. A building's year depends only on its own inputs
// and the weather, so every per-building energy equals a run of the whole stock in one model bit for bit;
// the network sums add the parts' subtotals (district heat emissions follow them: ≤ 1e-15 relative).
import type { CityDataset } from "../../host/city.ts";
import { EnergyModel } from "../../host/model/EnergyModel.ts";
import type { ModelInputs } from "../../host/model/inputs.ts";
import type { ModelOptions } from "../../host/model/options.ts";
import { type NetworkMonths, type PartSums, createNetwork, partSums } from "../../host/model/split.ts";
import type { ModelWeather } from "../../host/model/weather.ts";
import type { SupplyCore } from "../../host/supply/SupplyCore.ts";
import * as L from "../../host/supply/layout.ts";
import { canonicalJson } from "../hash.ts";
import type { BuildingOverrides } from "./inputsForYear.ts";
import { applyOverrides, areaCapacities_W } from "./overrides.ts";
import type { EnergyYearView } from "./yearView.ts";

interface Part {
  key: string;
  indices: Int32Array;
  model: EnergyModel;
  /** The per-building inputs of its last run (gathered), and that run's network sums. */
  applied?: BuildingOverrides;
  sums?: PartSums;
}

interface Network {
  key: string;
  core: SupplyCore;
  dispatch: (parts: PartSums[]) => NetworkMonths;
  inputs: ModelInputs;
}

/** What the last run re-ran (for the tests, the benchmark and the README's timings). */
export interface DistrictRunStats {
  parts: number;
  /** Parts run again (a changed building, or new: a first run or changed connections/options). */
  rerunParts: number;
  /** Buildings of those parts. */
  rerunBuildings: number;
  /** Buildings whose per-building inputs differ from their part's last run (every building of a new part). */
  changedBuildings: number;
  /** Part models created (instantiated) for this run. */
  createdParts: number;
  /** The network instance was reused (same connections, plants, year and waste heat). */
  networkReused: boolean;
  /**
   * Nothing changed since the last run (no part re-ran, same network and capacities): its dispatch and results
   * were reused (a session whose accepted proposals start after the clock's year, another room's scenario).
   */
  dispatchReused?: boolean;
}

/**
 * A part's fixed cost (an instance: solar, profiles, tables ≈ 40–70 ms of CPU) is worth paying only for a
 * district whose re-run it saves: districts smaller than this share a part (whole stock of a small sample: one).
 */
export const DEFAULT_MIN_PART_BUILDINGS = 500;

/**
 * The parts of a stock: each district's buildings (dataset order), districts in order of first appearance;
 * districts with fewer than `minBuildings` buildings are gathered, in that order, into shared parts of at least
 * `minBuildings` (the last one may be smaller), named by their districts joined with " + ".
 */
export function districtGroups(city: CityDataset, minBuildings = 1): Map<string, Int32Array> {
  const lists = new Map<string, number[]>();
  city.buildings.forEach((b, i) => {
    const d = b.district ?? "";
    const list = lists.get(d);
    if (list) list.push(i);
    else lists.set(d, [i]);
  });
  const parts = new Map<string, Int32Array>();
  let pending: { names: string[]; indices: number[] } = { names: [], indices: [] };
  const close = () => {
    if (pending.names.length === 0) return;
    parts.set(pending.names.join(" + "), Int32Array.from(pending.indices).sort());
    pending = { names: [], indices: [] };
  };
  for (const [d, list] of lists) {
    if (list.length >= minBuildings) {
      parts.set(d, Int32Array.from(list));
      continue;
    }
    pending.names.push(d);
    pending.indices.push(...list);
    if (pending.indices.length >= minBuildings) close();
  }
  close();
  return parts;
}

function gather<T extends Int32Array | Float64Array>(src: T, indices: Int32Array): T {
  const out = new (src.constructor as new (n: number) => T)(indices.length);
  for (let k = 0; k < indices.length; k++) out[k] = src[indices[k]];
  return out;
}

/** A part's slice of the overrides (the grid-area factors are the city's). */
export function gatherOverrides(o: BuildingOverrides, indices: Int32Array): BuildingOverrides {
  return {
    system: gather(o.system, indices),
    period: Array.from(indices, (i) => o.period[i]),
    pv_kWp: gather(o.pv_kWp, indices),
    batteryCapacity_Wh: gather(o.batteryCapacity_Wh, indices),
    batteryPower_W: gather(o.batteryPower_W, indices),
    evDaily_Wh: gather(o.evDaily_Wh, indices),
    evMode: gather(o.evMode, indices),
    areaCapacityFactor: o.areaCapacityFactor,
  };
}

/** Buildings of a part whose per-building inputs differ between its slice `a` and the city's overrides `b`. */
export function changedCount(a: BuildingOverrides, b: BuildingOverrides, indices: Int32Array): number {
  let changed = 0;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    if (
      a.system[k] !== b.system[i] ||
      a.period[k] !== b.period[i] ||
      a.pv_kWp[k] !== b.pv_kWp[i] ||
      a.batteryCapacity_Wh[k] !== b.batteryCapacity_Wh[i] ||
      a.batteryPower_W[k] !== b.batteryPower_W[i] ||
      a.evDaily_Wh[k] !== b.evDaily_Wh[i] ||
      a.evMode[k] !== b.evMode[i]
    )
      changed++;
  }
  return changed;
}

const connections = (city: CityDataset, indices?: Int32Array) =>
  indices
    ? Array.from(indices, (i) => (city.buildings[i].districtHeating === undefined ? 0 : 1)).join("")
    : city.buildings.map((b) => (b.districtHeating === undefined ? 0 : 1)).join("");

export class DistrictParts {
  private readonly parts = new Map<string, Part>();
  private network?: Network;
  /** What the last dispatch and finalisation ran with, and the per-building results they gave. */
  private lastDispatch?: {
    network: Network;
    parts: Part[];
    sums: PartSums[];
    capacity: Float64Array;
    yearly: Float64Array;
  };
  last: DistrictRunStats = {
    parts: 0,
    rerunParts: 0,
    rerunBuildings: 0,
    changedBuildings: 0,
    createdParts: 0,
    networkReused: false,
  };

  constructor(
    readonly module: WebAssembly.Module,
    readonly weather: ModelWeather,
    /** Districts smaller than this share a part (districtGroups). */
    readonly minPartBuildings = DEFAULT_MIN_PART_BUILDINGS,
  ) {}

  /**
   * The year of `city` under `options` and per-building `overrides`: the parts whose buildings' inputs
   * changed run again (onProgress(done, total) over their buildings), the network dispatches the sum of
   * every part's sums. `wasteKey` names options.wasteHeatAvailable_W (equal keys: equal series).
   */
  async run(
    city: CityDataset,
    options: ModelOptions,
    overrides: BuildingOverrides,
    wasteKey: string,
    onProgress?: (done: number, total: number) => void,
  ): Promise<EnergyYearView> {
    const { wasteHeatAvailable_W: _waste, plants, ...perBuilding } = options;
    // A part's buildings depend on their own inputs and the municipality-wide options, not on the plants or
    // the waste heat (those enter the network's dispatch only).
    const optionsKey = canonicalJson(perBuilding);
    const networkKey = `${connections(city)}|${canonicalJson(plants ?? null)}|${optionsKey}|${wasteKey}`;
    const networkReused = this.network?.key === networkKey;
    if (!networkReused) {
      const created = await createNetwork(this.module, city, this.weather, options);
      this.network = { key: networkKey, core: created.network, dispatch: created.dispatch, inputs: created.inputs };
    }
    const network = this.network as Network;

    const groups = districtGroups(city, this.minPartBuildings);
    for (const d of [...this.parts.keys()]) if (!groups.has(d)) this.parts.delete(d);
    const stats: DistrictRunStats = {
      parts: groups.size,
      rerunParts: 0,
      rerunBuildings: 0,
      changedBuildings: 0,
      createdParts: 0,
      networkReused,
    };
    const toRun: { part: Part; city: CityDataset; reused: boolean }[] = [];
    for (const [district, indices] of groups) {
      const partCity = () => ({ ...city, buildings: Array.from(indices, (i) => city.buildings[i]) });
      const key = `${connections(city, indices)}|${optionsKey}`;
      let part = this.parts.get(district);
      const reused = part !== undefined && part.key === key && sameIndices(part.indices, indices);
      if (!reused) {
        part = { key, indices, model: await EnergyModel.create(this.module, partCity(), this.weather, options) };
        this.parts.set(district, part);
        stats.createdParts++;
      }
      const p = part as Part;
      const changed = reused && p.applied && p.sums ? changedCount(p.applied, overrides, indices) : indices.length;
      if (changed === 0) continue;
      stats.changedBuildings += changed;
      stats.rerunParts++;
      stats.rerunBuildings += indices.length;
      toRun.push({ part: p, city: partCity(), reused });
    }
    let done = 0;
    for (const { part, city: partCity, reused } of toRun) {
      const inputs = gatherOverrides(overrides, part.indices);
      // A reused part keeps the envelopes it ran with: only the buildings whose envelope period changed get a new one.
      const before = reused ? part.applied?.period : undefined;
      // a run that fails midway leaves the part to run again, with every envelope written
      part.sums = undefined;
      part.applied = undefined;
      applyOverrides(part.model, partCity, inputs, reused, before && ((k) => before[k] !== inputs.period[k]));
      const doneBefore = done;
      part.model.runBuildings((d) => onProgress?.(doneBefore + d, stats.rerunBuildings));
      done += part.indices.length;
      part.sums = partSums(part.model);
      part.applied = inputs;
    }

    // The network: the city's capacities in force, then one dispatch of every part's sums (in part order).
    const ni = network.inputs;
    const capacity = areaCapacities_W(
      ni.areaNames,
      ni.supply.areas.capacity_W,
      overrides.areaCapacityFactor,
      ni.supply.plants ?? [],
    );
    const wasm = (network.core as unknown as { wasm: { memory: WebAssembly.Memory; supplyAreaCapacityPtr(): number } })
      .wasm;
    new Float64Array(wasm.memory.buffer, wasm.supplyAreaCapacityPtr(), capacity.length).set(capacity);
    const ordered = [...groups.keys()].map((d) => this.parts.get(d) as Part);
    const n = city.buildings.length;
    const M = L.M_STRIDE;
    // Nothing re-ran, the same network and parts, the same capacities: the last dispatch and finalisation stand
    // (every input of both is the same, so are their results; their buffers are untouched since).
    const last = this.lastDispatch;
    const unchanged =
      last !== undefined &&
      networkReused &&
      toRun.length === 0 &&
      last.network === network &&
      last.parts.length === ordered.length &&
      last.parts.every((p, k) => p === ordered[k] && p.sums === last.sums[k]) &&
      sameValues(last.capacity, capacity);
    let yearly: Float64Array;
    if (unchanged) yearly = last.yearly.slice();
    else {
      this.lastDispatch = undefined;
      const months = network.dispatch(ordered.map((p) => p.sums as PartSums));
      yearly = new Float64Array(n * M);
      for (const part of ordered) {
        part.model.finalizeWithNetwork(months);
        const y = part.model.supply.yearly;
        const idx = part.indices;
        for (let k = 0; k < idx.length; k++) {
          const from = k * M;
          const to = idx[k] * M;
          for (let q = 0; q < M; q++) yearly[to + q] = y[from + q];
        }
      }
      this.lastDispatch = {
        network,
        parts: ordered,
        sums: ordered.map((p) => p.sums as PartSums),
        capacity: Float64Array.from(capacity),
        yearly: yearly.slice(),
      };
    }
    stats.dispatchReused = unchanged;
    this.last = stats;
    const core = network.core;
    return {
      buildings: n,
      hours: core.hours,
      yearly,
      floorArea_m2: ni.floorArea_m2,
      areas: core.areas,
      areaSeries: core.areaSeries,
      dhSeries: core.dhSeries,
      plantOut_W: core.plantOut_W,
      plants: ni.supply.plants ?? [],
      areaCapacity_W: capacity,
    };
  }
}

function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) return false;
  return true;
}

function sameIndices(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
