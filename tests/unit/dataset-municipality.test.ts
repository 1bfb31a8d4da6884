import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCity } from "../../server/city/loadCity.ts";
import { type CompactMunicipality, expandMunicipality, fromLocal } from "../../sim-core/host/import/index.ts";
import { generateMunicipality } from "../../tools/municipality/generate.ts";
import type { MunicipalitySpec } from "../../tools/municipality/spec.ts";

const ASSETS = new URL("../../assets/", import.meta.url);
const sha256 = (v: unknown) => createHash("sha256").update(JSON.stringify(v)).digest("hex");

/** Winding-number test, written apart from the generator's ray casting. */
function inside(p: readonly number[], ring: readonly (readonly number[])[]): boolean {
  let winding = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    const cross = (b[0] - a[0]) * (p[1] - a[1]) - (p[0] - a[0]) * (b[1] - a[1]);
    if (a[1] <= p[1] && b[1] > p[1] && cross > 0) winding++;
    else if (a[1] > p[1] && b[1] <= p[1] && cross < 0) winding--;
  }
  return winding !== 0;
}

/** Separating-axis test of two convex rings: true when their interiors overlap by more than 1 cm. */
function convexOverlap(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): boolean {
  for (const ring of [a, b]) {
    for (let i = 0; i < ring.length; i++) {
      const [x1, y1] = ring[i];
      const [x2, y2] = ring[(i + 1) % ring.length];
      const len = Math.hypot(x2 - x1, y2 - y1);
      const n = [(y1 - y2) / len, (x2 - x1) / len];
      const proj = (r: readonly (readonly number[])[]) => r.map((p) => p[0] * n[0] + p[1] * n[1]);
      const pa = proj(a);
      const pb = proj(b);
      if (Math.max(...pa) <= Math.min(...pb) + 0.01 || Math.max(...pb) <= Math.min(...pa) + 0.01) return false;
    }
  }
  return true;
}

