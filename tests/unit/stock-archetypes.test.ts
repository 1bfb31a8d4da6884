import { describe, expect, it } from "vitest";
import {
  PERIOD_IDS,
  PERIODS,
  SimInputError,
  USE_TYPES,
  buildingSchedules,
  periodForConstructionYear,
  useProfiles,
  zoneParameters,
} from "../../sim-core/index.ts";

const house = {
  use: "house",
  year: 2020,
  footprint_m2: 100,
  perimeter_m: 40,
  floors: 2,
  storeyHeight_m: 2.5,
  heatedShare: 1,
};

describe("archetype tables", () => {
  it("cover every use type × period with physical values", () => {
    expect(PERIODS.map((p) => p.id)).toEqual([...PERIOD_IDS]);
    for (const use of USE_TYPES)
      for (const period of PERIOD_IDS) {
        const z = zoneParameters({ ...house, use, period });
        for (const [k, v] of Object.entries(z)) expect(Number.isNaN(v), `${use}/${period}/${k}`).toBe(false);
        expect(z.uOpaque_W_m2K).toBeGreaterThan(0);
        expect(z.heatRecoveryEfficiency).toBeGreaterThanOrEqual(0);
        expect(z.heatRecoveryEfficiency).toBeLessThan(1);
      }
  });

  it("maps construction years to the Norwegian periods at their boundaries", () => {
    const id = (y: number) => periodForConstructionYear(y).id;
    expect([1955, 1956, 1970, 1971, 1986, 1987, 1996, 1997, 2006, 2007, 2016, 2017, 2030].map(id)).toEqual([
      "pre1956",
      "1956-70",
      "1956-70",
      "TEK69",
      "TEK69",
      "TEK87",
      "TEK87",
      "TEK97",
      "TEK97",
      "TEK07",
      "TEK07",
      "TEK17",
      "TEK17",
    ]);
  });

  it("envelopes improve monotonically from pre-1956 to passive house", () => {
    for (let i = 1; i < PERIODS.length; i++) {
      expect(PERIODS[i].uWall_W_m2K).toBeLessThanOrEqual(PERIODS[i - 1].uWall_W_m2K);
      expect(PERIODS[i].uWindow_W_m2K).toBeLessThanOrEqual(PERIODS[i - 1].uWindow_W_m2K);
      expect(PERIODS[i].n50_1_h).toBeLessThanOrEqual(PERIODS[i - 1].n50_1_h);
    }
  });
});

describe("stock builder: building record → 5R1C zone", () => {
  it("matches a hand calculation for a TEK17 two-storey house", () => {
    const z = zoneParameters(house);
    // A_f = 100·2 = 200 m²; V = 500 m³; facade = 40·5 = 200 m², window 14 % = 28 m², wall 172 m²
    expect(z.floorArea_m2).toBe(200);
    expect(z.volume_m3).toBe(500);
    expect(z.windowArea_m2).toBeCloseTo(28, 12);
    expect(z.opaqueArea_m2).toBeCloseTo(372, 12);
    // U_op = (0.18·172 + 0.13·100 + 0.5·0.10·100)/372 = 48.96/372
    expect(z.uOpaque_W_m2K).toBeCloseTo(48.96 / 372, 12);
    expect(z.uWindow_W_m2K).toBe(0.8);
    expect(z.internalSurfaceArea_m2).toBe(900); // A_t = 4.5·A_f
    expect(z.achVent_1_h).toBeCloseTo((1.2 * 200) / 500, 12); // 1.2 m³/(h·m²)
    expect(z.achInfiltration_1_h).toBeCloseTo(0.03, 12); // n50 0.6 / 20
    expect(z.heatRecoveryEfficiency).toBe(0.8);
    expect(z.capacitance_J_m2K).toBe(110000);
    expect(z.setpointHeating_C).toBe(21);
    expect(z.maxCooling_W).toBe(0); // no cooling in dwellings
    // H_tr = 0.8·28 + 48.96 = 71.36 W/K; H_ve = 1200·500·0.51/3600 − 1200·500·0.8·0.48/3600 = 85 − 64 = 21 W/K
    // max heating = 1.5 · 92.36 W/K · (21 − (−20)) K = 5680.14 W
    expect(z.maxHeating_W).toBeCloseTo(5680.14, 9);
  });

  it("scales floor area and envelope by the heated share and sizes office cooling", () => {
    const z = zoneParameters({ ...house, use: "office", heatedShare: 0.5 });
    expect(z.floorArea_m2).toBe(100);
    expect(z.windowArea_m2).toBeCloseTo(0.35 * 100, 12);
    expect(z.maxCooling_W).toBe(-40 * 100);
    expect(zoneParameters(house, { heatingOversize: Number.POSITIVE_INFINITY }).maxHeating_W).toBe(Infinity);
  });

  it("rejects unknown use types, unknown periods and impossible geometry with clear messages", () => {
    expect(() => zoneParameters({ ...house, use: "castle" })).toThrow(/unknown use type "castle"/);
    expect(() => zoneParameters({ ...house, period: "TEK42" })).toThrow(/unknown construction period "TEK42"/);
    expect(() => zoneParameters({ ...house, year: 3000 })).toThrow(SimInputError);
    expect(() => zoneParameters({ ...house, footprint_m2: -5 })).toThrow(/footprint_m2 -5 must be a positive/);
    expect(() => zoneParameters({ ...house, perimeter_m: Number.NaN })).toThrow(/perimeter_m/);
    expect(() => zoneParameters({ ...house, floors: 0 })).toThrow(/floors 0/);
    expect(() => zoneParameters({ ...house, heatedShare: 1.2 })).toThrow(/heatedShare/);
  });
});

describe("schedules", () => {
  it("conserve the annual DHW need over a year (29.8 kWh/m² · 200 m²)", () => {
    const s = buildingSchedules(house);
    const sum_Wh = s.dhw_W.reduce((a, b) => a + b, 0);
    expect(sum_Wh).toBeCloseTo(29.8 * 200 * 1000, 6);
    // dwellings: NS 3031 constant gains 1.5 + 1.95 + 3.0 = 6.45 W/m²
    expect(s.internalGains_W[0]).toBeCloseTo(6.45 * 200, 9);
    expect(s.appliances_W[5000]).toBeCloseTo(4.95 * 200, 9);
  });

  it("switch office gains on weekday operating hours only (year starting on a Wednesday)", () => {
    const p = useProfiles("office", 8760, 2);
    expect(p.internalGains_W_m2[10]).toBeCloseTo(4 + 8 + 11, 12); // Wed 10:00, in operation
    expect(p.internalGains_W_m2[3]).toBeCloseTo(0.1 * 19, 12); // Wed 03:00: 10 % of lighting + equipment
    expect(p.internalGains_W_m2[3 * 24 + 10]).toBeCloseTo(0.1 * 19, 12); // Sat 10:00
    expect(p.occupancy[3 * 24 + 10]).toBe(0);
    expect(p.dhw_W_m2[3]).toBe(0);
    // office DHW 5 kWh/m²·yr over 12 h × 5 working days
    expect(p.dhw_W_m2.reduce((a, b) => a + b, 0)).toBeCloseTo(5000, 8);
    expect(() => useProfiles("office", 0)).toThrow(/hours 0/);
    expect(() => useProfiles("office", 24, 7)).toThrow(/startWeekday 7/);
  });
});
