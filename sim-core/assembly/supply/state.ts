// State of the supply module: counts, clock and every buffer pointer (module-scoped; buffers carved
// from the WASM heap at supplyInit, viewed zero-copy by the host). Nothing allocates after init but
// monthPrim's rows (at a reset, when more buildings are on district heat than before).
import { allocF64, allocZeroed } from "../buffers";
import {
  D_STRIDE,
  A_STRIDE,
  GP_COUNT,
  KIND_DISTRICT,
  M_STRIDE,
  OUT_STRIDE,
  P_STRIDE,
  SP_KIND,
  SP_STRIDE,
  SYS_COUNT,
} from "./layout";

export const T_ON: i32 = 0; // primary unit available this hour (1/0)
export const T_E_SPACE: i32 = 1; // electricity per W of space heat from the primary unit
export const T_E_DHW: i32 = 2;
export const T_A_SPACE: i32 = 3; // ambient (environment) heat per W of space heat
export const T_A_DHW: i32 = 4;
export const T_DH: i32 = 5; // district heat per W
export const T_BIO: i32 = 6; // bio fuel per W (1/η)
export const T_BIO_LOSS: i32 = 7; // boiler loss per W (1/η − 1)
export const T_DHW_ON: i32 = 8;
export const T_STRIDE: i32 = 10;

export let buildingCount: i32 = 0;
export let areaCount: i32 = 0;
export let plantCount: i32 = 0;
export let hourCount: i32 = 0;
export let hour: i32 = 0;
/** Write per-building hourly flows (set from GP_DETAIL at each step). */
export let detail: bool = false;
/** The model's year mode sums the appliances and EV of buildings without PV and battery per area (linear.ts). */
export let linearOn: bool = false;

// Parameters.
export let systemParams: usize = 0; // f64[SYS_COUNT · SP_STRIDE]
export let globalParams: usize = 0; // f64[GP_COUNT]
export let evProfile: usize = 0; // f64[2 · 24]: share of a day's EV energy per hour of day, per mode
export let system: usize = 0; // i32[N]
export let gridArea: usize = 0; // i32[N]
export let primaryCapacity_W: usize = 0; // f64[N]: heat-pump (or primary) thermal capacity
export let evDaily_Wh: usize = 0; // f64[N]
export let evMode: usize = 0; // i32[N]
export let batCapacity_Wh: usize = 0; // f64[N]
export let batPower_W: usize = 0; // f64[N]
export let batEtaCharge: usize = 0; // f64[N]
export let batEtaDischarge: usize = 0; // f64[N]
export let batMode: usize = 0; // i32[N]
export let batThreshold_W: usize = 0; // f64[N]
export let areaCapacity_W: usize = 0; // f64[A]
export let areaEvDaily_Wh: usize = 0; // f64[A]
export let areaEvMode: usize = 0; // i32[A]
export let plants: usize = 0; // f64[P · P_STRIDE]
// Hourly series inputs.
export let outdoor_C: usize = 0; // f64[H]
export let gridEf_g_kWh: usize = 0; // f64[H]
export let wasteHeatAvailable_W: usize = 0; // f64[H]
// Per-building inputs of the current hour.
export let spaceHeat_W: usize = 0;
export let spaceCool_W: usize = 0;
export let dhw_W: usize = 0;
export let appliances_W: usize = 0;
export let pv_W: usize = 0;
// State and outputs.
export let soc_Wh: usize = 0; // f64[N]
export let typeTable: usize = 0; // f64[SYS_COUNT · T_STRIDE], this hour
export let stepScalars: usize = 0; // f64[HS_STRIDE]: this hour's scalars (buildings.ts HS_*)
export let stepDh: usize = 0; // f64[1]: Σ district heat delivered this hour
export let buildingOut: usize = 0; // f64[N · OUT_STRIDE], last step (allocated by ensureBuildingOut)
export let monthly: usize = 0; // f32[12 · N · M_STRIDE]: completed months (months.ts)
export let monthWork: usize = 0; // f64[N · M_STRIDE]: each building's month in progress
export let monthTag: usize = 0; // i32[N]: month of the record in monthWork, −1 none
export let monthDone: usize = 0; // i32[N]: bit m set once month m was completed
// Primary heat per month of the buildings on district heat (their district-heat emissions at finalize; the
// others need none): f64[12 · dhSlotCapacity], building i's month m at 12·slot + m, its slot in dhSlot
// (i32[N], −1 none), given out in the order the buildings complete a month (months.ts): 12 f64 per DH building
// instead of per building (7.7 MB less per 100,000 buildings with 15 % on district heat).
export let monthPrim: usize = 0;
export let dhSlot: usize = 0;
export let dhSlotCount: i32 = 0;
export let dhSlotCapacity: i32 = 0;
export let yearly: usize = 0; // f64[N · M_STRIDE], by supplyFinalize
export let areaSeries: usize = 0; // f64[H · A · A_STRIDE]
export let areaPeakImport_W: usize = 0; // f64[A]: highest net import (import − export)
export let areaPeakExport_W: usize = 0; // f64[A]: highest net export
export let areaHoursOver: usize = 0; // f64[A]: hours with net import above capacity
export let dhSeries: usize = 0; // f64[H · D_STRIDE]
export let plantOut_W: usize = 0; // f64[H · P]
export let dhMonthCo2_g: usize = 0; // f64[12]
export let dhMonthDelivered_Wh: usize = 0; // f64[12]
export let evMonthShare: usize = 0; // f64[12 · 2]: Σ hourly EV profile share per month and mode
// Year mode (blocks of buildings through every hour): per-hour tables; the supply-only year mode's
// inputs of a block for every hour.
export let blockMax: i32 = 0;
export let yearIn: usize = 0; // f64[5 · yearInStride], index q·yearInStride + b·hours + h
// blockMax·hours plus 5 cache lines, so the five input streams do not alias modulo 4 KiB
export let yearInStride: i32 = 0;
export let hourTypeTable: usize = 0; // f64[hours · SYS_COUNT · T_STRIDE]: the type table of every hour
// f64[SYS_COUNT · hours · 4]: per system type its hours in a row, each (T_ON, T_E_SPACE, T_E_DHW, grid factor
// [g/Wh]) as in hourTypeTable and hourScalars: the pair kernel walks two of these rows (32 bytes an hour, in L1) instead of the whole table
export let systemHours: usize = 0;
export let yearRunHour: i32 = 0; // first hour of the year mode's current run (setYearRun)
export let hourScalars: usize = 0; // f64[hours · 12]: elPerCool, efEl_g_Wh, evU, evS, the pairs' EV lanes (buildings.ts)
export let hourMonth: usize = 0; // i32[hours]
export let dhDemandYear: usize = 0; // f64[hours]: Σ district heat delivered per hour
export let pairScratch: usize = 0; // f64[2 · hours]: the pair kernel's hand-over between its passes (pairRun.ts)
export let nextBuilding: i32 = 0; // first building of the next block in year mode

