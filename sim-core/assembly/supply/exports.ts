// Public WASM exports of the supply module (prefix `supply`). Lifecycle: supplyInit → host fills the
// parameter and hourly-series buffers → per hour: host fills the per-building inputs, supplyStep →
// supplyFinalize (district-heat emissions per building, yearly totals). Buffers are viewed zero-copy.
// Note: buffers come from the shared stub heap; a module calling heap.reset() after supplyInit
// invalidates them, so the orchestrating host initialises supply last.
import { monthOfHour } from "./calendar";
import { dispatchDistrictHeat } from "./district";
import { HS_EF_EL, HS_EL_PER_COOL, HS_EV_S, HS_EV_U, setRunHours, setRunInputs, supplyRun } from "./buildings";
import { finishAreas } from "./grid";
import { coolingElectricPerW, fillTypeTable } from "./hourly";
import {
  A_STRIDE,
  D_CO2_G,
  D_STRIDE,
  GP_DH_GRID_AREA,
  GP_EF_BIO_G_KWH,
  GP_DETAIL,
  M_STRIDE,
  OUT_STRIDE,
  P_STRIDE,
  SP_STRIDE,
  GP_COUNT,
} from "./layout";
import { completeAll, finishNetworkMonths } from "./months";
import * as S from "./state";
import { finishYear, prepareYear, runBlock } from "./year";

export const SUPPLY_MODULE_VERSION: i32 = 1;

export const SUPPLY_ERR_BUILDINGS: i32 = 1;
export const SUPPLY_ERR_AREAS: i32 = 2;
export const SUPPLY_ERR_PLANTS: i32 = 3;
export const SUPPLY_ERR_HOURS: i32 = 4;
export const SUPPLY_ERR_MEMORY: i32 = 5;

/** Allocates every supply buffer (zeroed); returns 0 or an error code. */
export function supplyInit(buildings: i32, areas: i32, plants: i32, hours: i32): i32 {
  if (buildings < 0 || buildings > 1_000_000) return SUPPLY_ERR_BUILDINGS;
  if (areas < 1 || areas > 10_000) return SUPPLY_ERR_AREAS;
  if (plants < 0 || plants > 64) return SUPPLY_ERR_PLANTS;
  if (hours < 1 || hours > 100_000) return SUPPLY_ERR_HOURS;
  // The biggest buffers: monthly results and the area series; keep the total under ~3 GiB.
  const bytes: f64 =
    8.0 * (<f64>buildings * (12 * 10 + 20 + 12 + 40) + <f64>hours * (<f64>areas * 5 + 6 + <f64>plants));
  if (bytes > 3.0e9) return SUPPLY_ERR_MEMORY;
  S.allocateState(buildings, areas, plants, hours);
  return 0;
}

