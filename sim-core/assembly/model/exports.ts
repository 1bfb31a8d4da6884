// Public WASM exports of the model orchestrator (prefix `model`): the solar, thermal and supply
// modules coupled in one instance. Lifecycle: the host sets up solar (solarInit, solarCompute,
// solarComputePv), thermal (thermalInit, parameters, thermalPrepare) and supply (supplyInit and its
// parameters) in this instance, then modelInit → fill the model buffers → modelPrepare → either
// modelYearStart + modelYearBlock… + modelYearFinish, or modelStepHour per hour (+ supplyFinalize).
import * as Solar from "../solar/kernel";
import * as S from "../supply/state";
import { thermalCount, thermalMassTempPtr } from "../thermal/kernel";
import { resetThermal, stepHour, yearBlock, yearFinish, yearStart } from "./run";
import * as M from "./state";

export const MODEL_ERR_BUILDINGS: i32 = 1;
export const MODEL_ERR_USES: i32 = 2;
export const MODEL_ERR_SOLAR: i32 = 3;
export const MODEL_ERR_SUPPLY: i32 = 4;
export const MODEL_ERR_THERMAL: i32 = 5;
export const MODEL_ERR_INPUT: i32 = 7;

/** Allocates the model buffers for n buildings and `uses` use profiles; checks the modules agree on sizes. */
export function modelInit(n: i32, uses: i32): i32 {
  if (n < 1 || n > 1_000_000) return MODEL_ERR_BUILDINGS;
  if (uses < 1 || uses > 1000) return MODEL_ERR_USES;
  if (Solar.planes < 1 || Solar.hours < 1 || Solar.pv_W_per_kWp === 0) return MODEL_ERR_SOLAR;
  if (S.buildingCount !== n || S.hourCount !== Solar.hours) return MODEL_ERR_SUPPLY;
  if (thermalCount() !== n) return MODEL_ERR_THERMAL;
  M.allocateModel(n, uses, Solar.planes, Solar.hours);
  return 0;
}

/**
 * Checks the building links (use and roof-plane indices in range, finite non-negative sizes), derives
 * each building's window factor g·(1 − F_F)·F_sh, stores the thermal mass temperatures as the start
 * state; returns 0, or MODEL_ERR_INPUT (the host validates first and names the building).
 */
export function modelPrepare(startMass: i32): i32 {
  const n = M.buildingCount;
  for (let i = 0; i < n; i++) {
    const o4 = (<usize>i) << 2;
    const o = (<usize>i) << 3;
    const use = load<i32>(M.useIndex + o4);
    const plane = load<i32>(M.roofPlane + o4);
    if (use < 0 || use >= M.useCount || plane < 0 || plane >= M.planeCount) return MODEL_ERR_INPUT;
    const g = load<f64>(M.windowG + o);
    const frame = load<f64>(M.windowFrame + o);
    const shading = load<f64>(M.windowShading + o);
    store<f64>(M.windowFactor + o, g * (1.0 - frame) * shading);
  }
  if (startMass !== 0) memory.copy(M.tMassStart_C, thermalMassTempPtr(), (<usize>n) << 3);
  return 0;
}

/** Thermal mass to the start temperatures; with supplyReset, a fresh run. */
export function modelReset(): void {
  resetThermal();
  S.resetResults();
}

/** Hour-major: one hour of every building, grid area and the district-heat network; next hour or −1. */
export function modelStepHour(): i32 {
  return stepHour();
}
/** Block-major year: prepare blocks of up to `block` buildings (0 or an error code). */
export function modelYearStart(block: i32): i32 {
  return yearStart(block);
}
/** Block-major year: the next block, in building order (0 or an error code). */
export function modelYearBlock(first: i32, n: i32): i32 {
  return yearBlock(first, n);
}
/** Block-major year: network dispatch per hour and the monthly/yearly results (0 or an error code). */
export function modelYearFinish(): i32 {
  return yearFinish();
}

export function modelBuildingCount(): i32 {
  return M.buildingCount;
}
export function modelUseIndexPtr(): usize {
  return M.useIndex;
}
export function modelFloorAreaPtr(): usize {
  return M.floorArea_m2;
}
export function modelRoofPlanePtr(): usize {
  return M.roofPlane;
}
export function modelPvKwpPtr(): usize {
  return M.pv_kWp;
}
/** f64[⌈N/2⌉ · planes · 2], pair-interleaved: plane p of building i at ((i >> 1)·planes + p)·2 + (i & 1). */
export function modelWindowAreaPtr(): usize {
  return M.windowArea_m2;
}
export function modelWindowGPtr(): usize {
  return M.windowG;
}
export function modelWindowFramePtr(): usize {
  return M.windowFrame;
}
export function modelWindowShadingPtr(): usize {
  return M.windowShading;
}
/** f64[uses · hours] each: per-m² profiles, row = use index. */
export function modelGainsProfilePtr(): usize {
  return M.gains_W_m2;
}
export function modelAppliancesProfilePtr(): usize {
  return M.appliances_W_m2;
}
export function modelDhwProfilePtr(): usize {
  return M.dhw_W_m2;
}