function allocI32(count: i32): usize {
  return allocZeroed((<usize>count) << 2);
}

/** Allocates every buffer (zeroed) and sets the clock to hour 0. */
export function allocateState(buildings: i32, areas: i32, plantsN: i32, hours: i32): void {
  buildingCount = buildings;
  areaCount = areas;
  plantCount = plantsN;
  hourCount = hours;
  hour = 0;
  hourTypeTable = 0; // the year mode's tables are sized by hours: allocated anew (allocateYearTables)
  systemParams = allocF64(SYS_COUNT * SP_STRIDE);
  globalParams = allocF64(GP_COUNT);
  evProfile = allocF64(48);
  system = allocI32(buildings);
  gridArea = allocI32(buildings);
  primaryCapacity_W = allocF64(buildings);
  evDaily_Wh = allocF64(buildings);
  evMode = allocI32(buildings);
  batCapacity_Wh = allocF64(buildings);
  batPower_W = allocF64(buildings);
  batEtaCharge = allocF64(buildings);
  batEtaDischarge = allocF64(buildings);
  batMode = allocI32(buildings);
  batThreshold_W = allocF64(buildings);
  areaCapacity_W = allocF64(areas);
  areaEvDaily_Wh = allocF64(areas);
  areaEvMode = allocI32(areas);
  plants = allocF64(plantsN * P_STRIDE);
  outdoor_C = allocF64(hours);
  gridEf_g_kWh = allocF64(hours);
  wasteHeatAvailable_W = allocF64(hours);
  spaceHeat_W = allocF64(buildings);
  spaceCool_W = allocF64(buildings);
  dhw_W = allocF64(buildings);
  appliances_W = allocF64(buildings);
  pv_W = allocF64(buildings);
  soc_Wh = allocF64(buildings);
  typeTable = allocF64(SYS_COUNT * T_STRIDE);
  stepScalars = allocF64(12); // buildings.ts HS_STRIDE
  stepDh = allocF64(1);
  buildingOut = 0; // on first use (detail mode or the host's view): 11 MB per 100,000 buildings
  monthly = allocZeroed((<usize>(12 * buildings * M_STRIDE)) << 2);
  monthWork = allocF64(buildings * M_STRIDE);
  monthTag = allocI32(buildings);
  memory.fill(monthTag, 0xff, (<usize>buildings) << 2);
  monthDone = allocI32(buildings);
  dhSlot = allocI32(buildings);
  memory.fill(dhSlot, 0xff, (<usize>buildings) << 2);
  dhSlotCount = 0;
  dhSlotCapacity = 0;
  monthPrim = 0;
  yearly = allocF64(buildings * M_STRIDE);
  areaSeries = allocF64(hours * areas * A_STRIDE);
  areaPeakImport_W = allocF64(areas);
  areaPeakExport_W = allocF64(areas);
  areaHoursOver = allocF64(areas);
  dhSeries = allocF64(hours * D_STRIDE);
  plantOut_W = allocF64(hours * plantsN);
  dhMonthCo2_g = allocF64(12);
  dhMonthDelivered_Wh = allocF64(12);
  evMonthShare = allocF64(24);
}

