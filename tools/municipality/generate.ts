// Seeded, deterministic generator of a municipality's SYNTHETIC building stock from its spec: districts at their
// approximate real positions, dwellings by type matching the population exactly, service floor area by use,
// construction periods, district heating, grid areas and the car fleet. Pure: same spec → same output.
import type {
  CompactMunicipality,
  CompactStock,
  MunicipalityDistrict,
} from "../../sim-core/host/import/municipalityStock.ts";
import { rectangleFootprint } from "../../sim-core/host/import/municipalityStock.ts";
import { toLocal } from "../../sim-core/host/import/projection.ts";
import { USE_TYPES } from "../../sim-core/host/import/useTypes.ts";
import { mulberry32 } from "../random.ts";
import { CircleHash, clipByHalfPlane, largestRemainder, type Pt, pointInPolygon } from "./geometry2d.ts";
import { DWELLING_TYPES, type MunicipalitySpec } from "./spec.ts";

/** Assumed building shapes (not statistics): size ranges per kind, in metres / storeys. */
const SHAPES = {
  detached: { w: [9, 14], d: [8, 12], floors: [1, 2] },
  semidetached: { w: [16, 22], d: [9, 11], floors: [2, 2] },
  rowPerDwelling: { w: [6, 7.5], d: [9, 10], floors: [2, 2] },
  apartment: { grossPerDwelling_m2: 85, d: [12, 16], floors: [3, 6], maxWidth_m: 90 },
} as const;
/** Assumed floor area per service building [m²] and storeys, per use. */
const SERVICE_SHAPES: Record<string, { area: [number, number]; floors: [number, number] }> = {
  office: { area: [1500, 12000], floors: [3, 7] },
  school: { area: [2500, 8000], floors: [2, 3] },
  kindergarten: { area: [400, 900], floors: [1, 2] },
  nursinghome: { area: [2000, 6000], floors: [2, 4] },
  retail: { area: [300, 6000], floors: [1, 3] },
  hotel: { area: [2000, 10000], floors: [4, 8] },
  industry: { area: [800, 6000], floors: [1, 2] },
  sports: { area: [1000, 4000], floors: [1, 2] },
};
const MIN_SERVICE_AREA_m2 = 50;
const PLACEMENT_TRIES = 4000;

interface Draft {
  district: number;
  use: string;
  floors: number;
  w_dm: number;
  d_dm: number;
  dwellings: number;
  residents: number;
  year: number;
  cx_dm: number;
  cy_dm: number;
  angle_deg: number;
  districtHeating: number;
  gridArea: number;
}

