// Shared types of the building import: options, per-feature warnings, the summary and the fatal error.
import type { CityBuilding, CityDataset } from "../city.ts";

/** The kinds of per-feature warning; each names a fallback the importer took. */
export type ImportWarningKind =
  | "invalid-geometry"
  | "self-intersection"
  | "too-few-points"
  | "zero-area"
  | "multi-part-footprint"
  | "missing-height"
  | "missing-levels"
  | "missing-year"
  | "unknown-use"
  | "unheated-skipped"
  | "missing-crs"
  | "unsupported-geometry";

export interface ImportWarning {
  kind: ImportWarningKind;
  /** Feature index in the source file (GeoJSON feature / CityJSON object order). */
  index: number;
  /** Source id (OSM id, 3D BAG identificatie, CityJSON key) where the file has one. */
  featureId: string;
  message: string;
}

export interface ImportSummary {
  imported: number;
  skipped: number;
  warningsByKind: Partial<Record<ImportWarningKind, number>>;
}

export interface ImportResult {
  dataset: CityDataset;
  warnings: ImportWarning[];
  summary: ImportSummary;
}

export interface ImportOptions {
  /** Source CRS when the file does not declare one (e.g. "EPSG:28992"); overrides nothing the file declares. */
  crs?: string;
  /** Local origin; default: the centre of the imported footprints' bounding box. */
  origin?: { lat: number; lon: number };
  /** District name given to imported buildings outside every district of `districts`. */
  district?: string;
  /**
   * The municipality's districts (in local metres around `origin`): each building goes to the district containing
   * its footprint's first vertex, and a missing construction year becomes that district's typical year.
   */
  districts?: { name: string; polygon_m: [number, number][]; typicalYear: number }[];
  /** Construction year used when a building has none: the district's typical period. */
  typicalYear?: number;
  /** Use type for buildings whose type is unknown (building=yes). */
  defaultUse?: string;
  storeyHeight_m?: number;
  municipality?: { code: string; name: string };
  weatherStation?: string;
}

/** A fatal problem in the file: the whole import is rejected, nothing is returned. */
export class ImportError extends Error {
  override name = "ImportError";
}

/** A building as the importer sees it before reprojection: rings in source CRS coordinates. */
export interface SourceBuilding {
  index: number;
  featureId: string;
  /** Polygons: [outer, ...holes], rings as [x, y] in the source CRS, not necessarily closed. */
  polygons: [number, number][][][];
  use?: string;
  levels?: number;
  height_m?: number;
  year?: number;
  matrikkelCode?: number;
  osmBuilding?: string;
}

export type { CityBuilding };