/** Zeroes results and state of charge; clock to hour 0 (parameters and inputs are kept). */
export function resetResults(): void {
  hour = 0;
  linearOn = false; // until the model's next modelYearStart (linear.ts prepareLinear)
  const n = <usize>buildingCount;
  memory.fill(soc_Wh, 0, n << 3);
  if (buildingOut !== 0) memory.fill(buildingOut, 0, (n * <usize>OUT_STRIDE) << 3);
  memory.fill(monthly, 0, (12 * n * <usize>M_STRIDE) << 2);
  memory.fill(monthWork, 0, (n * <usize>M_STRIDE) << 3);
  memory.fill(monthTag, 0xff, n << 2);
  memory.fill(monthDone, 0, n << 2);
  memory.fill(dhSlot, 0xff, n << 2);
  dhSlotCount = 0;
  reserveDhSlots(countDh()); // sized here, so a run allocates nothing (unless systems change mid-run)
  if (monthPrim !== 0) memory.fill(monthPrim, 0, (12 * <usize>dhSlotCapacity) << 3);
  memory.fill(yearly, 0, (n * <usize>M_STRIDE) << 3);
  memory.fill(areaSeries, 0, (<usize>hourCount * <usize>areaCount * <usize>A_STRIDE) << 3);
  memory.fill(areaPeakImport_W, 0, (<usize>areaCount) << 3);
  memory.fill(areaPeakExport_W, 0, (<usize>areaCount) << 3);
  memory.fill(areaHoursOver, 0, (<usize>areaCount) << 3);
  memory.fill(dhSeries, 0, (<usize>hourCount * <usize>D_STRIDE) << 3);
  memory.fill(plantOut_W, 0, (<usize>hourCount * <usize>plantCount) << 3);
  memory.fill(dhMonthCo2_g, 0, 12 << 3);
  memory.fill(dhMonthDelivered_Wh, 0, 12 << 3);
  memory.fill(evMonthShare, 0, 24 << 3);
  if (dhDemandYear !== 0) memory.fill(dhDemandYear, 0, (<usize>hourCount) << 3);
  nextBuilding = 0;
}

/** A new row of monthPrim for a building entering district heat's monthly sums; grows the rows (copied) when full. */
export function takeDhSlot(): i32 {
  // reserved at reset for the buildings then on district heat; grows only for stepping without a reset
  if (dhSlotCount === dhSlotCapacity) reserveDhSlots(max<i32>(countDh(), max<i32>(2 * dhSlotCapacity, 16)));
  return dhSlotCount++;
}

/** Room for `capacity` buildings' months in monthPrim (rows kept; grows only). */
function reserveDhSlots(capacity: i32): void {
  if (capacity <= dhSlotCapacity) return;
  const rows = allocF64(12 * capacity);
  if (monthPrim !== 0) memory.copy(rows, monthPrim, (12 * <usize>dhSlotCapacity) << 3);
  monthPrim = rows;
  dhSlotCapacity = capacity;
}

/** Buildings whose system is district heat. */
function countDh(): i32 {
  let count = 0;
  for (let i = 0; i < buildingCount; i++) {
    const kind = load<f64>(
      systemParams + ((<usize>(load<i32>(system + ((<usize>i) << 2)) * SP_STRIDE + SP_KIND)) << 3),
    );
    if (kind === KIND_DISTRICT) count++;
  }
  return count;
}

/** The per-hour tables of the year mode (once per instance; refilled by prepareYear). */
export function allocateYearTables(): void {
  if (hourTypeTable !== 0) return;
  hourTypeTable = allocF64(hourCount * SYS_COUNT * T_STRIDE);
  hourScalars = allocF64(hourCount * 12); // buildings.ts HS_STRIDE
  systemHours = allocF64(SYS_COUNT * hourCount * 4);
  hourMonth = allocI32(hourCount);
  dhDemandYear = allocF64(hourCount);
  pairScratch = allocF64(2 * hourCount);
}

/** The supply-only year mode's input buffers for blocks of up to `block` buildings. */
export function allocateYearInputs(block: i32): void {
  blockMax = block;
  yearInStride = block * hourCount + 40;
  yearIn = allocF64(5 * yearInStride);
}

/** The per-building hourly flows buffer, allocated (zeroed) on first use. */
export function ensureBuildingOut(): usize {
  if (buildingOut === 0) buildingOut = allocF64(buildingCount * OUT_STRIDE);
  return buildingOut;
}

export function setYearRunHour(h: i32): void {
  yearRunHour = h;
}

export function setNextBuilding(i: i32): void {
  nextBuilding = i;
}

export function setLinearOn(on: bool): void {
  linearOn = on;
}

export function setDetail(on: bool): void {
  detail = on;
}

export function setHourToEnd(): void {
  hour = hourCount;
}

export function advanceClock(): void {
  hour++;
}
