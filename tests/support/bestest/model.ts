// BESTEST (ANSI/ASHRAE Std 140) Cases 600 and 900, and their free-floating variants 600FF/900FF, as
// ISO 13790 5R1C zones driven by the Denver TMY3 EPW. Everything is derived from the case description
// in assets/validation/ashrae140_case600_900.json with ISO 13790 / ISO 13786 rules; nothing is fitted
// to the reference results. Weather (EPW reader) and plane irradiance (sun position + Hay-Davies) come
// from the solar module (sim-core/host/weather, sim-core/host/solar).
import { readFileSync } from "node:fs";
import { solarPoaReference } from "../../../sim-core/host/solar/reference/kernel.ts";
import { windowSolarGain_W } from "../../../sim-core/host/solar/reference/pv.ts";
import { loadThermalCore } from "../../../sim-core/host/thermal/node.ts";
import type { ThermalZone } from "../../../sim-core/host/thermal/zone.ts";
import { type EpwWeather, parseEpw } from "../../../sim-core/host/weather/epw.ts";

const root = new URL("../../../", import.meta.url);
export const BESTEST_JSON = "assets/validation/ashrae140_case600_900.json";
export const DENVER_EPW = "assets/weather/USA_CO_Denver.Intl.AP.725650_TMY3.epw";

interface Layer {
  name: string;
  thickness_m?: number;
  k_W_mK?: number;
  rho_kg_m3?: number;
  cp_J_kgK?: number;
  R_m2K_W?: number;
}

// biome-ignore lint/suspicious/noExplicitAny: the JSON's shape is documented in the file itself
export const bestestData: any = JSON.parse(readFileSync(new URL(BESTEST_JSON, root), "utf8"));

/** Assumptions that are not in the case description; each is a published rule, not a fit. */
export const ASSUMPTIONS = {
  /** combined film coefficients of classic BESTEST (stated in the JSON) [W/(m²K)] */
  hInterior_W_m2K: 8.29,
  hExterior_W_m2K: 29.3,
  /** glazing U incl. films: the JSON gives "~3.0–3.1"; 3.0 is the Std 140 figure for the clear double pane */
  uWindow_W_m2K: 3.0,
  /** SHGC at normal incidence (JSON: ~0.769, approximate) and ISO 13790 §11.4.2 F_w = 0.9 for non-normal angles */
  gNormal: 0.769,
  nonNormalFactor: 0.9,
  /** ISO 13790 §11.4.6: h_r = 5·ε, Δθ_er = 11 K (intermediate zones); F_r = 1 roof, 0.5 vertical */
  skyTempDrop_K: 11,
  /** ISO 13786 simplified "10 cm rule": capacity of inside layers up to the first insulation layer, ≤ 10 cm */
  activeDepth_m: 0.1,
  insulationBelow_W_mK: 0.1,
};

/** Effective internal heat capacity per surface area (ISO 13786 Annex A, 10 cm rule) [J/(m²K)]. */
export function arealCapacity_J_m2K(layersOutsideToInside: readonly Layer[]): number {
  let depth_m = 0;
  let capacity = 0;
  for (let i = layersOutsideToInside.length - 1; i >= 0; i--) {
    const l = layersOutsideToInside[i];
    if (l.thickness_m === undefined || l.k_W_mK === undefined || l.k_W_mK < ASSUMPTIONS.insulationBelow_W_mK) break;
    const d = Math.min(l.thickness_m, ASSUMPTIONS.activeDepth_m - depth_m);
    capacity += (l.rho_kg_m3 ?? 0) * (l.cp_J_kgK ?? 0) * d;
    depth_m += d;
    if (depth_m >= ASSUMPTIONS.activeDepth_m) break;
  }
  return capacity;
}

/** U with the BESTEST combined films [W/(m²K)]. */
function uWithFilms(surfaceToSurfaceR_m2K_W: number): number {
  return 1 / (1 / ASSUMPTIONS.hInterior_W_m2K + surfaceToSurfaceR_m2K_W + 1 / ASSUMPTIONS.hExterior_W_m2K);
}

export type CaseName = "600" | "900";

interface Surface {
  name: string;
  area_m2: number;
  u_W_m2K: number;
  /** plane index into PLANES, or -1 for the floor (no sun, faces the ground) */
  plane: number;
  /** ISO 13790 form factor to the sky: 1 horizontal roof, 0.5 vertical, 0 floor */
  skyFactor: number;
}

// South, east, north, west walls and the roof; azimuth clockwise from north.
const PLANES = [
  { tilt_deg: 90, azimuth_deg: 180 },
  { tilt_deg: 90, azimuth_deg: 90 },
  { tilt_deg: 90, azimuth_deg: 0 },
  { tilt_deg: 90, azimuth_deg: 270 },
  { tilt_deg: 0, azimuth_deg: 180 },
];