export function generateMunicipality(spec: MunicipalitySpec): CompactMunicipality {
  const rand = mulberry32(spec.seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const intBetween = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const project = toLocal(spec.origin);
  const r1 = (v: number) => Math.round(v);

  // Districts: a 32-gon of the stated radius around the centre, cut by the bisectors to every other centre.
  const centres = spec.districts.map((d) => project([d.lon, d.lat]));
  const polygons = spec.districts.map((d, i) => {
    const [cx, cy] = centres[i];
    let ring: Pt[] = Array.from({ length: 32 }, (_, k) => {
      const a = (2 * Math.PI * k) / 32;
      return [cx + d.radius_m * Math.cos(a), cy + d.radius_m * Math.sin(a)];
    });
    centres.forEach(([ox, oy], j) => {
      if (j === i) return;
      ring = clipByHalfPlane(ring, [(cx + ox) / 2, (cy + oy) / 2], [cx - ox, cy - oy]);
    });
    return ring.map(([x, y]): Pt => [r1(x), r1(y)]);
  });
  const water = spec.water.map((w) => ({
    name: w.name,
    polygon_m: w.lonLat.map((ll) => project(ll)).map(([x, y]): Pt => [r1(x), r1(y)]),
    synthetic: true as const,
  }));

  const outside = (spec.outsideMunicipality ?? []).map((o) => ({
    name: o.name,
    polygon_m: o.lonLat.map((ll) => project(ll)).map(([x, y]): Pt => [r1(x), r1(y)]),
    synthetic: true as const,
  }));
  const excluded = [...water, ...outside];

  const population = largestRemainder(
    spec.districts.map((d) => d.weight),
    spec.population,
  );
  const gridOf = spec.districts.map((d) => {
    const k = spec.gridAreas.findIndex((g) => g.districts.includes(d.name));
    if (k < 0) throw new Error(`district ${d.name} is in no grid area`);
    return k;
  });

  const drafts: Draft[] = [];
  const districts: MunicipalityDistrict[] = [];
  spec.districts.forEach((d, di) => {
    const mix = d.mix ?? spec.mix;
    const weights = d.periodWeights ?? spec.periodWeights;
    const ppdMix = DWELLING_TYPES.reduce((s, t) => s + mix[t] * spec.dwellingTypes[t].personsPerDwelling, 0);
    const dwellingsTotal = Math.round(population[di] / ppdMix);
    const dwellings = largestRemainder(
      DWELLING_TYPES.map((t) => mix[t]),
      dwellingsTotal,
    );
    const start = drafts.length;
    const push = (use: string, floors: number, w_m: number, d_m: number, n: number) =>
      drafts.push({
        district: di,
        use,
        floors,
        w_dm: Math.max(10, Math.round(w_m * 10)),
        d_dm: Math.max(10, Math.round(d_m * 10)),
        dwellings: n,
        residents: 0,
        year: 0,
        cx_dm: 0,
        cy_dm: 0,
        angle_deg: 0,
        districtHeating: -1,
        gridArea: gridOf[di],
      });
    DWELLING_TYPES.forEach((t, ti) => {
      const type = spec.dwellingTypes[t];
      const [lo, hi] =
        t === "apartment" ? (d.apartmentDwellings ?? type.dwellingsPerBuilding) : type.dwellingsPerBuilding;
      let left = dwellings[ti];
      while (left > 0) {
        const n = left <= hi ? left : intBetween(lo, Math.min(hi, left - lo));
        left -= n;
        if (t === "detached") {
          const s = SHAPES.detached;
          push(type.use, intBetween(s.floors[0], s.floors[1]), between(s.w[0], s.w[1]), between(s.d[0], s.d[1]), n);
        } else if (t === "semidetached") {
          const s = SHAPES.semidetached;
          push(type.use, s.floors[0], between(s.w[0], s.w[1]) * (n / 2), between(s.d[0], s.d[1]), n);
        } else if (t === "row") {
          const s = SHAPES.rowPerDwelling;
          push(type.use, s.floors[0], n * between(s.w[0], s.w[1]), between(s.d[0], s.d[1]), n);
        } else {
          let floors = intBetween(SHAPES.apartment.floors[0], SHAPES.apartment.floors[1]);
          const depth = between(SHAPES.apartment.d[0], SHAPES.apartment.d[1]);
          while ((n * SHAPES.apartment.grossPerDwelling_m2) / floors / depth > SHAPES.apartment.maxWidth_m) floors++;
          push(type.use, floors, (n * SHAPES.apartment.grossPerDwelling_m2) / floors / depth, depth, n);
        }
      }
    });
    // Residents: the district's population over its dwellings, by persons per dwelling of each type.
    const typeOf = (b: Draft) =>
      b.use === "rowhouse"
        ? "row"
        : b.use === "apartment"
          ? "apartment"
          : b.dwellings === 2
            ? "semidetached"
            : "detached";
    const mine = drafts.slice(start);
    const residents = largestRemainder(
      mine.map((b) => b.dwellings * spec.dwellingTypes[typeOf(b)].personsPerDwelling),
      population[di],
    );
    mine.forEach((b, k) => {
      b.residents = residents[k];
    });
    const typicalYear = Math.round(
      weights.reduce((s, w, k) => s + w * ((spec.periods[k][0] + spec.periods[k][1]) / 2), 0) /
        weights.reduce((s, w) => s + w, 0),
    );
    districts.push({
      name: d.name,
      code: d.code,
      x_m: r1(centres[di][0]),
      y_m: r1(centres[di][1]),
      polygon_m: polygons[di],
      population: population[di],
      typicalYear,
    });
  });

  // Service buildings: floor area per capita by use, spread by population and the stated centres.
  for (const [use, perCapita] of Object.entries(spec.serviceFloorArea_m2_per_capita)) {
    const shape = SERVICE_SHAPES[use];
    const centre = spec.serviceCentres[use] ?? {};
    const total_m2 = perCapita * spec.population;
    const w = spec.districts.map((d, i) => population[i] * (1 + (centre[d.name] ?? 0)));
    const wSum = w.reduce((s, v) => s + v, 0);
    spec.districts.forEach((_d, di) => {
      let left = (total_m2 * w[di]) / wSum;
      while (left >= MIN_SERVICE_AREA_m2) {
        const area =
          left <= shape.area[1] ? left : between(shape.area[0], Math.min(shape.area[1], left - shape.area[0] / 2));
        left -= area;
        let floors = intBetween(shape.floors[0], shape.floors[1]);
        while (floors > 1 && area / floors < 100) floors--;
        const foot = area / floors;
        const ratio = between(1, 2.5);
        const wd = Math.sqrt(foot * ratio);
        drafts.push({
          district: di,
          use,
          floors,
          w_dm: Math.round(wd * 10),
          d_dm: Math.round((foot / wd) * 10),
          dwellings: 0,
          residents: 0,
          year: 0,
          cx_dm: 0,
          cy_dm: 0,
          angle_deg: 0,
          districtHeating: -1,
          gridArea: gridOf[di],
        });
      }
    });
  }

  // Construction years: each district's buildings split over the periods exactly by its weights (largest
  // remainder), the periods dealt out in a seeded shuffle, the year uniform within the period.
  spec.districts.forEach((d, di) => {
    const mine = drafts.filter((b) => b.district === di);
    const counts = largestRemainder(d.periodWeights ?? spec.periodWeights, mine.length);
    const periods = counts.flatMap((n, k) => Array.from({ length: n }, () => k));
    for (let k = periods.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [periods[k], periods[j]] = [periods[j], periods[k]];
    }
    mine.forEach((b, k) => {
      const [from, to] = spec.periods[periods[k]];
      b.year = intBetween(from, to);
    });
  });

  // Placement: largest first, rejection sampling inside the district, outside water, without overlaps.
  const order = drafts
    .map((_, i) => i)
    .sort((a, b) => drafts[b].w_dm * drafts[b].d_dm - drafts[a].w_dm * drafts[a].d_dm || a - b);
  const hashes = spec.districts.map(() => new CircleHash(60));
  const bbox = polygons.map((ring) => [
    Math.min(...ring.map((p) => p[0])),
    Math.min(...ring.map((p) => p[1])),
    Math.max(...ring.map((p) => p[0])),
    Math.max(...ring.map((p) => p[1])),
  ]);
  for (const i of order) {
    const b = drafts[i];
    const ring = polygons[b.district];
    const [x0, y0, x1, y1] = bbox[b.district];
    const radius = Math.hypot(b.w_dm, b.d_dm) / 20 + (b.use === "house" ? 2 : 4);
    let placed = false;
    for (let t = 0; t < PLACEMENT_TRIES && !placed; t++) {
      const cx = between(x0, x1);
      const cy = between(y0, y1);
      if (hashes[b.district].overlaps(cx, cy, radius)) continue;
      const angle = intBetween(0, 179);
      const corners = rectangleFootprint(Math.round(cx * 10), Math.round(cy * 10), b.w_dm, b.d_dm, angle);
      const points = [...corners, [cx, cy] as Pt];
      if (!points.every((p) => pointInPolygon(p, ring))) continue;
      if (excluded.some((wa) => points.some((p) => pointInPolygon(p, wa.polygon_m)))) continue;
      b.cx_dm = Math.round(cx * 10);
      b.cy_dm = Math.round(cy * 10);
      b.angle_deg = angle;
      hashes[b.district].add(cx, cy, radius);
      placed = true;
    }
    if (!placed)
      throw new Error(`${spec.districts[b.district].name}: no room for building ${i} (${b.use}); enlarge radius_m`);
  }

  // District heating: by use within the network districts, or a share of the town's buildings, largest first.
  const networks = spec.districtHeating.map((net, ni) => {
    const inNet = (b: Draft) => net.districts.includes(spec.districts[b.district].name);
    let connected: number[];
    let rule: string;
    if ("uses" in net.connect) {
      const uses = net.connect.uses;
      connected = drafts.flatMap((b, i) => (inNet(b) && uses.includes(b.use) ? [i] : []));
      rule = `every ${uses.join("/")} building in ${net.districts.join(", ")}`;
    } else {
      const town = net.connect.townDistricts;
      const townCount = drafts.filter((b) => town.includes(spec.districts[b.district].name)).length;
      const target = Math.round(net.connect.shareOfTownBuildings * townCount);
      const floorArea = (b: Draft) => b.w_dm * b.d_dm * b.floors;
      const candidates = drafts
        .flatMap((b, i) => (inNet(b) ? [i] : []))
        .sort((a, b) => floorArea(drafts[b]) - floorArea(drafts[a]) || a - b);
      if (candidates.length < target)
        throw new Error(`${net.name}: ${target} buildings wanted, ${candidates.length} in its districts`);
      connected = candidates.slice(0, target).sort((a, b) => a - b);
      rule = `${net.connect.shareOfTownBuildings * 100} % of the ${townCount} buildings of ${town.join(", ")}, largest floor area first within ${net.districts.join(", ")}`;
    }
    for (const i of connected) drafts[i].districtHeating = ni;
    return {
      name: net.name,
      operator: net.operator,
      plants: net.plants.map((p) => {
        const [x, y] = project([p.lon, p.lat]);
        return { name: p.name, kind: p.kind, x_m: r1(x), y_m: r1(y), status: p.status };
      }),
      districts: net.districts,
      connectedBuildings: connected.length,
      rule,
      status: net.status,
      source: net.source,
    };
  });

  // Stored district by district, in generation order.
  const sorted = drafts.map((b, i) => [b, i] as const).sort((p, q) => p[0].district - q[0].district || p[1] - q[1]);
  const useIndex = (u: string) => {
    const k = (USE_TYPES as readonly string[]).indexOf(u);
    if (k < 0) throw new Error(`unknown use ${u}`);
    return k;
  };
  const col = <K extends keyof Draft>(k: K) => sorted.map(([b]) => b[k] as number);
  const stock: CompactStock = {
    district: col("district"),
    use: sorted.map(([b]) => useIndex(b.use)),
    year: col("year"),
    floors: col("floors"),
    cx_dm: col("cx_dm"),
    cy_dm: col("cy_dm"),
    w_dm: col("w_dm"),
    d_dm: col("d_dm"),
    angle_deg: col("angle_deg"),
    dwellings: col("dwellings"),
    residents: col("residents"),
    districtHeating: col("districtHeating"),
    gridArea: col("gridArea"),
  };
  const cars = Math.round((spec.carFleet.carsPer1000 * spec.population) / 1000);
  return {
    format: "tvilling-municipality/1",
    municipality: spec.municipality,
    synthetic: true,
    note:
      `SYNTHETIC geometry: ${drafts.length} generated buildings (tools/generate-municipality.ts, seed ${spec.seed}) ` +
      "at the districts' approximate real positions, calibrated to population, dwelling mix, construction periods " +
      "and service floor area (assets/" +
      `${spec.municipality.name === "Bærum" ? "baerum" : "alesund"}/SOURCES.md). Not real footprints: import ` +
      "real buildings (GeoJSON/CityJSON) to replace them.",
    origin: spec.origin,
    weatherStation: spec.weatherStation,
    storeyHeight_m: spec.storeyHeight_m,
    population: spec.population,
    districts,
    water,
    ...(outside.length ? { outsideMunicipality: outside } : {}),
    districtHeating: networks,
    gridAreas: spec.gridAreas.map((g) => ({
      ...g,
      status: "synthetic split of the operator's area; operator recalled",
    })),
    carFleet: {
      cars,
      carsPer1000: spec.carFleet.carsPer1000,
      evShare: spec.carFleet.evShare,
      evShareYear: spec.carFleet.evShareYear,
      meanKmPerCar: spec.carFleet.meanKmPerCar,
      status: "see SOURCES.md",
      source: "verified_defaults_baerum_alesund.json and SOURCES.md",
    },
    useTypes: [...USE_TYPES],
    stock,
  };
}
