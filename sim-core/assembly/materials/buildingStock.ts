// Dynamic building material stock, stepped once per simulated year (the convention of dynamic
// stock models): demolition by a Weibull lifetime, retrofit adding insulation, construction inflow.
// Per building b and material m the stock is kg in use. New construction accumulates in one cohort
// per archetype (rows buildingCount + a) whose age counts from the run's start.
//   Weibull survival S(a) = exp(−(a/λ)^k); share demolished in year [a, a+1): 1 − S(a+1)/S(a).
import { loadF64, storeF64 } from "../buffers";
import {
  B_CD,
  B_SITE,
  B_STOCK,
  BUF_B_AGE,
  BUF_B_ARCH,
  BUF_B_AREA,
  BUF_B_BAL,
  BUF_B_SCALARS,
  BUF_B_STOCK,
  BUF_B_YEAR,
  BUF_CD_TC,
  BUF_CONSTRUCTION,
  BUF_INTENSITY,
  BUF_RETROFIT,
  BUF_WEIBULL,
  BY_BUILT_IN,
  BY_DELIVERED,
  BY_DEMOLITION,
  BY_RETROFIT,
  BY_ROUTES,
  BY_SITE_WASTE,
  CD_ROUTE_COUNT,
  M_INSULATION,
  MATERIAL_COUNT,
} from "./layout";
import { archetypeCount, buildingCount, ptr } from "./state";

const IN: i32 = 0;
const OUT: i32 = 1;
const DSTOCK: i32 = 2;

function addBal(bal: usize, process: i32, kind: i32, m: i32, kg: f64): void {
  const i = (process * 3 + kind) * MATERIAL_COUNT + m;
  storeF64(bal, i, loadF64(bal, i) + kg);
}

function addYear(year: usize, block: i32, m: i32, kg: f64): void {
  const i = block * MATERIAL_COUNT + m;
  storeF64(year, i, loadF64(year, i) + kg);
}

/** Fills every building's stock from its floor area and archetype intensities (called once at prepare). */
export function initBuildingStock(): void {
  const M = MATERIAL_COUNT;
  const area = ptr(BUF_B_AREA);
  const arch = ptr(BUF_B_ARCH);
  const intensity = ptr(BUF_INTENSITY);
  const stock = ptr(BUF_B_STOCK);
  for (let b = 0; b < buildingCount; b++) {
    const a = <i32>loadF64(arch, b);
    const area_m2 = loadF64(area, b);
    for (let m = 0; m < M; m++) storeF64(stock, b * M + m, area_m2 * loadF64(intensity, a * M + m));
  }
}

function totalStock(stock: usize, m: i32, rows: i32): f64 {
  let s: f64 = 0;
  for (let b = 0; b < rows; b++) s += loadF64(stock, b * MATERIAL_COUNT + m);
  return s;
}

/** Clears the building-stock balance of the last step (days without a year step move nothing). */
export function clearBuildingBalance(): void {
  memory.fill(ptr(BUF_B_BAL), 0, (<usize>(9 * MATERIAL_COUNT)) << 3);
}

/** One year of the building stock: demolition, retrofit, construction, C&D treatment. */
export function stepBuildingYear(): void {
  const M = MATERIAL_COUNT;
  const rows = buildingCount + archetypeCount;
  const area = ptr(BUF_B_AREA);
  const arch = ptr(BUF_B_ARCH);
  const age = ptr(BUF_B_AGE);
  const intensity = ptr(BUF_INTENSITY);
  const weibull = ptr(BUF_WEIBULL);
  const retrofit = ptr(BUF_RETROFIT);
  const construction = ptr(BUF_CONSTRUCTION);
  const cdTc = ptr(BUF_CD_TC);
  const stock = ptr(BUF_B_STOCK);
  const bal = ptr(BUF_B_BAL);
  const year = ptr(BUF_B_YEAR);
  const siteWasteShare = loadF64(ptr(BUF_B_SCALARS), 0);

  for (let m = 0; m < M; m++) addBal(bal, B_STOCK, DSTOCK, m, -totalStock(stock, m, rows));

  for (let b = 0; b < rows; b++) {
    const a = b < buildingCount ? <i32>loadF64(arch, b) : b - buildingCount;
    const age_yr = loadF64(age, b);
    const k = loadF64(weibull, a * 2);
    const lambda_yr = loadF64(weibull, a * 2 + 1);
    const x0 = (age_yr / lambda_yr) ** k;
    const x1 = ((age_yr + 1.0) / lambda_yr) ** k;
    const demolished = 1.0 - Math.exp(x0 - x1);
    const area_m2 = loadF64(area, b);
    for (let m = 0; m < M; m++) {
      const s = loadF64(stock, b * M + m);
      const out_kg = s * demolished;
      storeF64(stock, b * M + m, s - out_kg);
      addBal(bal, B_STOCK, OUT, m, out_kg);
      addBal(bal, B_CD, IN, m, out_kg);
      addYear(year, BY_DEMOLITION, m, out_kg);
    }
    const survivingArea_m2 = area_m2 - area_m2 * demolished;
    storeF64(area, b, survivingArea_m2);
    // Retrofit: a share of the surviving floor area gains insulation.
    const added_kg = loadF64(retrofit, a * 2) * survivingArea_m2 * loadF64(retrofit, a * 2 + 1);
    storeF64(stock, b * M + M_INSULATION, loadF64(stock, b * M + M_INSULATION) + added_kg);
    addBal(bal, B_STOCK, IN, M_INSULATION, added_kg);
    addYear(year, BY_RETROFIT, M_INSULATION, added_kg);
    storeF64(age, b, age_yr + 1.0);
  }

  // Construction: delivered = built in / (1 − site waste share); the difference is site waste.
  for (let a = 0; a < archetypeCount; a++) {
    const new_m2 = loadF64(construction, a);
    const row = buildingCount + a;
    storeF64(area, row, loadF64(area, row) + new_m2);
    for (let m = 0; m < M; m++) {
      const builtIn_kg = new_m2 * loadF64(intensity, a * M + m);
      const delivered_kg = builtIn_kg / (1.0 - siteWasteShare);
      const waste_kg = delivered_kg - builtIn_kg;
      storeF64(stock, row * M + m, loadF64(stock, row * M + m) + builtIn_kg);
      addBal(bal, B_SITE, IN, m, delivered_kg);
      addBal(bal, B_SITE, OUT, m, builtIn_kg + waste_kg);
      addBal(bal, B_STOCK, IN, m, builtIn_kg);
      addBal(bal, B_CD, IN, m, waste_kg);
      addYear(year, BY_DELIVERED, m, delivered_kg);
      addYear(year, BY_BUILT_IN, m, builtIn_kg);
      addYear(year, BY_SITE_WASTE, m, waste_kg);
    }
  }

  // C&D waste leaves the system by route: reused components, recycling, energy recovery, landfill.
  for (let m = 0; m < M; m++) {
    const in_kg = loadF64(bal, (B_CD * 3 + IN) * M + m);
    let out_kg: f64 = 0;
    for (let r = 0; r < CD_ROUTE_COUNT; r++) {
      const kg = in_kg * loadF64(cdTc, m * CD_ROUTE_COUNT + r);
      out_kg += kg;
      const i = BY_ROUTES * M + m * CD_ROUTE_COUNT + r;
      storeF64(year, i, loadF64(year, i) + kg);
    }
    addBal(bal, B_CD, OUT, m, out_kg);
    addBal(bal, B_STOCK, DSTOCK, m, totalStock(stock, m, rows));
  }
}
