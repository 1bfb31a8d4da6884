import { describe, expect, it } from "vitest";
import { EYE_HEIGHT_M, scalePose, TABLE_HEIGHT_M, TABLE_WIDTH_M } from "../../client/src/xr/xrScale.ts";

const bounds = { minX: -3000, maxX: 3000, minZ: -1000, maxZ: 1400 }; // 6 km × 2.4 km

describe("VR scales", () => {
  it("walk is 1:1 with the eyes at standing height over the city centre", () => {
    const p = scalePose("walk", bounds);
    expect(p.worldPerReal).toBe(1);
    expect(p.head).toEqual({ x: 0, y: EYE_HEIGHT_M, z: 200 });
  });

  it("tabletop shrinks the city's longest side to the table width", () => {
    const p = scalePose("tabletop", bounds);
    // 6000 m of city over 1.2 m of table: 5000 world metres per real metre
    expect(p.worldPerReal).toBe(6000 / TABLE_WIDTH_M);
    expect(6000 / p.worldPerReal).toBeCloseTo(TABLE_WIDTH_M, 12);
    // eyes 0.7 m (real) above the model's ground, half a metre (real) back from its south edge
    expect(p.head.y / p.worldPerReal).toBeCloseTo(EYE_HEIGHT_M - TABLE_HEIGHT_M, 12);
    expect((bounds.minZ - p.head.z) / p.worldPerReal).toBeCloseTo(0.5, 12);
    // the panel keeps the same real size at both scales
    expect(p.panelSize / p.worldPerReal).toBeCloseTo(scalePose("walk", bounds).panelSize, 12);
  });
});
