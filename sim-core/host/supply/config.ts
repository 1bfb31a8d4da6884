// Supply configuration → validated, packed typed arrays (the exact contents of the WASM parameter buffers;
// the TS reference runs on the same arrays).
import { SimInputError, assertFiniteArray } from "../errors.ts";
import {
  DEFAULT_GLOBALS,
  DEFAULT_SYSTEMS,
  type DhPlant,
  EV_PROFILE_SMART_NIGHT,
  EV_PROFILE_UNCONTROLLED,
  type GlobalParams,
  NVE_PHYSICAL_DELIVERY_2023_G_KWH,
  PLANT_KINDS,
  SYSTEM_NAMES,
  type SystemName,
  type SystemParams,
  defaultWasteHeatAvailable_W,
} from "./defaults.ts";
import * as L from "./layout.ts";

export interface SupplyBuildings {
  /** System code per building: 0 direct, 1 air-air HP, 2 air-water HP, 3 ground HP, 4 district heat, 5 bio. */
  system: ArrayLike<number>;
  /** Grid-area index per building. */
  gridArea: ArrayLike<number>;
  /** Thermal capacity of the primary unit [W] (heat pumps); default unlimited. */
  primaryCapacity_W?: ArrayLike<number>;
  evDaily_Wh?: ArrayLike<number>;
  /** 0 uncontrolled (on arrival), 1 smart night charging. */
  evMode?: ArrayLike<number>;
  batteryCapacity_Wh?: ArrayLike<number>;
  batteryPower_W?: ArrayLike<number>;
  /** Round-trip efficiency (0, 1]; split evenly as √η on charge and discharge. */
  batteryRoundTrip?: ArrayLike<number>;
  /** 0 self-consumption, 1 peak shaving against batteryThreshold_W. */
  batteryMode?: ArrayLike<number>;
  batteryThreshold_W?: ArrayLike<number>;
}

export interface SupplyConfig {
  buildings: SupplyBuildings;
  areas: { capacity_W: ArrayLike<number>; evDaily_Wh?: ArrayLike<number>; evMode?: ArrayLike<number> };
  /** District-heat plants in merit order (first dispatched first). */
  plants?: readonly DhPlant[];
  hourly: {
    outdoor_C: ArrayLike<number>;
    /** Hourly grid emission factor [g/kWh] or one constant; default NVE physical delivery 2023. */
    gridEf_g_kWh?: ArrayLike<number> | number;
    /** Heat the waste plant can deliver each hour [W]; default Grautneset, flat. */
    wasteHeatAvailable_W?: ArrayLike<number>;
  };
  systems?: Partial<Record<SystemName, Partial<SystemParams>>>;
  globals?: Partial<GlobalParams>;
  evProfiles?: { uncontrolled?: readonly number[]; smartNight?: readonly number[] };
  /** Write every building's hourly flows to buildingOut (for inspection and balance checks; slower). */
  detail?: boolean;
}

export interface PackedSupply {
  buildings: number;
  areas: number;
  plants: number;
  hours: number;
  systemParams: Float64Array;
  globalParams: Float64Array;
  evProfile: Float64Array;
  system: Int32Array;
  gridArea: Int32Array;
  primaryCapacity_W: Float64Array;
  evDaily_Wh: Float64Array;
  evMode: Int32Array;
  batCapacity_Wh: Float64Array;
  batPower_W: Float64Array;
  batEtaCharge: Float64Array;
  batEtaDischarge: Float64Array;
  batMode: Int32Array;
  batThreshold_W: Float64Array;
  areaCapacity_W: Float64Array;
  areaEvDaily_Wh: Float64Array;
  areaEvMode: Int32Array;
  plantParams: Float64Array;
  outdoor_C: Float64Array;
  gridEf_g_kWh: Float64Array;
  wasteHeatAvailable_W: Float64Array;
}

