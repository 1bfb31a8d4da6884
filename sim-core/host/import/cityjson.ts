// CityJSON (1.0/1.1/2.0) building import: Building and BuildingPart, LoD 0/1.x/2.x; footprint from the lowest LoD
// (LoD0 surfaces, or GroundSurface semantics, or the lowest horizontal surfaces); height from roof/ground attributes
// or the geometry's z-range; construction year from attributes.
import { assembleDataset } from "./assemble.ts";
import { firstTag, tagNumber, tagYear } from "./tags.ts";
import {
  type ImportOptions,
  type ImportResult,
  type ImportWarning,
  ImportError,
  type SourceBuilding,
} from "./types.ts";

type Json = Record<string, unknown>;
type Vec3 = [number, number, number];
interface Geometry {
  type: string;
  lod?: string | number;
  boundaries: unknown;
  semantics?: { surfaces: { type: string }[]; values: unknown };
}
interface CityObject {
  type: string;
  geometry?: Geometry[];
  attributes?: Json;
  children?: string[];
  parents?: string[];
}

const YEAR_KEYS = ["oorspronkelijkbouwjaar", "yearOfConstruction", "construction_year", "bouwjaar", "start_date"];
const LEVEL_KEYS = ["storeysAboveGround", "building:levels", "levels"];
const MEASURED_HEIGHT_KEYS = ["measuredHeight", "height"];
const BUILDING_TYPES = new Set(["Building", "BuildingPart"]);

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A surface with its semantic type: rings of vertex indices. */
interface Surface {
  rings: number[][];
  semantic: string | null;
}

/** Flattens any CityJSON geometry into surfaces, carrying the semantic type of each. */
function surfacesOf(g: Geometry, where: string): Surface[] {
  const out: Surface[] = [];
  const surfaceTypes = g.semantics?.surfaces ?? [];
  const sem = (v: unknown): string | null => (typeof v === "number" ? (surfaceTypes[v]?.type ?? null) : null);
  const bad = () => new ImportError(`${where}: malformed ${g.type} boundaries`);
  const surface = (s: unknown, value: unknown) => {
    if (!Array.isArray(s) || !s.every((r) => Array.isArray(r))) throw bad();
    out.push({ rings: s as number[][], semantic: sem(value) });
  };
  const b = g.boundaries;
  const values = g.semantics?.values as unknown;
  const at = (v: unknown, i: number) => (Array.isArray(v) ? v[i] : null);
  if (!Array.isArray(b)) throw bad();
  switch (g.type) {
    case "MultiSurface":
    case "CompositeSurface":
      b.forEach((s, i) => {
        surface(s, at(values, i));
      });
      break;
    case "Solid":
      b.forEach((shell, si) => {
        if (!Array.isArray(shell)) throw bad();
        shell.forEach((s, i) => {
          surface(s, at(at(values, si), i));
        });
      });
      break;
    case "MultiSolid":
    case "CompositeSolid":
      b.forEach((solid, di) => {
        if (!Array.isArray(solid)) throw bad();
        solid.forEach((shell, si) => {
          if (!Array.isArray(shell)) throw bad();
          shell.forEach((s, i) => {
            surface(s, at(at(at(values, di), si), i));
          });
        });
      });
      break;
    default:
      return [];
  }
  return out;
}

const lodNumber = (g: Geometry) => Number(g.lod ?? 99);

