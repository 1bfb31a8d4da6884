/** The raw `solar*` exports of tvilling.wasm (contracts in sim-core/assembly/solar/exports.ts). */
export interface SolarExports {
  memory: WebAssembly.Memory;
  solarInit(hours: number, planes: number): number;
  solarCompute(lat: number, lon: number, tz_h: number, albedo: number, year: number, decompose: number): number;
  solarComputePv(gamma_1_K: number, performanceRatio: number, u0: number, u1: number): number;
  solarHourCount(): number;
  solarPlaneCount(): number;
  solarGhiPtr(): number;
  solarDniPtr(): number;
  solarDhiPtr(): number;
  solarTAirPtr(): number;
  solarWindPtr(): number;
  solarPlaneTiltPtr(): number;
  solarPlaneAzimuthPtr(): number;
  solarZenithPtr(): number;
  solarAzimuthPtr(): number;
  solarPoaPtr(): number;
  solarPvPtr(): number;
  solarSunAt(year: number, month: number, day: number, hourLocal: number, lat: number, lon: number, tz_h: number): void;
  solarSunZenith_deg(): number;
  solarSunAzimuth_deg(): number;
  solarSunDeclination_deg(): number;
  solarEquationOfTime_min(): number;
  solarWindowGain_W(g: number, frameFraction: number, shadingFactor: number, area_m2: number, irr: number): number;
  solarWindowGainAt(
    plane: number,
    hour: number,
    g: number,
    frameFraction: number,
    shadingFactor: number,
    area_m2: number,
  ): number;
}