function sized(label: string, values: ArrayLike<number> | undefined, n: number, fallback: number): Float64Array {
  if (values === undefined) return new Float64Array(n).fill(fallback);
  if (values.length !== n) throw new SimInputError(`${label} has ${values.length} entries, expected ${n}`);
  const out = Float64Array.from(values);
  for (let i = 0; i < n; i++) if (Number.isNaN(out[i])) throw new SimInputError(`${label}[${i}]: NaN is not a number`);
  return out;
}

function codes(label: string, values: ArrayLike<number> | undefined, n: number, max: number): Int32Array {
  const out = new Int32Array(n);
  if (values === undefined) return out;
  if (values.length !== n) throw new SimInputError(`${label} has ${values.length} entries, expected ${n}`);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isInteger(v) || v < 0 || v > max)
      throw new SimInputError(`${label}[${i}]: ${v} is not an integer code in 0…${max}`);
    out[i] = v;
  }
  return out;
}

function nonNegative(label: string, a: Float64Array, allowInfinity = false): void {
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (!(v >= 0) || (!allowInfinity && v === Number.POSITIVE_INFINITY))
      throw new SimInputError(`${label}[${i}]: ${v} must be a non-negative${allowInfinity ? "" : " finite"} number`);
  }
}

function profile(label: string, p: readonly number[]): number[] {
  if (p.length !== 24) throw new SimInputError(`${label} has ${p.length} entries, expected 24 (hours of day)`);
  assertFiniteArray(label, p, 0);
  const sum = p.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > 1e-12) throw new SimInputError(`${label} sums to ${sum}; it must sum to 1 (a day's energy)`);
  return [...p];
}

function packSystem(name: SystemName, p: SystemParams, out: Float64Array): void {
  const o = SYSTEM_NAMES.indexOf(name) * L.SP_STRIDE;
  const kinds = {
    resistive: L.KIND_RESISTIVE,
    heatPump: L.KIND_HEAT_PUMP,
    district: L.KIND_DISTRICT,
    boiler: L.KIND_BOILER,
  };
  if (!(p.kind in kinds)) throw new SimInputError(`systems.${name}.kind "${p.kind}" is unknown`);
  for (const k of ["etaCarnot", "sinkSpace_C", "sinkDhw_C", "cutoff_C", "copMax", "efficiency"] as const)
    if (!Number.isFinite(p[k])) throw new SimInputError(`systems.${name}.${k}: ${p[k]} is not a finite number`);
  if (p.kind === "heatPump") {
    if (!(p.etaCarnot > 0 && p.etaCarnot <= 1))
      throw new SimInputError(`systems.${name}.etaCarnot ${p.etaCarnot} must be in (0, 1]`);
    if (!(p.copMax >= 1)) throw new SimInputError(`systems.${name}.copMax ${p.copMax} must be ≥ 1`);
  }
  if (p.kind === "boiler" && !(p.efficiency > 0 && p.efficiency <= 1))
    throw new SimInputError(`systems.${name}.efficiency ${p.efficiency} must be in (0, 1]`);
  out[o + L.SP_KIND] = kinds[p.kind];
  out[o + L.SP_ETA_CARNOT] = p.etaCarnot;
  out[o + L.SP_SINK_SPACE_C] = p.sinkSpace_C;
  out[o + L.SP_SINK_DHW_C] = p.sinkDhw_C;
  out[o + L.SP_SOURCE_GROUND] = p.source === "ground" ? 1 : 0;
  out[o + L.SP_CUTOFF_C] = p.cutoff_C;
  out[o + L.SP_COP_MAX] = p.copMax;
  out[o + L.SP_EFFICIENCY] = p.efficiency;
  out[o + L.SP_DHW_ON_SYSTEM] = p.dhwOnSystem ? 1 : 0;
}