function opaqueSurfaces(name: CaseName): Surface[] {
  const d = bestestData.case600_description;
  const a = d.geometry.opaque_areas_m2;
  const r600 = d.surface_to_surface_R_m2K_W_computed;
  const r900 = bestestData.case900_differences.surface_to_surface_R_computed;
  const uWall = uWithFilms(name === "600" ? r600.wall : r900.wall);
  const uRoof = uWithFilms(r600.roof);
  const uFloor = uWithFilms(name === "600" ? r600.floor : r900.floor);
  return [
    { name: "south wall", area_m2: a.south_wall_net, u_W_m2K: uWall, plane: 0, skyFactor: 0.5 },
    { name: "east wall", area_m2: a.east_wall, u_W_m2K: uWall, plane: 1, skyFactor: 0.5 },
    { name: "north wall", area_m2: a.north_wall, u_W_m2K: uWall, plane: 2, skyFactor: 0.5 },
    { name: "west wall", area_m2: a.west_wall, u_W_m2K: uWall, plane: 3, skyFactor: 0.5 },
    { name: "roof", area_m2: a.roof, u_W_m2K: uRoof, plane: 4, skyFactor: 1 },
    { name: "floor", area_m2: a.floor, u_W_m2K: uFloor, plane: -1, skyFactor: 0 },
  ];
}

/** The case as a 5R1C zone; altitudeAirFactor scales the sea-level 1200 J/(m³K) of H_ve to site air. */
export function bestestZone(name: CaseName, altitudeAirFactor: number, freeFloat = false): ThermalZone {
  const d = bestestData.case600_description;
  const g = d.geometry;
  const surfaces = opaqueSurfaces(name);
  const opaqueArea_m2 = surfaces.reduce((s, x) => s + x.area_m2, 0);
  const hOp_W_K = surfaces.reduce((s, x) => s + x.u_W_m2K * x.area_m2, 0);
  const layers = d.constructions_layers_outside_to_inside;
  const walls = name === "600" ? layers.wall_LTWALL : bestestData.case900_differences.wall_HWWALL;
  const floor = name === "600" ? layers.floor_LTFLOOR : bestestData.case900_differences.floor_HWFLOOR;
  const wallArea_m2 = g.opaque_areas_m2.south_wall_net + g.opaque_areas_m2.north_wall + 2 * g.opaque_areas_m2.east_wall;
  const capacity_J_K =
    arealCapacity_J_m2K(walls) * wallArea_m2 +
    arealCapacity_J_m2K(layers.roof_LTROOF) * g.opaque_areas_m2.roof +
    arealCapacity_J_m2K(floor) * g.opaque_areas_m2.floor;
  const t = d.thermostat;
  return {
    floorArea_m2: g.floor_area_m2,
    volume_m3: g.volume_m3,
    windowArea_m2: d.window.area_m2,
    opaqueArea_m2,
    internalSurfaceArea_m2: opaqueArea_m2 + d.window.area_m2, // every surface facing the zone
    uWindow_W_m2K: ASSUMPTIONS.uWindow_W_m2K,
    uOpaque_W_m2K: hOp_W_K / opaqueArea_m2, // area-weighted, so U_op·A_op = Σ U·A
    achVent_1_h: 0,
    achInfiltration_1_h: d.infiltration.ach * altitudeAirFactor,
    heatRecoveryEfficiency: 0,
    capacitance_J_m2K: capacity_J_K / g.floor_area_m2,
    setpointHeating_C: t.heating_setpoint_C,
    setpointCooling_C: t.cooling_setpoint_C,
    maxHeating_W: freeFloat ? 0 : Number.POSITIVE_INFINITY,
    maxCooling_W: freeFloat ? 0 : Number.NEGATIVE_INFINITY,
  };
}

/** Hourly Φ_sol [W]: window transmission (ISO 13790 eq. 43–44), opaque absorption (eq. 45) less sky radiation (eq. 46). */
export function bestestSolarGains_W(name: CaseName, weather: EpwWeather): Float64Array {
  const d = bestestData.case600_description;
  const loc = weather.location;
  const poa = solarPoaReference(
    {
      latitude_deg: loc.latitude_deg,
      longitude_deg: loc.longitude_deg,
      timeZone_h: loc.timeZone_h,
      albedo: d.ground_reflectance,
      year: 2025,
    },
    PLANES,
    weather.ghi_W_m2,
    weather.dni_W_m2,
    weather.dhi_W_m2,
  ).poa_W_m2;
  const hours = weather.ghi_W_m2.length;
  const rSe = 1 / ASSUMPTIONS.hExterior_W_m2K;
  const alpha = d.surface_optical.exterior_solar_absorptance;
  const epsOpaque = d.surface_optical.exterior_IR_emissivity;
  const epsGlass = d.window.std140_2020_glazing.IR_emissivity;
  const g = ASSUMPTIONS.nonNormalFactor * ASSUMPTIONS.gNormal;
  const surfaces = opaqueSurfaces(name);
  // Sky radiation is constant per hour: F_r·R_se·U·A·h_r·Δθ_er with h_r = 5ε.
  let sky_W = 0.5 * rSe * ASSUMPTIONS.uWindow_W_m2K * d.window.area_m2 * 5 * epsGlass * ASSUMPTIONS.skyTempDrop_K;
  for (const s of surfaces)
    sky_W += s.skyFactor * rSe * s.u_W_m2K * s.area_m2 * 5 * epsOpaque * ASSUMPTIONS.skyTempDrop_K;
  const out = new Float64Array(hours);
  for (let h = 0; h < hours; h++) {
    let gain_W = windowSolarGain_W(g, 0, 1, d.window.area_m2, poa[0 * hours + h]);
    for (const s of surfaces)
      if (s.plane >= 0) gain_W += alpha * rSe * s.u_W_m2K * s.area_m2 * poa[s.plane * hours + h];
    out[h] = gain_W - sky_W;
  }
  return out;
}

