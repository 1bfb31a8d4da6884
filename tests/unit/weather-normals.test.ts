import { describe, expect, it } from "vitest";
import { hourlyTemperatureFromNormals } from "../../sim-core/index.ts";

describe("weather generator from monthly normals", () => {
  it("reproduces constant normals exactly when there is no diurnal cycle", () => {
    const t = hourlyTemperatureFromNormals(new Array(12).fill(7.5), new Array(12).fill(0));
    expect(t.length).toBe(8760);
    expect(t.every((v) => v === 7.5)).toBe(true);
  });

  it("has its daily minimum at 03:00, maximum at 15:00, and a daily mean equal to the interpolated mean", () => {
    const t = hourlyTemperatureFromNormals(new Array(12).fill(5), new Array(12).fill(4));
    const day = Array.from(t.subarray(24 * 100, 24 * 101));
    expect(day.indexOf(Math.min(...day))).toBe(3);
    expect(day.indexOf(Math.max(...day))).toBe(15);
    expect(day[3]).toBeCloseTo(1, 12);
    expect(day[15]).toBeCloseTo(9, 12);
    expect(day.reduce((a, b) => a + b, 0) / 24).toBeCloseTo(5, 12);
  });

  it("passes through each monthly mean at mid-month and wraps December to January", () => {
    const normals = [-4, -3, 0, 5, 10, 14, 17, 16, 11, 6, 1, -2];
    const t = hourlyTemperatureFromNormals(normals, new Array(12).fill(0));
    // mid-July is day 181 + 15.5 = 196.5 → the hour centred there is 196.5·24 − 0.5
    expect(t[Math.round(196.5 * 24 - 0.5)]).toBeCloseTo(17, 1);
    // 1 Jan 00:00 lies between mid-Dec (−2) and mid-Jan (−4): day 0.02 of 31 days span → about −3.0
    expect(t[0]).toBeGreaterThan(-4);
    expect(t[0]).toBeLessThan(-2);
  });

  it("rejects a wrong number of months", () => {
    expect(() => hourlyTemperatureFromNormals([1, 2, 3])).toThrow(/12 monthly means/);
  });
});