/** Simulates the current hour for every building, grid area and the district-heat network; returns the next hour, or −1 past the end. */
export function supplyStep(): i32 {
  const h = S.hour;
  if (h >= S.hourCount) return -1;
  const tOut_C = load<f64>(S.outdoor_C + ((<usize>h) << 3));
  fillTypeTable(S.typeTable, S.systemParams, S.globalParams, tOut_C);
  const elPerCool = coolingElectricPerW(S.globalParams, tOut_C);
  const efEl_g_Wh = load<f64>(S.gridEf_g_kWh + ((<usize>h) << 3)) / 1000;
  const efBio_g_Wh = load<f64>(S.globalParams + ((<usize>GP_EF_BIO_G_KWH) << 3)) / 1000;
  const hourOfDay = h % 24;
  const evU = load<f64>(S.evProfile + ((<usize>hourOfDay) << 3));
  const evS = load<f64>(S.evProfile + ((<usize>(24 + hourOfDay)) << 3));
  const month = monthOfHour(h);
  S.setDetail(load<f64>(S.globalParams + ((<usize>GP_DETAIL) << 3)) > 0);
  if (S.detail) S.ensureBuildingOut();
  const ev = S.evMonthShare + ((<usize>(month * 2)) << 3);
  store<f64>(ev, load<f64>(ev) + evU);
  store<f64>(ev, load<f64>(ev, 8) + evS, 8);
  const areaRow = S.areaSeries + ((<usize>h * <usize>S.areaCount * <usize>A_STRIDE) << 3);
  const sc = S.stepScalars;
  store<f64>(sc, elPerCool, HS_EL_PER_COOL << 3);
  store<f64>(sc, efEl_g_Wh, HS_EF_EL << 3);
  store<f64>(sc, evU, HS_EV_U << 3);
  store<f64>(sc, evS, HS_EV_S << 3);
  store<f64>(S.stepDh, 0.0);
  setRunHours(S.typeTable, 0, sc, areaRow, 0, S.stepDh, efBio_g_Wh);
  setRunInputs(0, S.spaceHeat_W, S.spaceCool_W, 0, 8);
  const n = S.buildingCount;
  for (let i = 0; i < n; i++) {
    const o = (<usize>i) << 3;
    supplyRun(i, 1, month, S.dhw_W + o, 1.0, S.appliances_W + o, 1.0, S.pv_W + o, 1.0);
  }
  const dhDemand_W = load<f64>(S.stepDh);
  const dhElectric_W = dispatchDistrictHeat(h, dhDemand_W, efEl_g_Wh);
  const dhArea = <i32>load<f64>(S.globalParams + ((<usize>GP_DH_GRID_AREA) << 3));
  finishAreas(areaRow, dhArea, dhElectric_W, efEl_g_Wh, evU, evS);
  const mo = (<usize>month) << 3;
  const co2 = load<f64>(S.dhSeries + ((<usize>(h * D_STRIDE + D_CO2_G)) << 3));
  store<f64>(S.dhMonthCo2_g + mo, load<f64>(S.dhMonthCo2_g + mo) + co2);
  store<f64>(S.dhMonthDelivered_Wh + mo, load<f64>(S.dhMonthDelivered_Wh + mo) + dhDemand_W);
  S.advanceClock();
  return S.hour;
}

/**
 * Completes the monthly records (months.ts: each building's month in progress; EV energy and the
 * district-heat emissions, allocated by each building's share of the month's delivered heat) and the
 * yearly totals. Stepping on afterwards continues the records.
 */
export function supplyFinalize(): void {
  completeAll();
  finishNetworkMonths();
}

export const SUPPLY_ERR_BLOCK_ORDER: i32 = 6;

/** Year mode: allocates inputs for blocks of up to `block` buildings × every hour and precomputes the hourly tables. */
export function supplyYearInit(block: i32): i32 {
  if (block < 1 || block > 4096) return SUPPLY_ERR_BUILDINGS;
  if (S.hour !== 0) return SUPPLY_ERR_BLOCK_ORDER;
  if (S.blockMax < block) S.allocateYearInputs(block);
  prepareYear();
  return 0;
}

/** Year mode: runs the next `count` buildings (starting at `first`, in order) over every hour; 0 or an error code. */
export function supplyYearBlock(first: i32, count: i32): i32 {
  if (first !== S.nextBuilding || count < 0 || count > S.blockMax || first + count > S.buildingCount)
    return SUPPLY_ERR_BLOCK_ORDER;
  runBlock(first, count);
  S.setNextBuilding(first + count);
  return 0;
}

/** Year mode: after the last block, dispatches district heat and totals the grid areas for every hour. */
export function supplyYearFinish(): i32 {
  if (S.nextBuilding !== S.buildingCount) return SUPPLY_ERR_BLOCK_ORDER;
  finishYear();
  S.setHourToEnd();
  return 0;
}

/** Distance between the five year-mode input arrays, in f64 (spaceHeat, spaceCool, dhw, appliances, pv). */
export function supplyYearInputStride(): i32 {
  return S.yearInStride;
}

export function supplyYearInputPtr(): usize {
  return S.yearIn;
}

/** Zeroes results and battery state; clock back to hour 0. */
export function supplyReset(): void {
  S.resetResults();
}

export function supplyCurrentHour(): i32 {
  return S.hour;
}
/** Record lengths, so the host can check its mirror of layout.ts: 0 out, 1 monthly, 2 area, 3 dh, 4 plant, 5 system, 6 global. */
export function supplyStride(which: i32): i32 {
  if (which === 0) return OUT_STRIDE;
  if (which === 1) return M_STRIDE;
  if (which === 2) return A_STRIDE;
  if (which === 3) return D_STRIDE;
  if (which === 4) return P_STRIDE;
  if (which === 5) return SP_STRIDE;
  if (which === 6) return GP_COUNT;
  return 0;
}

