// Turns source buildings (rings in a source CRS, tags) into a CityDataset: reprojection, geometry checks,
// use-type mapping and fallbacks, each fallback a per-feature warning. Throws ImportError on fatal problems
// before anything is returned, so an import is either complete or rejected.
import type { CityBuilding, CityDataset } from "../city.ts";
import { polygonArea_m2 } from "../polygon.ts";
import { cleanRing, convexHull, pointInRing, polygonWithHolesArea_m2, type Ring, ringProblem } from "./geometry.ts";
import { toLocal, toWgs84 } from "./projection.ts";
import {
  type ImportOptions,
  type ImportResult,
  type ImportSummary,
  type ImportWarning,
  type ImportWarningKind,
  ImportError,
  type SourceBuilding,
} from "./types.ts";
import {
  isUseType,
  TYPICAL_LEVELS,
  type UseLookup,
  type UseType,
  useFromMatrikkelCode,
  useFromOsmTag,
} from "./useTypes.ts";

/** Construction year used when neither the building nor the caller states one (a mid-1970s stock). */
export const DEFAULT_TYPICAL_YEAR = 1975;
const DEFAULT_STOREY_HEIGHT_m = 3;

export interface AssembleInput {
  buildings: SourceBuilding[];
  /** Source CRS, or null when the file declares none and the caller stated none: taken as planar metres. */
  crs: string | null;
  /** Warnings already found while reading the file (e.g. unsupported geometry types). */
  warnings: ImportWarning[];
  /** Features already skipped while reading the file (no or unsupported geometry). */
  skipped: number;
  sourceLabel: string;
}

const round_mm = (v: number) => Math.round(v * 1000) / 1000;

function describe(b: SourceBuilding): string {
  return `feature ${b.index} (${b.featureId})`;
}

