import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { polygonArea_m2 } from "../../sim-core/host/polygon.ts";
import {
  datasetToGeoJson,
  ImportError,
  importCityJson,
  importGeoJson,
  MATRIKKEL_TO_OSM,
  parseMatrikkelCsv,
} from "../../sim-core/host/import/index.ts";
import { readFixture } from "./import-support.ts";

const square = (x: number, y: number, s: number) => [
  [x, y],
  [x + s * 1e-4, y],
  [x + s * 1e-4, y + s * 1e-4],
  [x, y + s * 1e-4],
  [x, y],
];
const feature = (id: string, coordinates: unknown, properties: Record<string, unknown> = {}, type = "Polygon") => ({
  type: "Feature",
  id,
  properties,
  geometry: { type, coordinates },
});
const collection = (...features: unknown[]) => ({ type: "FeatureCollection", features });

describe("import robustness: per-feature warnings, fallbacks and the summary", () => {
  const result = importGeoJson(
    collection(
      feature("ok", [square(10.5, 59.9, 1)], { building: "apartments", "building:levels": "5", start_date: "1988" }),
      feature(
        "bowtie",
        [
          [
            [10.5, 59.9],
            [10.5002, 59.9002],
            [10.5002, 59.9],
            [10.5, 59.9002],
            [10.5, 59.9],
          ],
        ],
        { building: "office" },
      ),
      feature("two-points", [
        [
          [10.5, 59.9],
          [10.5001, 59.9],
          [10.5, 59.9],
        ],
      ]),
      feature("collinear", [
        [
          [10.5, 59.9],
          [10.5001, 59.9],
          [10.5002, 59.9],
          [10.5, 59.9],
        ],
      ]),
      feature("shed", [square(10.51, 59.9, 1)], { building: "shed" }),
      feature("odd-type", [square(10.52, 59.9, 1)], { building: "spaceport" }),
      feature("a-point", [10.5, 59.9], {}, "Point"),
      { type: "Feature", id: "no-geometry", properties: {}, geometry: null },
    ),
    { typicalYear: 1962, defaultUse: "office" },
  );

  it("summary counts every feature once: imported + skipped = features", () => {
    expect(result.summary.imported).toBe(3);
    expect(result.summary.skipped).toBe(5);
    expect(result.summary.warningsByKind["self-intersection"]).toBe(1);
    expect(result.summary.warningsByKind["too-few-points"]).toBe(1);
    expect(result.summary.warningsByKind["zero-area"]).toBe(1);
    expect(result.summary.warningsByKind["unheated-skipped"]).toBe(1);
    expect(result.summary.warningsByKind["unknown-use"]).toBe(1);
    expect(result.summary.warningsByKind["unsupported-geometry"]).toBe(1);
  });

  it("fallbacks: convex hull for a bow-tie, default use, typical levels, the district's year", () => {
    const byId = new Map(result.dataset.buildings.map((b) => [b.id, b]));
    const ok = byId.get("ok")!;
    expect([ok.floors, ok.year, ok.use, ok.warnings]).toEqual([5, 1988, "apartment", undefined]);
    const bowtie = byId.get("bowtie")!;
    expect(bowtie.footprint_m.length).toBe(4); // hull of the four corners
    expect(bowtie.floors).toBe(4); // typical office storeys
    expect(bowtie.year).toBe(1962);
    expect(byId.get("odd-type")?.use).toBe("office");
    for (const w of result.warnings) expect(w.message.length).toBeGreaterThan(10);
  });

  it("a fatal error rejects the whole file and names the feature", () => {
    expect(() => importGeoJson("{ not json")).toThrow(ImportError);
    expect(() => importGeoJson({ type: "Topology" })).toThrow(/FeatureCollection or Feature/);
    const nan = collection(
      feature("ok", [square(10.5, 59.9, 1)]),
      feature("broken", [
        [
          [10.5, "x"],
          [1, 2],
          [3, 4],
        ],
      ]),
    );
    expect(() => importGeoJson(nan)).toThrow(/feature 1 \(broken\).*position 0/);
    // UTM coordinates in a file that (by RFC 7946) is WGS84: out of range, so the CRS must be wrong.
    const utm = collection(
      feature("utm", [
        [
          [500000, 6651411],
          [500100, 6651411],
          [500100, 6651461],
        ],
      ]),
    );
    expect(() => importGeoJson(utm)).toThrow(/feature 0 \(utm\).*is the CRS right/);
    const cj = { type: "CityJSON", version: "2.0", transform: { scale: [1, 1, 1], translate: [0, 0, 0] } };
    const badIndex = {
      ...cj,
      vertices: [[0, 0, 0]],
      CityObjects: {
        b1: { type: "Building", geometry: [{ type: "MultiSurface", lod: "0", boundaries: [[[0, 7, 9]]] }] },
      },
    };
    expect(() => importCityJson(badIndex)).toThrow(/CityObject 0 \(b1\): vertex index 7 does not exist/);
    expect(() => importCityJson({ ...cj, version: "0.9", vertices: [], CityObjects: {} })).toThrow(/version/);
  });
});

describe("import round trip", () => {
  it("GeoJSON → dataset → GeoJSON → dataset keeps footprints (mm), holes, levels, years, uses", () => {
    const first = importGeoJson(readFixture("utm33_fixture.geojson")).dataset;
    const again = importGeoJson(datasetToGeoJson(first), { origin: first.origin }).dataset;
    expect(again.buildings.length).toBe(first.buildings.length);
    first.buildings.forEach((b, i) => {
      const c = again.buildings[i];
      expect([c.id, c.use, c.floors, c.year, c.height_m]).toEqual([b.id, b.use, b.floors, b.year, b.height_m]);
      expect(c.footprint_m.length).toBe(b.footprint_m.length);
      c.footprint_m.forEach((p, k) => {
        expect(Math.abs(p[0] - b.footprint_m[k][0])).toBeLessThan(0.02); // 1e-7° rounding ≈ 1 cm
        expect(Math.abs(p[1] - b.footprint_m[k][1])).toBeLessThan(0.02);
      });
      expect(c.footprintArea_m2 ?? polygonArea_m2(c.footprint_m)).toBeCloseTo(
        b.footprintArea_m2 ?? polygonArea_m2(b.footprint_m),
        0,
      );
    });
  });
});

describe("Matrikkel → OSM table", () => {
  it("the embedded table equals the CSV in assets/import (129 codes)", () => {
    const csv = readFileSync(
      new URL("../../assets/import/matrikkel_building_types_to_osm.csv", import.meta.url),
      "utf8",
    );
    const parsed = parseMatrikkelCsv(csv);
    expect(Object.keys(parsed).length).toBe(129);
    expect(MATRIKKEL_TO_OSM).toEqual(parsed);
    expect(parsed[111]).toBe("house");
    expect(parsed[612]).toBe("kindergarten");
  });
});
