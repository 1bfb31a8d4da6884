// Public API of the building import (pure TypeScript: runs in Node and in the browser).
export { importGeoJson } from "./geojson.ts";
export { importCityJson } from "./cityjson.ts";
export { DEFAULT_TYPICAL_YEAR } from "./assemble.ts";
export { fromLocal, normaliseCrs, supportedCrs, toLocal, toWgs84 } from "./projection.ts";
export { cleanRing, convexHull, isSelfIntersecting, polygonWithHolesArea_m2, ringProblem } from "./geometry.ts";
export { parseMatrikkelCsv } from "./matrikkelTable.ts";
export { MATRIKKEL_TO_OSM } from "./matrikkelCodes.ts";
export { TYPICAL_LEVELS, USE_TYPES, type UseType, useFromMatrikkelCode, useFromOsmTag } from "./useTypes.ts";
export {
  ImportError,
  type ImportOptions,
  type ImportResult,
  type ImportSummary,
  type ImportWarning,
  type ImportWarningKind,
} from "./types.ts";
export { datasetToGeoJson } from "./exportGeoJson.ts";
export * from "./municipalityStock.ts";
export { importBuildings } from "./importBuildings.ts";
