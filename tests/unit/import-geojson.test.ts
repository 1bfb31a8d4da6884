import { describe, expect, it } from "vitest";
import { polygonArea_m2 } from "../../sim-core/host/polygon.ts";
import { fromLocal, importGeoJson } from "../../sim-core/host/import/index.ts";
import { lonLatRingArea_m2, meridianArc_m, readFixture } from "./import-support.ts";

interface Feature {
  id: string;
  properties: Record<string, string>;
  geometry: { type: string; coordinates: number[][][] };
}

describe("GeoJSON import: OSM extract of Kirchberg an der Iller (33 ways)", () => {
  const text = readFixture("kirchberg_iller_osm_buildings.geojson");
  const features = (JSON.parse(text) as { features: Feature[] }).features;
  const result = importGeoJson(text, { typicalYear: 1970 });
  const byId = new Map(result.dataset.buildings.map((b) => [b.id, b]));

  it("imports 31, skips the 2 ways clipped to a point and a sliver, and says why", () => {
    expect(features.length).toBe(33);
    expect(result.summary.imported).toBe(31);
    expect(result.summary.skipped).toBe(2);
    expect(result.summary.imported + result.summary.skipped).toBe(features.length);
    expect(result.warnings.find((w) => w.featureId === "way/275490779")?.kind).toBe("too-few-points");
    expect(result.warnings.find((w) => w.featureId === "way/514007867")?.kind).toBe("zero-area");
    expect(result.warnings.find((w) => w.featureId === "way/275490781")?.kind).toBe("self-intersection");
  });

  it("footprint areas agree with an independent ellipsoidal computation within 0.1 %", () => {
    let checked = 0;
    for (const f of features) {
      const b = byId.get(f.id);
      if (!b || b.warnings?.some((w) => w.startsWith("self-intersection"))) continue;
      const expected_m2 = lonLatRingArea_m2(f.geometry.coordinates[0].slice(0, -1));
      expect(Math.abs(polygonArea_m2(b.footprint_m) - expected_m2) / expected_m2).toBeLessThan(1e-3);
      checked++;
    }
    expect(checked).toBe(30);
  });

  it("levels come from building:levels; untagged buildings get the typical storeys and the stated year", () => {
    const tagged = features.filter((f) => f.properties["building:levels"] && byId.has(f.id));
    expect(tagged.length).toBe(9); // 10 tagged ways, one of them skipped
    for (const f of tagged) expect(byId.get(f.id)?.floors).toBe(Number(f.properties["building:levels"]));
    const untagged = result.dataset.buildings.filter((b) => !tagged.some((f) => f.id === b.id));
    for (const b of untagged) expect(b.warnings?.some((w) => w.startsWith("missing-height"))).toBe(true);
    for (const b of result.dataset.buildings) expect(b.year).toBe(1970);
    expect(byId.get("way/275436099")?.use).toBe("house"); // building=yes → default use, with a warning
  });
});

describe("GeoJSON import: UTM 32/33 fixtures (EPSG:25832/25833 declared in the file)", () => {
  const k0 = 0.9996; // UTM scale on the central meridian: local (true) lengths are UTM lengths / k0
  it.each([
    ["utm32_fixture.geojson", 9],
    ["utm33_fixture.geojson", 15],
  ])("%s: areas, holes, multipolygons, Matrikkel codes, position", (file, lon0) => {
    const result = importGeoJson(readFixture(file));
    const byId = new Map(result.dataset.buildings.map((b) => [b.id, b]));
    expect(result.summary).toEqual({
      imported: 3,
      skipped: 1,
      warningsByKind: { "unheated-skipped": 1, "missing-year": 1, "missing-height": 1, "multi-part-footprint": 1 },
    });
    const rect = byId.get("rect-100x50")!;
    expect(polygonArea_m2(rect.footprint_m)).toBeCloseTo(5000 / k0 ** 2, 1);
    expect(rect.use).toBe("apartment"); // Matrikkel 142 → building=apartments
    expect(rect.height_m).toBe(12.5);
    expect(rect.floors).toBe(4); // round(12.5 m / 3 m)
    expect(rect.year).toBe(1962); // start_date 1962-05
    const multi = byId.get("multi-with-hole")!;
    expect(multi.use).toBe("rowhouse");
    expect(multi.footprintArea_m2).toBeCloseTo((5000 - 200 + 100) / k0 ** 2, 1);
    expect(multi.footprintParts_m?.length).toBe(2);
    expect(byId.get("nursing-home")?.use).toBe("nursinghome"); // Matrikkel 721 Sykehjem
    expect(byId.get("nursing-home")?.year).toBe(2004);
    expect(byId.has("garage")).toBe(false); // Matrikkel 181 → building=garage, unheated
    // The rectangle's south-west corner is (500 000, 6 651 411.19): the central meridian at ~60° N.
    const [lon, lat] = fromLocal(result.dataset.origin)(rect.footprint_m[0]);
    expect(lon).toBeCloseTo(lon0, 7);
    expect(0.9996 * meridianArc_m(lat)).toBeCloseTo(6651411.19, 1);
  });
});