export function importCityJson(source: string | unknown, options: ImportOptions = {}): ImportResult {
  let doc: unknown = source;
  if (typeof source === "string") {
    try {
      doc = JSON.parse(source.replace(/^\uFEFF/, ""));
    } catch (err) {
      throw new ImportError(`CityJSON: not valid JSON (${(err as Error).message})`);
    }
  }
  if (!isObject(doc) || doc["type"] !== "CityJSON")
    throw new ImportError('CityJSON: top-level "type" must be "CityJSON"');
  const version = String(doc["version"] ?? "");
  if (!/^(1\.0|1\.1|2\.0)/.test(version)) throw new ImportError(`CityJSON: unsupported version "${version}"`);
  const label = `CityJSON ${version}`;
  if (!Array.isArray(doc["vertices"])) throw new ImportError(`${label}: "vertices" must be an array`);
  if (!isObject(doc["CityObjects"])) throw new ImportError(`${label}: "CityObjects" must be an object`);
  const transform = doc["transform"];
  let scale: Vec3 = [1, 1, 1];
  let translate: Vec3 = [0, 0, 0];
  if (transform !== undefined) {
    const ok = (v: unknown) => Array.isArray(v) && v.length === 3 && v.every((n) => typeof n === "number");
    if (!isObject(transform) || !ok(transform["scale"]) || !ok(transform["translate"])) {
      throw new ImportError(`${label}: "transform" needs numeric scale[3] and translate[3]`);
    }
    scale = transform["scale"] as Vec3;
    translate = transform["translate"] as Vec3;
  } else if (version !== "1.0") throw new ImportError(`${label}: "transform" is mandatory since CityJSON 1.1`);
  const rawVertices = doc["vertices"] as unknown[];
  const vertex = (i: number, where: string): Vec3 => {
    const v = rawVertices[i];
    if (!Number.isInteger(i) || !Array.isArray(v) || v.length < 3) {
      throw new ImportError(`${where}: vertex index ${i} does not exist (file has ${rawVertices.length} vertices)`);
    }
    return [v[0] * scale[0] + translate[0], v[1] * scale[1] + translate[1], v[2] * scale[2] + translate[2]];
  };

  const objects = doc["CityObjects"] as Record<string, CityObject>;
  const metadata = isObject(doc["metadata"]) ? doc["metadata"] : {};
  const declared = typeof metadata["referenceSystem"] === "string" ? metadata["referenceSystem"] : undefined;

  const warnings: ImportWarning[] = [];
  let skipped = 0;
  const buildings: SourceBuilding[] = [];
  Object.entries(objects).forEach(([id, obj], index) => {
    if (!isObject(obj)) throw new ImportError(`CityObject ${index} (${id}): not an object`);
    if (!BUILDING_TYPES.has(obj.type)) return;
    // A BuildingPart belongs to its parent Building; only an orphan part stands alone.
    if (obj.type === "BuildingPart" && obj.parents?.some((p) => objects[p]?.type === "Building")) return;
    const where = `CityObject ${index} (${id})`;
    const parts = [obj, ...(obj.children ?? []).map((c) => objects[c]).filter((c) => c && BUILDING_TYPES.has(c.type))];
    const allGeoms = parts.flatMap((p) => p.geometry ?? []);
    for (const g of allGeoms) if (!isObject(g)) throw new ImportError(`${where}: a geometry is not an object`);

    // Footprint: the building's own lowest LoD, else each part's lowest LoD.
    const lowest = (gs: Geometry[]) =>
      [...gs].sort((a, b) => lodNumber(a) - lodNumber(b)).find((g) => surfacesOf(g, where).length > 0);
    const own = lowest(obj.geometry ?? []);
    const chosen = own
      ? [own]
      : parts
          .slice(1)
          .map((p) => lowest(p.geometry ?? []))
          .filter((g) => g !== undefined);
    const polygons: [number, number][][][] = [];
    for (const g of chosen) {
      const surfaces = surfacesOf(g, where);
      let ground: Surface[];
      if (lodNumber(g) < 1) ground = surfaces;
      else {
        ground = surfaces.filter((s) => s.semantic === "GroundSurface");
        if (ground.length === 0) {
          // No semantics: the surfaces lying flat at the lowest z.
          const zs = (s: Surface) => s.rings[0].map((i) => vertex(i, where)[2]);
          const zMin = Math.min(...surfaces.flatMap(zs));
          ground = surfaces.filter((s) => zs(s).every((z) => Math.abs(z - zMin) < 0.01));
        }
      }
      for (const s of ground)
        polygons.push(s.rings.map((r) => r.map((i) => vertex(i, where)).map((v): [number, number] => [v[0], v[1]])));
    }
    if (polygons.length === 0) {
      warnings.push({
        kind: "invalid-geometry",
        index,
        featureId: id,
        message: "no footprint surface in any LoD; skipped",
      });
      skipped++;
      return;
    }

    // Height: roof minus ground attributes (3D BAG), a measured height, or the z-range of the 3D geometry.
    const attrs = parts.map((p) => (isObject(p.attributes) ? p.attributes : {}));
    let height_m: number | undefined;
    for (const a of attrs) {
      const roof = tagNumber(a["h_dak_max"]);
      const ground = tagNumber(a["h_maaiveld"]);
      if (roof !== undefined && ground !== undefined) height_m = Math.max(height_m ?? 0, roof - ground);
    }
    height_m ??= attrs.map((a) => firstTag(a, MEASURED_HEIGHT_KEYS, tagNumber)).find((h) => h !== undefined);
    if (height_m === undefined) {
      let zMin = Infinity;
      let zMax = -Infinity;
      for (const g of allGeoms) {
        if (lodNumber(g) < 1) continue;
        for (const s of surfacesOf(g, where))
          for (const r of s.rings)
            for (const i of r) {
              const z = vertex(i, where)[2];
              zMin = Math.min(zMin, z);
              zMax = Math.max(zMax, z);
            }
      }
      if (zMax > zMin) height_m = zMax - zMin;
    }
    const building: SourceBuilding = {
      index,
      featureId: id,
      polygons,
      height_m,
      levels: attrs.map((a) => firstTag(a, LEVEL_KEYS, tagNumber)).find((v) => v !== undefined),
      year: attrs.map((a) => firstTag(a, YEAR_KEYS, tagYear)).find((v) => v !== undefined),
    };
    const use = attrs.map((a) => a["tvilling:use"]).find((v) => typeof v === "string");
    if (typeof use === "string") building.use = use;
    buildings.push(building);
  });
  return assembleDataset(
    { buildings, crs: declared ?? options.crs ?? null, warnings, skipped, sourceLabel: label },
    options,
  );
}