export interface CaseResult {
  name: string;
  annualHeating_MWh: number;
  annualCooling_MWh: number;
  peakHeating_kW: number;
  peakHeatingHour: number;
  peakCooling_kW: number;
  peakCoolingHour: number;
  maxAir_C: number;
  maxAirHour: number;
  minAir_C: number;
  minAirHour: number;
  meanAir_C: number;
}

export interface BestestRun {
  weather: EpwWeather;
  altitudeAirFactor: number;
  zones: Record<string, ThermalZone>;
  results: Record<string, CaseResult>;
}

/** Runs 600, 900, 600FF and 900FF together in the WASM city kernel: one warm-up year, then the reported year. */
export async function runBestest(): Promise<BestestRun> {
  const weather = parseEpw(readFileSync(new URL(DENVER_EPW, root), "utf8"), "Denver TMY3");
  const hours = weather.tAir_C.length;
  // ρ·c_p of air scales with pressure: site air at the mean station pressure vs 101,325 Pa at sea level.
  const meanPressure_Pa = weather.pressure_Pa.reduce((a, b) => a + b, 0) / hours;
  const altitudeAirFactor = meanPressure_Pa / 101_325;
  const names = ["600", "900", "600FF", "900FF"] as const;
  const zones = names.map((n) => bestestZone(n.slice(0, 3) as CaseName, altitudeAirFactor, n.endsWith("FF")));
  const solar = names.map((n) => bestestSolarGains_W(n.slice(0, 3) as CaseName, weather));
  const internal_W = bestestData.case600_description.internal_gains.W;
  const core = await loadThermalCore();
  core.setupCity(zones, 20);
  const heating = names.map(() => new Float64Array(hours));
  const cooling = names.map(() => new Float64Array(hours));
  const air = names.map(() => new Float64Array(hours));
  for (let year = 0; year < 2; year++) {
    for (let h = 0; h < hours; h++) {
      for (let i = 0; i < names.length; i++) {
        core.internalGains_W[i] = internal_W;
        core.solarGains_W[i] = solar[i][h];
      }
      core.step(weather.tAir_C[h]);
      for (let i = 0; i < names.length; i++) {
        heating[i][h] = core.heating_W[i];
        cooling[i][h] = core.cooling_W[i];
        air[i][h] = core.tAir_C[i];
      }
    }
  }
  const results: Record<string, CaseResult> = {};
  names.forEach((name, i) => {
    const argmax = (a: Float64Array) => a.reduce((best, v, k) => (v > a[best] ? k : best), 0);
    const argmin = (a: Float64Array) => a.reduce((best, v, k) => (v < a[best] ? k : best), 0);
    const ph = argmax(heating[i]);
    const pc = argmin(cooling[i]);
    const hi = argmax(air[i]);
    const lo = argmin(air[i]);
    results[name] = {
      name,
      annualHeating_MWh: heating[i].reduce((a, b) => a + b, 0) / 1e6,
      annualCooling_MWh: -cooling[i].reduce((a, b) => a + b, 0) / 1e6,
      peakHeating_kW: heating[i][ph] / 1000,
      peakHeatingHour: ph,
      peakCooling_kW: -cooling[i][pc] / 1000,
      peakCoolingHour: pc,
      maxAir_C: air[i][hi],
      maxAirHour: hi,
      minAir_C: air[i][lo],
      minAirHour: lo,
      meanAir_C: air[i].reduce((a, b) => a + b, 0) / hours,
    };
  });
  return { weather, altitudeAirFactor, zones: Object.fromEntries(names.map((n, i) => [n, zones[i]])), results };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** "Jan 22 hr14" in the Std 140 workbook's style (hour ending). */
export function hourLabel(weather: EpwWeather, h: number): string {
  return `${MONTHS[weather.month[h] - 1]} ${weather.day[h]} hr${weather.hour[h]}`;
}
