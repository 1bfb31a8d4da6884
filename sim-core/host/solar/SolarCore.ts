import { assertFiniteArray, SimInputError } from "../errors.ts";
import { coreImports } from "../exports.ts";
import { DEFAULT_PV } from "./pvDefaults.ts";
import type { Plane, PvParameters, SolarSite } from "./reference/kernel.ts";
import type { SunPosition } from "./reference/sunPosition.ts";
import type { SolarExports } from "./solarExports.ts";

const ERRORS: Record<number, string> = {
  1: "hour count must be between 1 and 1,000,000",
  2: "plane count must be between 1 and 64",
  3: "latitude must be within −90..90°",
  4: "longitude must be within −180..180° (east positive)",
  5: "time zone must be within −12..14 h",
  6: "albedo must be within 0..1",
  7: "year must be within 1800..2200",
  8: "plane tilt must be within 0..180° and azimuth within −360..360°",
  9: "solar buffers are not allocated: call setup first",
  10: "PV parameters out of range (γ −0.02..0, PR 0..1, U0 1..100, U1 0..100)",
};

/** Hourly weather the solar kernel reads; DNI and DHI together, or neither (Erbs fills them). */
export interface SolarWeather {
  ghi_W_m2: ArrayLike<number>;
  dni_W_m2?: ArrayLike<number>;
  dhi_W_m2?: ArrayLike<number>;
  tAir_C: ArrayLike<number>;
  /** Defaults to 1 m/s when absent. */
  windSpeed_m_s?: ArrayLike<number>;
}

/**
 * Typed host over the `solar*` WASM exports: plane-of-array irradiance per hour for a few
 * orientations shared by every building, PV output per kWp and window solar gains. Buffers live in
 * WASM memory and are read through zero-copy Float64Array views (rebuilt on every access, so
 * always on the current memory after growth). The solar buffers come from the shared bump heap and
 * stay valid until some module resets it (heatloss `init` does): call setup after such a reset.
 */
export class SolarCore {
  private decompose = false;

  constructor(private readonly wasm: SolarExports) {}

  /** Instantiates its own copy of the core from the .wasm bytes or a compiled module. */
  static async load(source: BufferSource | WebAssembly.Module): Promise<SolarCore> {
    const module = source instanceof WebAssembly.Module ? source : await WebAssembly.compile(source);
    const instance = await WebAssembly.instantiate(module, coreImports());
    return new SolarCore(instance.exports as unknown as SolarExports);
  }

  /** Allocates buffers for the weather's hours and `planes`, and copies the weather in. */
  setup(weather: SolarWeather, planes: readonly Plane[]): void {
    const n = weather.ghi_W_m2.length;
    if (n === 0) throw new SimInputError("ghi_W_m2 is empty: the weather series needs at least one hour");
    if ((weather.dni_W_m2 === undefined) !== (weather.dhi_W_m2 === undefined))
      throw new SimInputError("give both dni_W_m2 and dhi_W_m2, or neither (then Erbs derives them from GHI)");
    const series: [string, ArrayLike<number> | undefined, number][] = [
      ["ghi_W_m2", weather.ghi_W_m2, 0],
      ["dni_W_m2", weather.dni_W_m2, 0],
      ["dhi_W_m2", weather.dhi_W_m2, 0],
      ["tAir_C", weather.tAir_C, -90],
      ["windSpeed_m_s", weather.windSpeed_m_s, 0],
    ];
    for (const [name, values, min] of series) {
      if (values === undefined) continue;
      if (values.length !== n)
        throw new SimInputError(`${name} has ${values.length} hours, expected ${n} (as ghi_W_m2)`);
      assertFiniteArray(name, values, min);
    }
    if (planes.length === 0) throw new SimInputError("planes is empty: give at least one orientation");
    planes.forEach((p, i) => {
      if (!Number.isFinite(p.tilt_deg) || p.tilt_deg < 0 || p.tilt_deg > 180)
        throw new SimInputError(`planes[${i}].tilt_deg ${p.tilt_deg} is outside 0..180°`);
      if (!Number.isFinite(p.azimuth_deg) || p.azimuth_deg < -360 || p.azimuth_deg > 360)
        throw new SimInputError(
          `planes[${i}].azimuth_deg ${p.azimuth_deg} is outside −360..360° (clockwise from north)`,
        );
    });
    this.check(this.wasm.solarInit(n, planes.length));
    this.ghi_W_m2.set(weather.ghi_W_m2);
    this.decompose = weather.dni_W_m2 === undefined;
    if (weather.dni_W_m2 && weather.dhi_W_m2) {
      this.dni_W_m2.set(weather.dni_W_m2);
      this.dhi_W_m2.set(weather.dhi_W_m2);
    }
    this.tAir_C.set(weather.tAir_C);
    if (weather.windSpeed_m_s) this.windSpeed_m_s.set(weather.windSpeed_m_s);
    else this.windSpeed_m_s.fill(1);
    this.view(this.wasm.solarPlaneTiltPtr(), planes.length).set(planes.map((p) => p.tilt_deg));
    this.view(this.wasm.solarPlaneAzimuthPtr(), planes.length).set(planes.map((p) => p.azimuth_deg));
  }