describe.each(["baerum", "alesund"])("municipality dataset %s", (name) => {
  const spec = JSON.parse(readFileSync(new URL(`${name}/municipality-spec.json`, ASSETS), "utf8")) as MunicipalitySpec;
  const fileUrl = new URL(`${name}/municipality.json`, ASSETS);
  const file = JSON.parse(readFileSync(fileUrl, "utf8")) as CompactMunicipality;
  const city = expandMunicipality(file);

  it("the generator is deterministic and the committed file is its output", () => {
    const a = generateMunicipality(spec);
    const b = generateMunicipality(spec);
    expect(sha256(a)).toBe(sha256(b));
    expect(sha256(a)).toBe(sha256(file));
    if (name === "alesund") {
      // The seed matters (checked on the smaller stock to keep the suite quick).
      expect(sha256(generateMunicipality({ ...spec, seed: spec.seed + 1 }))).not.toBe(sha256(a));
    }
  });

  it("says it is synthetic, keeps a sane size, and names every district at its stated position", () => {
    expect(city.synthetic).toBe(true);
    expect(city.note).toMatch(/SYNTHETIC/);
    expect(statSync(fileUrl).size).toBeLessThan(3e6);
    const toGeo = fromLocal(city.origin);
    spec.districts.forEach((d, i) => {
      const [lon, lat] = toGeo([city.districts[i].x_m, city.districts[i].y_m]);
      expect(city.districts[i].name).toBe(d.name);
      expect(Math.abs(lat - d.lat) * 111_000).toBeLessThan(1);
      expect(Math.abs(lon - d.lon) * 111_000 * Math.cos((d.lat * Math.PI) / 180)).toBeLessThan(1);
    });
  });

  it("residents sum to the population, per district and in total", () => {
    const total = city.buildings.reduce((s, b) => s + (b.residents ?? 0), 0);
    expect(total).toBe(spec.population);
    expect(city.districts.reduce((s, d) => s + d.population, 0)).toBe(spec.population);
    for (const d of city.districts) {
      const sum = city.buildings.filter((b) => b.district === d.name).reduce((s, b) => s + (b.residents ?? 0), 0);
      expect(sum).toBe(d.population);
      // Population split by the stated weights, within integer rounding.
      const w = spec.districts.find((x) => x.name === d.name)!.weight;
      const wSum = spec.districts.reduce((s, x) => s + x.weight, 0);
      expect(Math.abs(d.population - (spec.population * w) / wSum)).toBeLessThan(1);
    }
  });

  it("dwellings by type follow each district's mix within rounding, at the stated persons per dwelling", () => {
    const ppd = spec.dwellingTypes;
    for (const ds of spec.districts) {
      const mix = ds.mix ?? spec.mix;
      const pop = city.districts.find((d) => d.name === ds.name)!.population;
      const ppdMix =
        mix.detached * ppd.detached.personsPerDwelling +
        mix.semidetached * ppd.semidetached.personsPerDwelling +
        mix.row * ppd.row.personsPerDwelling +
        mix.apartment * ppd.apartment.personsPerDwelling;
      const total = Math.round(pop / ppdMix);
      const mine = city.buildings.filter((b) => b.district === ds.name);
      const count = (use: string) => mine.filter((b) => b.use === use).reduce((s, b) => s + (b.dwellings ?? 0), 0);
      expect(count("house") + count("rowhouse") + count("apartment")).toBe(total);
      expect(Math.abs(count("house") - total * (mix.detached + mix.semidetached))).toBeLessThanOrEqual(1.5);
      expect(Math.abs(count("rowhouse") - total * mix.row)).toBeLessThanOrEqual(1);
      expect(Math.abs(count("apartment") - total * mix.apartment)).toBeLessThanOrEqual(1);
      // Persons per apartment dwelling: the stated figure, scaled by the district's rounding (< 1 %).
      const aptResidents = mine.filter((b) => b.use === "apartment").reduce((s, b) => s + (b.residents ?? 0), 0);
      if (count("apartment") > 50) {
        expect(aptResidents / count("apartment")).toBeCloseTo(ppd.apartment.personsPerDwelling, 1);
      }
    }
  });

  it("construction periods follow each district's weights within rounding", () => {
    for (const ds of spec.districts) {
      const weights = ds.periodWeights ?? spec.periodWeights;
      const wSum = weights.reduce((s, w) => s + w, 0);
      const mine = city.buildings.filter((b) => b.district === ds.name);
      spec.periods.forEach(([from, to], k) => {
        const n = mine.filter((b) => b.year >= from && b.year <= to).length;
        expect(Math.abs(n - (mine.length * weights[k]) / wSum)).toBeLessThan(1);
      });
    }
  });

  it("service floor area per use matches the per-capita figure within 1 %", () => {
    for (const [use, perCapita] of Object.entries(spec.serviceFloorArea_m2_per_capita)) {
      const area_m2 = city.buildings
        .filter((b) => b.use === use)
        .reduce((s, b) => {
          const [p, q, r] = b.footprint_m;
          return s + Math.hypot(q[0] - p[0], q[1] - p[1]) * Math.hypot(r[0] - q[0], r[1] - q[1]) * b.floors;
        }, 0);
      expect(Math.abs(area_m2 / (perCapita * spec.population) - 1)).toBeLessThan(0.01);
    }
  });

  it("every building lies inside its district's area, outside the water and the neighbours' land", () => {
    const areas = new Map(city.districts.map((d) => [d.name, d.polygon_m]));
    let outside = 0;
    let wet = 0;
    for (const b of city.buildings) {
      const ring = areas.get(b.district)!;
      for (const p of b.footprint_m) {
        if (!inside(p, ring)) outside++;
        if ([...city.water, ...(city.outsideMunicipality ?? [])].some((w) => inside(p, w.polygon_m))) wet++;
      }
    }
    expect([outside, wet]).toEqual([0, 0]);
  });

  it("no two footprints overlap (separating-axis test on every pair whose bounding circles meet)", () => {
    const cells = new Map<string, { ring: [number, number][]; cx: number; cy: number; r: number }[]>();
    let overlaps = 0;
    for (const b of city.buildings) {
      const ring = b.footprint_m;
      const cx = ring.reduce((s, p) => s + p[0], 0) / ring.length;
      const cy = ring.reduce((s, p) => s + p[1], 0) / ring.length;
      const r = Math.max(...ring.map((p) => Math.hypot(p[0] - cx, p[1] - cy)));
      const ix = Math.floor(cx / 200);
      const iy = Math.floor(cy / 200);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const o of cells.get(`${ix + dx},${iy + dy}`) ?? []) {
            if (Math.hypot(o.cx - cx, o.cy - cy) < r + o.r && convexOverlap(ring, o.ring)) overlaps++;
          }
      const key = `${ix},${iy}`;
      cells.set(key, [...(cells.get(key) ?? []), { ring, cx, cy, r }]);
    }
    expect(overlaps).toBe(0);
    // The test itself sees an overlap of 0.5 m and a gap of 0.5 m.
    const sq = (x: number): [number, number][] => [
      [x, 0],
      [x + 10, 0],
      [x + 10, 10],
      [x, 10],
    ];
    expect([convexOverlap(sq(0), sq(9.5)), convexOverlap(sq(0), sq(10.5))]).toEqual([true, false]);
  });

  it("every building has a grid area; district heating follows the stated rule", () => {
    const grid = new Set(city.gridAreas.map((g) => g.id));
    expect(city.buildings.every((b) => b.gridArea && grid.has(b.gridArea))).toBe(true);
    for (const net of city.districtHeating) {
      const connected = city.buildings.filter((b) => b.districtHeating === net.name);
      expect(connected.length).toBe(net.connectedBuildings);
      expect(connected.every((b) => net.districts.includes(b.district))).toBe(true);
      const rule = spec.districtHeating.find((n) => n.name === net.name)!.connect;
      if ("shareOfTownBuildings" in rule) {
        const town = city.buildings.filter((b) => rule.townDistricts.includes(b.district)).length;
        expect(Math.abs(connected.length / town - rule.shareOfTownBuildings)).toBeLessThan(0.5 / town + 1e-12);
      } else {
        const eligible = city.buildings.filter((b) => net.districts.includes(b.district) && rule.uses.includes(b.use));
        expect(connected.length).toBe(eligible.length);
      }
    }
    expect(city.carFleet.cars).toBe(Math.round((spec.carFleet.carsPer1000 * spec.population) / 1000));
  });

  it("loads through the server's loadCity with a heat-loss coefficient per building", async () => {
    const loaded = await loadCity(name === "baerum" ? "baerum-stock" : "alesund");
    expect(loaded.heatLossCoeff_W_K.length).toBe(city.buildings.length);
    expect(loaded.heatLossCoeff_W_K.every((h) => Number.isFinite(h) && h > 0)).toBe(true);
    expect(loaded.outdoorTemp_C.length).toBe(8760);
  });
});

describe("the server default is unchanged", () => {
  it('loadCity("baerum") is still the 240-building sample', async () => {
    expect((await loadCity("baerum")).city.buildings.length).toBe(240);
  });
});
