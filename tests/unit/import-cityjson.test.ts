import { describe, expect, it } from "vitest";
import { polygonArea_m2 } from "../../sim-core/host/polygon.ts";
import { importCityJson } from "../../sim-core/host/import/index.ts";
import { readFixture, shoelace_m2 } from "./import-support.ts";

interface CjObject {
  type: string;
  attributes?: Record<string, number>;
  geometry?: {
    type: string;
    lod: string;
    boundaries: number[][][];
    semantics?: { surfaces: { type: string }[]; values: number[] };
  }[];
}
interface CityJson {
  transform: { scale: number[]; translate: number[] };
  vertices: number[][];
  CityObjects: Record<string, CjObject>;
}

const xyz = (doc: CityJson, i: number) =>
  doc.vertices[i].map((v, k) => v * doc.transform.scale[k] + doc.transform.translate[k]);

describe("CityJSON 1.1 import: 3D BAG Delft tile 5907 (EPSG:7415)", () => {
  const text = readFixture("delft_3dbag_5907_subset.city.json");
  const doc = JSON.parse(text) as CityJson;
  const result = importCityJson(text);
  const byId = new Map(result.dataset.buildings.map((b) => [b.id, b]));
  const sources = Object.entries(doc.CityObjects).filter(([, o]) => o.type === "Building");

  it("imports all 443 Buildings (their 444 BuildingParts folded in) and lands in Delft", () => {
    expect(sources.length).toBe(443);
    expect(result.summary.imported).toBe(443);
    expect(result.summary.skipped).toBe(0);
    expect(result.dataset.origin.lat).toBeGreaterThan(51.99);
    expect(result.dataset.origin.lat).toBeLessThan(52.02);
    expect(result.dataset.origin.lon).toBeGreaterThan(4.33);
    expect(result.dataset.origin.lon).toBeLessThan(4.39);
  });

  it("height = h_dak_max − h_maaiveld, year = oorspronkelijkbouwjaar, area = LoD0 area in RD within 0.05 %", () => {
    for (const [id, o] of sources) {
      const b = byId.get(id)!;
      const a = o.attributes!;
      expect(b.height_m).toBeCloseTo(a.h_dak_max - a.h_maaiveld, 2);
      expect(b.year).toBe(a.oorspronkelijkbouwjaar);
      expect(b.floors).toBe(Math.max(1, Math.round((a.h_dak_max - a.h_maaiveld) / 3)));
      const lod0 = o.geometry!.find((g) => g.lod === "0")!;
      const rd_m2 = shoelace_m2(lod0.boundaries[0][0].map((i) => xyz(doc, i)));
      // RD's stereographic scale near Delft is ~0.99994, so true areas are ~0.012 % larger than RD areas.
      expect(Math.abs(polygonArea_m2(b.footprint_m) - rd_m2) / rd_m2).toBeLessThan(5e-4);
    }
  });

  it("states that the file carries no use type (3D BAG has none) and falls back to the default", () => {
    expect(result.summary.warningsByKind["unknown-use"]).toBe(443);
    expect(result.dataset.buildings.every((b) => b.use === "house")).toBe(true);
  });
});

describe("CityJSON 2.0 import: Rotterdam Delfshaven LoD2 (RD New not declared)", () => {
  const text = readFixture("rotterdam_delfshaven_subset_lod2.city.json");
  const doc = JSON.parse(text) as CityJson;
  const sources = Object.entries(doc.CityObjects);

  const groundArea_m2 = (o: CjObject) => {
    const g = o.geometry![0];
    return g.boundaries
      .filter((_, i) => g.semantics!.surfaces[g.semantics!.values[i]].type === "GroundSurface")
      .reduce((s, surface) => s + shoelace_m2(surface[0].map((i) => xyz(doc, i))), 0);
  };
  const zRange_m = (o: CjObject) => {
    const zs = o.geometry![0].boundaries.flat(2).map((i) => xyz(doc, i)[2]);
    return Math.max(...zs) - Math.min(...zs);
  };

  it("without a CRS: imports all 16 as planar metres with one clear file-level warning", () => {
    const result = importCityJson(text);
    expect(result.summary.imported).toBe(16);
    const crsWarnings = result.warnings.filter((w) => w.kind === "missing-crs");
    expect(crsWarnings.length).toBe(1);
    expect(crsWarnings[0].index).toBe(-1);
    expect(crsWarnings[0].message).toMatch(/EPSG:28992/);
    for (const [id, o] of sources) {
      const b = result.dataset.buildings.find((x) => x.id === id)!;
      expect(polygonArea_m2(b.footprint_m)).toBeCloseTo(groundArea_m2(o), 1);
      expect(b.height_m).toBeCloseTo(zRange_m(o), 2);
    }
  });

  it("with crs EPSG:28992 stated: georeferenced in Delfshaven, areas within 0.05 % of RD areas", () => {
    const result = importCityJson(text, { crs: "EPSG:28992" });
    expect(result.warnings.some((w) => w.kind === "missing-crs")).toBe(false);
    expect(result.dataset.origin.lat).toBeGreaterThan(51.9);
    expect(result.dataset.origin.lat).toBeLessThan(51.92);
    expect(result.dataset.origin.lon).toBeGreaterThan(4.43);
    expect(result.dataset.origin.lon).toBeLessThan(4.47);
    for (const [id, o] of sources) {
      const b = result.dataset.buildings.find((x) => x.id === id)!;
      const rd_m2 = groundArea_m2(o);
      expect(Math.abs(polygonArea_m2(b.footprint_m) - rd_m2) / rd_m2).toBeLessThan(5e-4);
    }
  });
});