// Buffer pointers (byte offsets into memory); lengths follow from the counts given to supplyInit.
export function supplySystemParamsPtr(): usize {
  return S.systemParams;
}
export function supplyGlobalParamsPtr(): usize {
  return S.globalParams;
}
export function supplyEvProfilePtr(): usize {
  return S.evProfile;
}
export function supplySystemPtr(): usize {
  return S.system;
}
export function supplyGridAreaPtr(): usize {
  return S.gridArea;
}
export function supplyPrimaryCapacityPtr(): usize {
  return S.primaryCapacity_W;
}
export function supplyEvDailyPtr(): usize {
  return S.evDaily_Wh;
}
export function supplyEvModePtr(): usize {
  return S.evMode;
}
export function supplyBatCapacityPtr(): usize {
  return S.batCapacity_Wh;
}
export function supplyBatPowerPtr(): usize {
  return S.batPower_W;
}
export function supplyBatEtaChargePtr(): usize {
  return S.batEtaCharge;
}
export function supplyBatEtaDischargePtr(): usize {
  return S.batEtaDischarge;
}
export function supplyBatModePtr(): usize {
  return S.batMode;
}
export function supplyBatThresholdPtr(): usize {
  return S.batThreshold_W;
}
export function supplyAreaCapacityPtr(): usize {
  return S.areaCapacity_W;
}
export function supplyAreaEvDailyPtr(): usize {
  return S.areaEvDaily_Wh;
}
export function supplyAreaEvModePtr(): usize {
  return S.areaEvMode;
}
export function supplyPlantsPtr(): usize {
  return S.plants;
}
export function supplyOutdoorPtr(): usize {
  return S.outdoor_C;
}
export function supplyGridEfPtr(): usize {
  return S.gridEf_g_kWh;
}
/** f64[hours]: heat the waste-incineration plant can deliver each hour [W] (filled by the host / materials model). */
export function supplyWasteHeatAvailablePtr(): usize {
  return S.wasteHeatAvailable_W;
}
export function supplySpaceHeatPtr(): usize {
  return S.spaceHeat_W;
}
export function supplySpaceCoolPtr(): usize {
  return S.spaceCool_W;
}
export function supplyDhwPtr(): usize {
  return S.dhw_W;
}
export function supplyAppliancesPtr(): usize {
  return S.appliances_W;
}
export function supplyPvPtr(): usize {
  return S.pv_W;
}
export function supplySocPtr(): usize {
  return S.soc_Wh;
}
export function supplyBuildingOutPtr(): usize {
  return S.ensureBuildingOut();
}
export function supplyMonthlyPtr(): usize {
  return S.monthly;
}
export function supplyYearlyPtr(): usize {
  return S.yearly;
}
export function supplyAreaSeriesPtr(): usize {
  return S.areaSeries;
}
export function supplyAreaPeakImportPtr(): usize {
  return S.areaPeakImport_W;
}
export function supplyAreaPeakExportPtr(): usize {
  return S.areaPeakExport_W;
}
export function supplyAreaHoursOverPtr(): usize {
  return S.areaHoursOver;
}
export function supplyDhSeriesPtr(): usize {
  return S.dhSeries;
}
export function supplyPlantOutPtr(): usize {
  return S.plantOut_W;
}

// Year mode split over instances (workers running parts of one stock): each part runs its blocks;
// the host sums the parts' per-hour building sums into one instance, which dispatches the networks;
// the parts then finalize with the network's monthly district-heat and EV figures.
/** f64[hours]: Σ district heat delivered per hour (year mode, before supplyYearFinish). */
export function supplyDhDemandYearPtr(): usize {
  return S.dhDemandYear;
}
/** f64[12]: district-heat emissions per month [g] (after the dispatch). */
export function supplyDhMonthCo2Ptr(): usize {
  return S.dhMonthCo2_g;
}
/** f64[12]: district heat delivered per month [Wh] (after the dispatch). */
export function supplyDhMonthDeliveredPtr(): usize {
  return S.dhMonthDelivered_Wh;
}
/** f64[24]: Σ hourly EV profile share per month and mode (after the dispatch). */
export function supplyEvMonthSharePtr(): usize {
  return S.evMonthShare;
}
