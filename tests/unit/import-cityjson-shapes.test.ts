import { describe, expect, it } from "vitest";
import { polygonArea_m2 } from "../../sim-core/host/polygon.ts";
import { importCityJson } from "../../sim-core/host/import/index.ts";

// A 10 m × 20 m box, 6 m high, as an LoD1 Solid without semantics (vertices in mm with a transform).
const box = {
  vertices: [
    [0, 0, 0],
    [10000, 0, 0],
    [10000, 20000, 0],
    [0, 20000, 0],
    [0, 0, 6000],
    [10000, 0, 6000],
    [10000, 20000, 6000],
    [0, 20000, 6000],
  ],
  solid: {
    type: "Solid",
    lod: "1.2",
    boundaries: [[[[0, 3, 2, 1]], [[4, 5, 6, 7]], [[0, 1, 5, 4]], [[1, 2, 6, 5]], [[2, 3, 7, 6]], [[3, 0, 4, 7]]]],
  },
};
const doc = (objects: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: "CityJSON",
  version: "2.0",
  transform: { scale: [0.001, 0.001, 0.001], translate: [500000, 6651411, 10] },
  metadata: { referenceSystem: "https://www.opengis.net/def/crs/EPSG/0/25832" },
  vertices: box.vertices,
  CityObjects: objects,
  ...extra,
});

describe("CityJSON geometry paths", () => {
  it("a Building without geometry takes its BuildingPart's lowest flat surface and the z-range", () => {
    const result = importCityJson(
      doc({
        b: { type: "Building", children: ["p"], attributes: { yearOfConstruction: 1999 } },
        p: { type: "BuildingPart", parents: ["b"], geometry: [box.solid] },
      }),
    );
    expect(result.summary.imported).toBe(1);
    const [b] = result.dataset.buildings;
    // 200 m² in UTM 32 on its central meridian: true area 200 / 0.9996².
    expect(polygonArea_m2(b.footprint_m)).toBeCloseTo(200 / 0.9996 ** 2, 2);
    expect(b.height_m).toBe(6);
    expect(b.floors).toBe(2);
    expect(b.year).toBe(1999);
  });

  it("CityJSON 1.0 without transform, LoD0 only: footprint kept, missing height and year warned", () => {
    const lod0 = { type: "MultiSurface", lod: 0, boundaries: [[[0, 1, 2, 3]]] };
    const v10 = box.vertices.map(([x, y, z]) => [500000 + x / 1000, 6651411 + y / 1000, z / 1000]);
    const result = importCityJson({
      type: "CityJSON",
      version: "1.0",
      metadata: { referenceSystem: "urn:ogc:def:crs:EPSG::25832" },
      vertices: v10,
      CityObjects: { b: { type: "Building", geometry: [lod0] } },
    });
    const [b] = result.dataset.buildings;
    expect(polygonArea_m2(b.footprint_m)).toBeCloseTo(200 / 0.9996 ** 2, 2);
    expect(b.height_m).toBeUndefined();
    expect(b.floors).toBe(2); // typical house storeys
    expect(result.summary.warningsByKind).toMatchObject({ "missing-height": 1, "missing-year": 1 });
  });

  it("a Building with no footprint in any LoD is skipped with a warning, others still import", () => {
    const result = importCityJson(
      doc({
        empty: { type: "Building", geometry: [] },
        ok: { type: "Building", geometry: [box.solid] },
        tree: { type: "SolitaryVegetationObject" },
      }),
    );
    expect(result.summary.imported).toBe(1);
    expect(result.summary.skipped).toBe(1);
    expect(result.warnings[0]).toMatchObject({ kind: "invalid-geometry", index: 0, featureId: "empty" });
  });
});
