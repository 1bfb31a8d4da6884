// CityDataset → GeoJSON (RFC 7946, WGS84) with OSM-style tags, so an import can be checked by a round trip and
// a generated or imported stock can be opened in any GIS.
import type { CityDataset } from "../city.ts";
import { fromLocal } from "./projection.ts";

const USE_TO_OSM: Record<string, string> = {
  house: "house",
  rowhouse: "terrace",
  apartment: "apartments",
  office: "office",
  school: "school",
  kindergarten: "kindergarten",
  nursinghome: "hospital",
  retail: "retail",
  hotel: "hotel",
  industry: "industrial",
  sports: "sports_centre",
};

const round7 = (v: number) => Math.round(v * 1e7) / 1e7; // ~1 cm in degrees, the OSM precision

export function datasetToGeoJson(city: CityDataset): { type: "FeatureCollection"; features: unknown[] } {
  const toGeo = fromLocal(city.origin);
  const ring = (r: [number, number][]) => {
    const out = r.map((p) => toGeo(p).map(round7));
    return [...out, out[0]];
  };
  return {
    type: "FeatureCollection",
    features: city.buildings.map((b) => {
      const polygons = b.footprintParts_m ?? [[b.footprint_m]];
      const properties: Record<string, string> = {
        building: b.osmBuilding ?? USE_TO_OSM[b.use] ?? "yes",
        "building:levels": String(b.floors),
        start_date: String(b.year),
      };
      if (b.height_m !== undefined) properties["height"] = String(b.height_m);
      if (b.matrikkelCode !== undefined) properties["bygningstype"] = String(b.matrikkelCode);
      return {
        type: "Feature",
        id: b.id,
        properties,
        geometry:
          polygons.length === 1
            ? { type: "Polygon", coordinates: polygons[0].map(ring) }
            : { type: "MultiPolygon", coordinates: polygons.map((p) => p.map(ring)) },
      };
    }),
  };
}
