// One entry for any supported building file: detects CityJSON or GeoJSON from its content.
import { importCityJson } from "./cityjson.ts";
import { importGeoJson } from "./geojson.ts";
import { type ImportOptions, type ImportResult, ImportError } from "./types.ts";

export function importBuildings(source: string | unknown, options: ImportOptions = {}): ImportResult {
  let doc: unknown = source;
  if (typeof source === "string") {
    try {
      doc = JSON.parse(source.replace(/^\uFEFF/, ""));
    } catch (err) {
      throw new ImportError(`not valid JSON (${(err as Error).message}); expected GeoJSON or CityJSON`);
    }
  }
  const type = typeof doc === "object" && doc !== null ? (doc as { type?: unknown }).type : undefined;
  if (type === "CityJSON") return importCityJson(doc, options);
  if (type === "FeatureCollection" || type === "Feature") return importGeoJson(doc, options);
  throw new ImportError(`unknown file type ${JSON.stringify(type)}; expected a GeoJSON FeatureCollection or CityJSON`);
}
