import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type CompactMunicipality,
  datasetToGeoJson,
  expandMunicipality,
  importBuildings,
} from "../../sim-core/host/import/index.ts";

const file = JSON.parse(
  readFileSync(new URL("../../assets/alesund/municipality.json", import.meta.url), "utf8"),
) as CompactMunicipality;
const alesund = expandMunicipality(file);

describe("import into a municipality's districts", () => {
  // Every 500th generated building, exported to GeoJSON as if it were a real file; half lose their start_date.
  const sample = alesund.buildings.filter((_, i) => i % 500 === 0);
  const geojson = datasetToGeoJson({ ...alesund, buildings: sample }) as {
    features: { properties: Record<string, string> }[];
  };
  geojson.features.forEach((f, i) => {
    if (i % 2) delete f.properties["start_date"];
  });
  const result = importBuildings(JSON.stringify(geojson), { origin: alesund.origin, districts: alesund.districts });

  it("round-trips every building into its own district with its floors and use", () => {
    expect(result.summary.imported).toBe(sample.length);
    result.dataset.buildings.forEach((b, i) => {
      expect([b.id, b.district, b.floors, b.use]).toEqual([
        sample[i].id,
        sample[i].district,
        sample[i].floors,
        sample[i].use,
      ]);
    });
  });

  it("a missing year becomes the district's typical year, with a warning", () => {
    result.dataset.buildings.forEach((b, i) => {
      const typical = alesund.districts.find((d) => d.name === b.district)!.typicalYear;
      expect(b.year).toBe(i % 2 ? typical : sample[i].year);
    });
    expect(result.summary.warningsByKind["missing-year"]).toBe(Math.floor(sample.length / 2));
  });

  it("refuses a file that is neither GeoJSON nor CityJSON", () => {
    expect(() => importBuildings('{"type":"Topology"}')).toThrow(/GeoJSON FeatureCollection or CityJSON/);
  });
});