  /** Sun position and POA of every plane × hour (and Erbs DNI/DHI when the weather lacked them). */
  compute(site: SolarSite): void {
    for (const key of ["latitude_deg", "longitude_deg", "timeZone_h", "albedo", "year"] as const)
      if (!Number.isFinite(site[key])) throw new SimInputError(`site.${key} ${site[key]} is not a finite number`);
    if (!Number.isInteger(site.year)) throw new SimInputError(`site.year ${site.year} is not an integer`);
    this.check(
      this.wasm.solarCompute(
        site.latitude_deg,
        site.longitude_deg,
        site.timeZone_h,
        site.albedo,
        site.year,
        this.decompose ? 1 : 0,
      ),
    );
  }

  /** PV AC output per kWp of every plane × hour (after compute). */
  computePv(pv: PvParameters = DEFAULT_PV): void {
    for (const [key, value] of Object.entries(pv))
      if (!Number.isFinite(value)) throw new SimInputError(`pv.${key} ${value} is not a finite number`);
    this.check(this.wasm.solarComputePv(pv.gamma_1_K, pv.performanceRatio, pv.faimanU0_W_m2K, pv.faimanU1_Ws_m3K));
  }

  /** Sun position at a local standard date/time, computed in WASM. */
  sunAt(
    year: number,
    month: number,
    day: number,
    hourLocal: number,
    latitude_deg: number,
    longitude_deg: number,
    timeZone_h: number,
  ): SunPosition {
    this.wasm.solarSunAt(year, month, day, hourLocal, latitude_deg, longitude_deg, timeZone_h);
    return {
      zenith_deg: this.wasm.solarSunZenith_deg(),
      azimuth_deg: this.wasm.solarSunAzimuth_deg(),
      declination_deg: this.wasm.solarSunDeclination_deg(),
      equationOfTime_min: this.wasm.solarEquationOfTime_min(),
    };
  }

  /** Window solar gain [W] of a window on `plane` at `hour` (ISO 13790 eq. 43-44), from the POA buffer. */
  windowSolarGain_W(
    plane: number,
    hour: number,
    g: number,
    frameFraction: number,
    shadingFactor: number,
    area_m2: number,
  ): number {
    if (!Number.isInteger(plane) || plane < 0 || plane >= this.planeCount)
      throw new SimInputError(`plane ${plane} is outside 0..${this.planeCount - 1}`);
    if (!Number.isInteger(hour) || hour < 0 || hour >= this.hourCount)
      throw new SimInputError(`hour ${hour} is outside 0..${this.hourCount - 1}`);
    return this.wasm.solarWindowGainAt(plane, hour, g, frameFraction, shadingFactor, area_m2);
  }

  get hourCount(): number {
    return this.wasm.solarHourCount();
  }
  get planeCount(): number {
    return this.wasm.solarPlaneCount();
  }
  get ghi_W_m2(): Float64Array {
    return this.view(this.wasm.solarGhiPtr(), this.hourCount);
  }
  /** DNI [W/m²]: the input, or Erbs' estimate after compute when the weather had none. */
  get dni_W_m2(): Float64Array {
    return this.view(this.wasm.solarDniPtr(), this.hourCount);
  }
  get dhi_W_m2(): Float64Array {
    return this.view(this.wasm.solarDhiPtr(), this.hourCount);
  }
  get tAir_C(): Float64Array {
    return this.view(this.wasm.solarTAirPtr(), this.hourCount);
  }
  get windSpeed_m_s(): Float64Array {
    return this.view(this.wasm.solarWindPtr(), this.hourCount);
  }
  /** Apparent sun zenith at mid-hour [deg]. */
  get zenith_deg(): Float64Array {
    return this.view(this.wasm.solarZenithPtr(), this.hourCount);
  }
  /** Sun azimuth at mid-hour [deg clockwise from north]. */
  get azimuth_deg(): Float64Array {
    return this.view(this.wasm.solarAzimuthPtr(), this.hourCount);
  }
  /** All planes' POA, index plane·hours + hour [W/m²]. */
  get poaAll_W_m2(): Float64Array {
    return this.view(this.wasm.solarPoaPtr(), this.hourCount * this.planeCount);
  }
  /** POA of one plane, one value per hour [W/m²] (zero-copy). */
  poa_W_m2(plane: number): Float64Array {
    return this.view(this.wasm.solarPoaPtr() + 8 * plane * this.hourCount, this.hourCount);
  }
  /** PV AC output per kWp of one plane, one value per hour [W per kWp] (zero-copy). */
  pv_W_per_kWp(plane: number): Float64Array {
    return this.view(this.wasm.solarPvPtr() + 8 * plane * this.hourCount, this.hourCount);
  }
  get pvAll_W_per_kWp(): Float64Array {
    return this.view(this.wasm.solarPvPtr(), this.hourCount * this.planeCount);
  }

  private check(code: number): void {
    if (code !== 0) throw new SimInputError(ERRORS[code] ?? `solar kernel failed with code ${code}`);
  }

  private view(ptr: number, length: number): Float64Array {
    return new Float64Array(this.wasm.memory.buffer, ptr, length);
  }
}
