import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectedCalendar, hourlyGhiFromNormals, SimInputError, solarReference } from "../../sim-core/index.ts";

const stations = JSON.parse(readFileSync("assets/weather/irradiation-normals.json", "utf8")).stations as Record<
  string,
  { latitude: number; longitude: number; timeZone_h: number; monthlyGhi_kWh_m2: number[] }
>;

describe("hourly GHI from monthly irradiation normals (deterministic generator)", () => {
  for (const [name, s] of Object.entries(stations)) {
    it(`${name}: every month sums to its normal, dark hours are 0, two runs are identical`, () => {
      const site = { latitude_deg: s.latitude, longitude_deg: s.longitude, timeZone_h: s.timeZone_h };
      const ghi = hourlyGhiFromNormals(s.monthlyGhi_kWh_m2, site);
      const { month } = expectedCalendar();
      const monthly = new Array(12).fill(0);
      for (let i = 0; i < 8760; i++) monthly[month[i] - 1] += ghi[i] / 1000;
      for (let m = 0; m < 12; m++) expect(monthly[m]).toBeCloseTo(s.monthlyGhi_kWh_m2[m], 9);
      const jd0 = solarReference.julianDay0h(2025, 1, 1);
      for (let i = 0; i < 8760; i++) {
        const sun = solarReference.sunPosition(jd0 + (i + 0.5 - s.timeZone_h) / 24, s.latitude, s.longitude);
        if (sun.zenith_deg >= 90) expect(ghi[i]).toBe(0);
        expect(ghi[i]).toBeGreaterThanOrEqual(0);
      }
      expect(hourlyGhiFromNormals(s.monthlyGhi_kWh_m2, site)).toEqual(ghi);
    });
  }

  it("mixes clear and overcast days instead of 30 identical ones", () => {
    const s = stations["oslo-blindern"];
    const ghi = hourlyGhiFromNormals(s.monthlyGhi_kWh_m2, {
      latitude_deg: s.latitude,
      longitude_deg: s.longitude,
      timeZone_h: 1,
    });
    const june = Array.from({ length: 30 }, (_, d) => {
      let sum = 0;
      for (let h = 0; h < 24; h++) sum += ghi[(151 + d) * 24 + h];
      return sum / 1000;
    });
    // Haurwitz clear days at Oslo in June give about 7.5 kWh/m²; overcast days a tenth of that.
    expect(Math.max(...june) / Math.min(...june)).toBeGreaterThan(4);
  });

  it("rejects a wrong number of months and irradiation in the polar night", () => {
    expect(() => hourlyGhiFromNormals([1, 2, 3], { latitude_deg: 60, longitude_deg: 10, timeZone_h: 1 })).toThrow(
      /12 monthly irradiation normals/,
    );
    const tromso = { latitude_deg: 69.65, longitude_deg: 18.96, timeZone_h: 1 };
    const normals = [1, 8, 40, 90, 130, 140, 130, 80, 40, 12, 2, 1];
    expect(() => hourlyGhiFromNormals(normals, tromso)).toThrow(SimInputError);
    expect(() => hourlyGhiFromNormals(normals, tromso)).toThrow(/month 12: .*polar night/);
  });
});
