import { describe, expect, it } from "vitest";
import { buildCityGeometry } from "../../client/src/scene/cityGeometry.ts";
import { joinTiles } from "../../client/src/scene/joinTiles.ts";

const building = (id: string, x: number, floors: number, ring: [number, number][]) => ({
  id,
  district: "d",
  use: "house",
  year: 2000,
  floors,
  footprint_m: ring.map(([a, b]) => [a + x, b] as [number, number]),
});
const square: [number, number][] = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
];
const triangle: [number, number][] = [
  [0, 0],
  [8, 0],
  [0, 6],
];

describe("tiles joined into one buffer", () => {
  const a = buildCityGeometry([building("a", 0, 2, square)], 3, [7]);
  const b = buildCityGeometry([building("b", 100, 1, triangle), building("c", 200, 4, square)], 3, [3, 9]);
  const joined = joinTiles([a, b]);

  it("keeps every tile's triangles, each at its own range of vertices and indices", () => {
    const parts = [a, b];
    joined.ranges.forEach((r, t) => {
      const p = parts[t];
      expect(r.vertexCount).toBe(p.buildingIndex.length);
      expect(r.indexCount).toBe(p.indices.length);
      for (let i = 0; i < r.indexCount; i++) {
        const v = joined.indices[r.indexStart + i];
        expect(v).toBeGreaterThanOrEqual(r.vertexStart);
        expect(v).toBeLessThan(r.vertexStart + r.vertexCount);
        const w = p.indices[i];
        for (let c = 0; c < 3; c++) {
          expect(joined.positions[3 * v + c]).toBe(p.positions[3 * w + c]);
          expect(joined.normals[3 * v + c]).toBe(p.normals[3 * w + c]);
        }
        expect(joined.buildingIndex[v]).toBe(p.buildingIndex[w]);
      }
    });
    expect(joined.ranges[1].vertexStart).toBe(joined.ranges[0].vertexCount);
    expect(joined.ranges[1].indexStart).toBe(joined.ranges[0].indexCount);
    expect(joined.indices.length).toBe(a.indices.length + b.indices.length);
  });

  it("bounds each tile by its own buildings: footprints and heights (floors × storey height)", () => {
    expect(joined.ranges[0].min).toEqual([0, 0, 0]);
    expect(joined.ranges[0].max).toEqual([10, 6, 10]);
    expect(joined.ranges[1].min).toEqual([100, 0, 0]);
    expect(joined.ranges[1].max).toEqual([210, 12, 10]);
  });
});