/** Validates a configuration (messages name the offending field and index) and packs it. */
export function packSupply(config: SupplyConfig): PackedSupply {
  const b = config.buildings;
  const n = b.system.length;
  const areasN = config.areas.capacity_W.length;
  if (areasN < 1) throw new SimInputError("areas.capacity_W is empty: at least one grid area is needed");
  const hours = config.hourly.outdoor_C.length;
  if (hours < 1) throw new SimInputError("hourly.outdoor_C is empty: the series needs at least one hour");
  const plantsIn = config.plants ?? [];

  const systemParams = new Float64Array(L.SYS_COUNT * L.SP_STRIDE);
  for (const name of SYSTEM_NAMES) {
    const override = config.systems?.[name];
    packSystem(name, { ...DEFAULT_SYSTEMS[name], ...override }, systemParams);
  }
  for (const name of Object.keys(config.systems ?? {}))
    if (!(SYSTEM_NAMES as readonly string[]).includes(name))
      throw new SimInputError(`systems.${name}: unknown system; expected one of ${SYSTEM_NAMES.join(", ")}`);

  const g = { ...DEFAULT_GLOBALS, ...config.globals };
  for (const [k, v] of Object.entries(g))
    if (!Number.isFinite(v)) throw new SimInputError(`globals.${k}: ${v} is not a finite number`);
  if (!(g.minLift_K > 0)) throw new SimInputError(`globals.minLift_K ${g.minLift_K} must be positive`);
  if (!(g.dhLossShare >= 0 && g.dhLossShare < 1))
    throw new SimInputError(`globals.dhLossShare ${g.dhLossShare} must be in [0, 1)`);
  if (g.dhFixedLoss_W < 0) throw new SimInputError(`globals.dhFixedLoss_W ${g.dhFixedLoss_W} must be ≥ 0`);
  if (!Number.isInteger(g.dhGridArea) || g.dhGridArea < -1 || g.dhGridArea >= areasN)
    throw new SimInputError(`globals.dhGridArea ${g.dhGridArea} must be −1 or an area index below ${areasN}`);
  if (!(g.coolEtaCarnot > 0 && g.coolCopMax > 0))
    throw new SimInputError("globals: cooling η_C and COP max must be positive");
  const globalParams = new Float64Array(L.GP_COUNT);
  globalParams[L.GP_GROUND_C] = g.ground_C;
  globalParams[L.GP_MIN_LIFT_K] = g.minLift_K;
  globalParams[L.GP_COOL_ETA] = g.coolEtaCarnot;
  globalParams[L.GP_COOL_EVAP_C] = g.coolEvaporator_C;
  globalParams[L.GP_COOL_COND_OFFSET_K] = g.coolCondenserOffset_K;
  globalParams[L.GP_COOL_COP_MAX] = g.coolCopMax;
  globalParams[L.GP_EF_BIO_G_KWH] = g.bioEf_g_kWh;
  globalParams[L.GP_DH_LOSS_SHARE] = g.dhLossShare;
  globalParams[L.GP_DH_FIXED_LOSS_W] = g.dhFixedLoss_W;
  globalParams[L.GP_DH_GRID_AREA] = g.dhGridArea;
  globalParams[L.GP_DETAIL] = config.detail ? 1 : 0;

  const evProfile = new Float64Array(48);
  evProfile.set(profile("evProfiles.uncontrolled", config.evProfiles?.uncontrolled ?? EV_PROFILE_UNCONTROLLED), 0);
  evProfile.set(profile("evProfiles.smartNight", config.evProfiles?.smartNight ?? EV_PROFILE_SMART_NIGHT), 24);

  const system = codes("buildings.system", b.system, n, L.SYS_COUNT - 1);
  const gridArea = codes("buildings.gridArea", b.gridArea, n, areasN - 1);
  const primaryCapacity_W = sized("buildings.primaryCapacity_W", b.primaryCapacity_W, n, Number.POSITIVE_INFINITY);
  nonNegative("buildings.primaryCapacity_W", primaryCapacity_W, true);
  const evDaily_Wh = sized("buildings.evDaily_Wh", b.evDaily_Wh, n, 0);
  nonNegative("buildings.evDaily_Wh", evDaily_Wh);
  const evMode = codes("buildings.evMode", b.evMode, n, 1);
  const batCapacity_Wh = sized("buildings.batteryCapacity_Wh", b.batteryCapacity_Wh, n, 0);
  nonNegative("buildings.batteryCapacity_Wh", batCapacity_Wh);
  const batPower_W = sized("buildings.batteryPower_W", b.batteryPower_W, n, 0);
  nonNegative("buildings.batteryPower_W", batPower_W);
  const roundTrip = sized("buildings.batteryRoundTrip", b.batteryRoundTrip, n, 0.9);
  const batEtaCharge = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!(roundTrip[i] > 0 && roundTrip[i] <= 1))
      throw new SimInputError(`buildings.batteryRoundTrip[${i}]: ${roundTrip[i]} must be in (0, 1]`);
    batEtaCharge[i] = Math.sqrt(roundTrip[i]);
  }
  const batEtaDischarge = Float64Array.from(batEtaCharge);
  const batMode = codes("buildings.batteryMode", b.batteryMode, n, 1);
  const batThreshold_W = sized("buildings.batteryThreshold_W", b.batteryThreshold_W, n, 0);
  assertFiniteArray("buildings.batteryThreshold_W", batThreshold_W);

  const areaCapacity_W = sized("areas.capacity_W", config.areas.capacity_W, areasN, 0);
  nonNegative("areas.capacity_W", areaCapacity_W, true);
  const areaEvDaily_Wh = sized("areas.evDaily_Wh", config.areas.evDaily_Wh, areasN, 0);
  nonNegative("areas.evDaily_Wh", areaEvDaily_Wh);
  const areaEvMode = codes("areas.evMode", config.areas.evMode, areasN, 1);

  const plantParams = new Float64Array(plantsIn.length * L.P_STRIDE);
  plantsIn.forEach((p, k) => {
    const where = `plants[${k}] (${p.name})`;
    const kind = PLANT_KINDS.indexOf(p.kind);
    if (kind < 0) throw new SimInputError(`${where}: kind "${p.kind}" is unknown; expected ${PLANT_KINDS.join(", ")}`);
    if (!(p.capacity_W >= 0)) throw new SimInputError(`${where}: capacity_W ${p.capacity_W} must be ≥ 0`);
    if (!(p.efficiency > 0 && Number.isFinite(p.efficiency)))
      throw new SimInputError(`${where}: efficiency ${p.efficiency} must be positive`);
    if (!(p.ef_g_kWh >= 0 && Number.isFinite(p.ef_g_kWh)))
      throw new SimInputError(`${where}: ef_g_kWh ${p.ef_g_kWh} must be ≥ 0`);
    plantParams.set([kind, p.capacity_W, p.efficiency, p.ef_g_kWh], k * L.P_STRIDE);
  });

  const outdoor_C = Float64Array.from(config.hourly.outdoor_C);
  assertFiniteArray("hourly.outdoor_C", outdoor_C, -90);
  const ef = config.hourly.gridEf_g_kWh ?? NVE_PHYSICAL_DELIVERY_2023_G_KWH;
  const gridEf_g_kWh =
    typeof ef === "number" ? new Float64Array(hours).fill(ef) : sized("hourly.gridEf_g_kWh", ef, hours, 0);
  assertFiniteArray("hourly.gridEf_g_kWh", gridEf_g_kWh, 0);
  const wasteHeatAvailable_W =
    config.hourly.wasteHeatAvailable_W === undefined
      ? defaultWasteHeatAvailable_W(hours)
      : sized("hourly.wasteHeatAvailable_W", config.hourly.wasteHeatAvailable_W, hours, 0);
  assertFiniteArray("hourly.wasteHeatAvailable_W", wasteHeatAvailable_W, 0);

  return {
    buildings: n,
    areas: areasN,
    plants: plantsIn.length,
    hours,
    systemParams,
    globalParams,
    evProfile,
    system,
    gridArea,
    primaryCapacity_W,
    evDaily_Wh,
    evMode,
    batCapacity_Wh,
    batPower_W,
    batEtaCharge,
    batEtaDischarge,
    batMode,
    batThreshold_W,
    areaCapacity_W,
    areaEvDaily_Wh,
    areaEvMode,
    plantParams,
    outdoor_C,
    gridEf_g_kWh,
    wasteHeatAvailable_W,
  };
}
