// GeoJSON (RFC 7946) building import: Polygon/MultiPolygon footprints with OSM-style tags or Matrikkel codes.
import { assembleDataset } from "./assemble.ts";
import { firstTag, tagNumber, tagYear } from "./tags.ts";
import {
  type ImportOptions,
  type ImportResult,
  type ImportWarning,
  ImportError,
  type SourceBuilding,
} from "./types.ts";

const LEVEL_KEYS = ["building:levels", "levels", "etasjer", "antallEtasjer"];
const HEIGHT_KEYS = ["height", "building:height", "hoyde", "høyde"];
const YEAR_KEYS = ["start_date", "construction_year", "year_of_construction", "building:year", "byggeaar", "byggeår"];
const MATRIKKEL_KEYS = [
  "bygningstype",
  "bygningstypekode",
  "bygningstypeKode",
  "matrikkel:bygningstype",
  "ref:bygningstype",
];

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parseJson(source: string | unknown, label: string): unknown {
  if (typeof source !== "string") return source;
  try {
    return JSON.parse(source.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new ImportError(`${label}: not valid JSON (${(err as Error).message})`);
  }
}

function readRing(v: unknown, where: string): [number, number][] {
  if (!Array.isArray(v)) throw new ImportError(`${where}: a ring must be an array of positions`);
  return v.map((p, i) => {
    if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== "number" || typeof p[1] !== "number") {
      throw new ImportError(`${where} position ${i}: expected [x, y, (z)] numbers, got ${JSON.stringify(p)}`);
    }
    return [p[0], p[1]];
  });
}

function readPolygon(v: unknown, where: string): [number, number][][] {
  if (!Array.isArray(v) || v.length === 0) throw new ImportError(`${where}: a Polygon needs at least one ring`);
  return v.map((ring, r) => readRing(ring, `${where} ring ${r}`));
}

/** The CRS named by a (pre-RFC 7946) "crs" member; RFC 7946 itself is always WGS84. */
function declaredCrs(doc: Json): string | undefined {
  const crs = doc["crs"];
  if (isObject(crs) && isObject(crs["properties"]) && typeof crs["properties"]["name"] === "string") {
    return crs["properties"]["name"];
  }
  return undefined;
}

export function importGeoJson(source: string | unknown, options: ImportOptions = {}): ImportResult {
  const label = "GeoJSON";
  const doc = parseJson(source, label);
  if (!isObject(doc)) throw new ImportError(`${label}: the top level must be an object`);
  let features: unknown[];
  if (doc["type"] === "FeatureCollection") {
    if (!Array.isArray(doc["features"])) throw new ImportError(`${label}: "features" must be an array`);
    features = doc["features"];
  } else if (doc["type"] === "Feature") features = [doc];
  else throw new ImportError(`${label}: type must be FeatureCollection or Feature, got ${JSON.stringify(doc["type"])}`);

  const warnings: ImportWarning[] = [];
  const buildings: SourceBuilding[] = [];
  features.forEach((f, index) => {
    if (!isObject(f) || f["type"] !== "Feature") throw new ImportError(`feature ${index}: not a GeoJSON Feature`);
    const props = isObject(f["properties"]) ? f["properties"] : {};
    const rawId = f["id"] ?? props["@id"] ?? props["id"];
    const featureId = rawId === undefined ? `feature-${index}` : String(rawId);
    const where = `feature ${index} (${featureId})`;
    const geom = f["geometry"];
    let polygons: [number, number][][][];
    if (!isObject(geom)) {
      warnings.push({ kind: "invalid-geometry", index, featureId, message: "no geometry; skipped" });
      return;
    }
    if (geom["type"] === "Polygon") polygons = [readPolygon(geom["coordinates"], where)];
    else if (geom["type"] === "MultiPolygon") {
      if (!Array.isArray(geom["coordinates"]))
        throw new ImportError(`${where}: MultiPolygon coordinates must be an array`);
      polygons = geom["coordinates"].map((p, i) => readPolygon(p, `${where} polygon ${i}`));
    } else {
      warnings.push({
        kind: "unsupported-geometry",
        index,
        featureId,
        message: `geometry ${String(geom["type"])} is not a footprint; skipped`,
      });
      return;
    }
    const code = firstTag(props, MATRIKKEL_KEYS, tagNumber);
    const building: SourceBuilding = {
      index,
      featureId,
      polygons,
      levels: firstTag(props, LEVEL_KEYS, tagNumber),
      height_m: firstTag(props, HEIGHT_KEYS, tagNumber),
      year: firstTag(props, YEAR_KEYS, tagYear),
    };
    if (code !== undefined) building.matrikkelCode = code;
    if (typeof props["building"] === "string") building.osmBuilding = props["building"];
    buildings.push(building);
  });
  const stated = declaredCrs(doc);
  return assembleDataset(
    { buildings, crs: stated ?? options.crs ?? "EPSG:4326", warnings, skipped: warnings.length, sourceLabel: label },
    options,
  );
}