export function assembleDataset(input: AssembleInput, options: ImportOptions = {}): ImportResult {
  const warnings = [...input.warnings];
  const warn = (b: SourceBuilding | null, kind: ImportWarningKind, message: string) =>
    warnings.push({ kind, index: b?.index ?? -1, featureId: b?.featureId ?? "(file)", message });
  const storey_m = options.storeyHeight_m ?? DEFAULT_STOREY_HEIGHT_m;
  const typicalYear = options.typicalYear ?? DEFAULT_TYPICAL_YEAR;
  const defaultUse = options.defaultUse ?? "house";
  if (!isUseType(defaultUse)) throw new ImportError(`option defaultUse: "${defaultUse}" is not a use type`);

  // 1. Source CRS → WGS84 (or planar metres when the CRS is unknown), checking every coordinate.
  const toGeo = input.crs ? toWgs84(input.crs) : null;
  const geoPolys = input.buildings.map((b) =>
    b.polygons.map((poly) =>
      poly.map((ring) =>
        ring.map((xy): [number, number] => {
          if (!Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) {
            throw new ImportError(`${describe(b)}: coordinate [${xy}] is not a pair of finite numbers`);
          }
          if (!toGeo) return [xy[0], xy[1]];
          const ll = toGeo(xy);
          if (!(Math.abs(ll[0]) <= 180 && Math.abs(ll[1]) <= 90)) {
            throw new ImportError(
              `${describe(b)}: coordinate [${xy}] is outside ${input.crs} (got lon/lat ${ll}); is the CRS right?`,
            );
          }
          return ll;
        }),
      ),
    ),
  );

  // 2. Origin: stated, or the centre of the bounding box.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const polys of geoPolys)
    for (const poly of polys)
      for (const [x, y] of poly[0] ?? []) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
  const hasPoints = Number.isFinite(minX);
  let origin: { lat: number; lon: number };
  let project: (p: readonly [number, number]) => [number, number];
  if (toGeo) {
    origin = options.origin ?? (hasPoints ? { lat: (minY + maxY) / 2, lon: (minX + maxX) / 2 } : { lat: 0, lon: 0 });
    project = toLocal(origin);
  } else {
    warn(
      null,
      "missing-crs",
      `${input.sourceLabel} declares no CRS and none was stated: coordinates taken as planar metres around their ` +
        "bounding-box centre, not georeferenced; state it (e.g. crs: 'EPSG:28992' for RD New) to place the buildings",
    );
    origin = options.origin ?? { lat: 0, lon: 0 };
    const cx = hasPoints ? (minX + maxX) / 2 : 0;
    const cy = hasPoints ? (minY + maxY) / 2 : 0;
    project = (p) => [p[0] - cx, p[1] - cy];
  }

  // 3. Per building: geometry checks and fallbacks, then attributes.
  const buildings: CityBuilding[] = [];
  let skipped = input.skipped;
  input.buildings.forEach((b, bi) => {
    const notes: string[] = [];
    const note = (kind: ImportWarningKind, message: string) => {
      warn(b, kind, message);
      notes.push(`${kind}: ${message}`);
    };
    const polygons: Ring[][] = [];
    geoPolys[bi].forEach((poly, pi) => {
      let outer = cleanRing(poly[0].map((p) => project(p)).map(([x, y]) => [round_mm(x), round_mm(y)]));
      const problem = ringProblem(outer);
      if (problem === "too-few-points" || problem === "zero-area") {
        note(problem, `polygon ${pi}: outer ring has ${outer.length} distinct points / no area; polygon dropped`);
        return;
      }
      if (problem === "self-intersection") {
        outer = convexHull(outer);
        note(problem, `polygon ${pi}: outer ring crosses itself; its convex hull is used (area over-estimated)`);
      }
      const holes: Ring[] = [];
      poly.slice(1).forEach((h, hi) => {
        const ring = cleanRing(h.map((p) => project(p)).map(([x, y]) => [round_mm(x), round_mm(y)]));
        const hp = ringProblem(ring);
        if (hp) note("invalid-geometry", `polygon ${pi} hole ${hi}: ${hp}; hole dropped`);
        else holes.push(ring);
      });
      polygons.push([outer, ...holes]);
    });
    if (polygons.length === 0) {
      note("invalid-geometry", "no valid footprint polygon; building skipped");
      skipped++;
      return;
    }

    let lookup: UseLookup;
    if (b.use && isUseType(b.use)) lookup = { use: b.use };
    else if (b.matrikkelCode !== undefined) lookup = useFromMatrikkelCode(b.matrikkelCode);
    else lookup = useFromOsmTag(b.osmBuilding);
    if ("unheated" in lookup) {
      note("unheated-skipped", `building=${lookup.tag} is not a heated building; skipped`);
      skipped++;
      return;
    }
    let use: UseType;
    if ("unknown" in lookup) {
      use = defaultUse;
      note("unknown-use", `use "${lookup.unknown}" not known; taken as ${use}`);
    } else use = lookup.use;

    let floors: number;
    const height_m = b.height_m !== undefined && b.height_m > 0 ? b.height_m : undefined;
    if (b.levels !== undefined && b.levels >= 1) floors = Math.round(b.levels);
    else if (height_m !== undefined) floors = Math.max(1, Math.round(height_m / storey_m));
    else {
      floors = TYPICAL_LEVELS[use];
      note("missing-height", `no height or levels; ${floors} storeys assumed (typical ${use})`);
    }
    const outer = polygons.reduce((best, p) => (polygonArea_m2(p[0]) > polygonArea_m2(best[0]) ? p : best))[0];
    const district = options.districts?.find((d) => pointInRing(outer[0], d.polygon_m));
    let year = b.year;
    if (year === undefined || !Number.isFinite(year)) {
      year = district?.typicalYear ?? typicalYear;
      note("missing-year", `no construction year; the district's typical year ${year} assumed`);
    }

    polygons.sort((p, q) => polygonArea_m2(q[0]) - polygonArea_m2(p[0]));
    if (polygons.length > 1) note("multi-part-footprint", `${polygons.length} polygons; the largest is footprint_m`);
    const area_m2 = polygons.reduce((s, p) => s + polygonWithHolesArea_m2(p[0], p.slice(1)), 0);
    const building: CityBuilding = {
      id: b.featureId,
      district: district?.name ?? options.district ?? "imported",
      use,
      year,
      floors,
      footprint_m: polygons[0][0],
      sourceId: b.featureId,
    };
    if (polygons.length > 1 || polygons[0].length > 1) {
      building.footprintParts_m = polygons;
      building.footprintArea_m2 = Math.round(area_m2 * 100) / 100;
    }
    if (height_m !== undefined) building.height_m = Math.round(height_m * 100) / 100;
    if (b.matrikkelCode !== undefined) building.matrikkelCode = b.matrikkelCode;
    if (b.osmBuilding !== undefined) building.osmBuilding = b.osmBuilding;
    if (notes.length) building.warnings = notes;
    buildings.push(building);
  });

  const warningsByKind: ImportSummary["warningsByKind"] = {};
  for (const w of warnings) warningsByKind[w.kind] = (warningsByKind[w.kind] ?? 0) + 1;
  const dataset: CityDataset = {
    municipality: options.municipality ?? { code: "0000", name: "imported" },
    synthetic: false,
    note: `Imported from ${input.sourceLabel}: ${buildings.length} buildings, ${skipped} skipped, ${warnings.length} warnings.`,
    origin,
    weatherStation: options.weatherStation ?? "oslo-blindern",
    storeyHeight_m: storey_m,
    districts: importedDistricts(buildings, options),
    buildings,
  };
  return { dataset, warnings, summary: { imported: buildings.length, skipped, warningsByKind } };
}

/** The districts the imported buildings fell in (with their first building's position when none is known). */
function importedDistricts(buildings: CityBuilding[], options: ImportOptions): CityDataset["districts"] {
  const names = [...new Set(buildings.map((b) => b.district))];
  if (names.length === 0) return [{ name: options.district ?? "imported", x_m: 0, y_m: 0 }];
  return names.map((name) => {
    const ring = options.districts?.find((d) => d.name === name)?.polygon_m;
    const pts = ring ?? buildings.filter((b) => b.district === name).map((b) => b.footprint_m[0]);
    const x = pts.reduce((s, p) => s + p[0], 0) / pts.length;
    const y = pts.reduce((s, p) => s + p[1], 0) / pts.length;
    return { name, x_m: Math.round(x), y_m: Math.round(y) };
  });
}
