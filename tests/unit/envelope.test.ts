import { describe, expect, it } from "vitest";
import { buildingHeatLossCoeff_W_K, polygonArea_m2, polygonPerimeter_m } from "../../sim-core/index.ts";

describe("envelope heat-loss coefficient", () => {
  it("matches a hand calculation for a 10 m × 10 m, two-storey box", () => {
    // facade = 40 m · 6 m = 240 m²; windows 20 % = 48 m²; opaque wall 192 m²
    // transmission = 0.2·192 + 1.0·48 + 0.15·100 + 0.5·0.2·100 = 38.4 + 48 + 15 + 10 = 111.4 W/K
    // ventilation: V = 600 m³, n_eff = 0.2 + 0.5·(1 − 0.8) = 0.3 h⁻¹ → 1200·600·0.3/3600 = 60 W/K
    const H = buildingHeatLossCoeff_W_K(
      { footprint_m2: 100, perimeter_m: 40, floors: 2, storeyHeight_m: 3 },
      {
        uWall_W_m2K: 0.2,
        uRoof_W_m2K: 0.15,
        uFloor_W_m2K: 0.2,
        uWindow_W_m2K: 1.0,
        windowShare: 0.2,
        achInfiltration_1_h: 0.2,
        achVentilation_1_h: 0.5,
        heatRecoveryEfficiency: 0.8,
      },
    );
    expect(H).toBeCloseTo(171.4, 10);
  });

  it("rejects impossible geometry", () => {
    const env = {
      uWall_W_m2K: 0.2,
      uRoof_W_m2K: 0.2,
      uFloor_W_m2K: 0.2,
      uWindow_W_m2K: 1,
      windowShare: 0.2,
      achInfiltration_1_h: 0.1,
      achVentilation_1_h: 0,
      heatRecoveryEfficiency: 0,
    };
    expect(() =>
      buildingHeatLossCoeff_W_K({ footprint_m2: -5, perimeter_m: 10, floors: 1, storeyHeight_m: 3 }, env),
    ).toThrow(/footprint -5/);
    expect(() =>
      buildingHeatLossCoeff_W_K({ footprint_m2: 5, perimeter_m: 10, floors: 0, storeyHeight_m: 3 }, env),
    ).toThrow(/floors/);
  });

  it("measures polygons by the shoelace formula", () => {
    const lShape: [number, number][] = [
      [0, 0],
      [4, 0],
      [4, 1],
      [1, 1],
      [1, 3],
      [0, 3],
    ];
    expect(polygonArea_m2(lShape)).toBe(6); // 4·1 + 1·2
    expect(polygonPerimeter_m(lShape)).toBe(14);
    expect(polygonArea_m2([...lShape].reverse())).toBe(6);
  });
});
