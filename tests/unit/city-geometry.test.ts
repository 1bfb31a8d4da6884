import { describe, expect, it } from "vitest";
import { buildCityGeometry } from "../../client/src/scene/cityGeometry.ts";

describe("merged city geometry", () => {
  const box = {
    id: "a",
    district: "d",
    use: "house",
    year: 2000,
    floors: 2,
    footprint_m: [
      [0, 0],
      [10, 0],
      [10, 5],
      [0, 5],
    ] as [number, number][],
  };

  it("extrudes a footprint into 4 wall quads and a 2-triangle roof at floors × storey height", () => {
    const g = buildCityGeometry([box], 3);
    expect(g.vertexCount[0]).toBe(4 * 4 + 4);
    expect(g.indices.length).toBe(4 * 6 + 2 * 3);
    const ys = Array.from(g.positions.filter((_, i) => i % 3 === 1));
    expect(Math.max(...ys)).toBe(6);
    expect(Math.min(...ys)).toBe(0);
  });

  it("points wall normals outwards for either ring orientation", () => {
    for (const ring of [box.footprint_m, [...box.footprint_m].reverse()]) {
      const g = buildCityGeometry([{ ...box, footprint_m: ring }], 3);
      // first wall: its normal must point away from the centre (5, 2.5)
      const mx = (g.positions[0] + g.positions[3]) / 2 - 5;
      const mz = (g.positions[2] + g.positions[5]) / 2 - 2.5;
      expect(mx * g.normals[0] + mz * g.normals[2]).toBeGreaterThan(0);
    }
  });

  it("keeps buildings in one buffer with contiguous vertex ranges", () => {
    const g = buildCityGeometry([box, { ...box, id: "b" }], 3);
    expect(g.vertexStart[1]).toBe(g.vertexCount[0]);
    expect(g.positions.length / 3).toBe(g.vertexCount[0] + g.vertexCount[1]);
  });
});
