// Generates assets/baerum/sample-city.json: a small SYNTHETIC sample of Bærum for the thin slice.
// Districts sit at their approximate real positions; buildings are seeded rectangles. Real
// footprints come from the municipality import (GeoJSON/CityJSON) in a later issue.
// Run: npx tsx tools/make-sample-city.ts
import { writeFileSync } from "node:fs";
import { mulberry32 } from "./random.ts";
import { SYNTHETIC_USES as USES, SYNTHETIC_YEARS as YEARS } from "./syntheticMix.ts";

const ORIGIN = { lat: 59.8897, lon: 10.5226 }; // Sandvika
const DISTRICTS: [string, number, number][] = [
  ["Sandvika", 59.8897, 10.5226],
  ["Høvik", 59.8995, 10.583],
  ["Stabekk", 59.909, 10.611],
  ["Bekkestua", 59.916, 10.589],
  ["Fornebu", 59.896, 10.618],
  ["Lysaker", 59.913, 10.637],
  ["Rykkinn", 59.928, 10.468],
  ["Østerås", 59.94, 10.606],
];
const PER_DISTRICT = 30;
const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON = 111_320 * Math.cos((ORIGIN.lat * Math.PI) / 180);

const rand = mulberry32(2025);
const between = (lo: number, hi: number) => lo + (hi - lo) * rand();
const pick = () => {
  let r = rand();
  for (const u of USES) {
    r -= u.weight;
    if (r <= 0) return u;
  }
  return USES[0];
};

const districts = DISTRICTS.map(([name, lat, lon]) => ({
  name,
  x_m: Math.round((lon - ORIGIN.lon) * M_PER_DEG_LON),
  y_m: Math.round((lat - ORIGIN.lat) * M_PER_DEG_LAT),
}));
const buildings = [];
for (const district of districts) {
  for (let k = 0; k < PER_DISTRICT; k++) {
    const type = pick();
    const col = k % 6;
    const row = Math.floor(k / 6);
    const cx = district.x_m + (col - 2.5) * 70 + between(-10, 10);
    const cy = district.y_m + (row - 2) * 60 + between(-10, 10);
    const w = Math.round(between(type.w[0], type.w[1]));
    const d = Math.round(between(type.d[0], type.d[1]));
    const floors = Math.round(between(type.floors[0], type.floors[1]));
    const year = YEARS[Math.floor(rand() * YEARS.length)];
    const r = (v: number) => Math.round(v * 10) / 10;
    buildings.push({
      id: `${district.name.slice(0, 3).toUpperCase()}-${String(k).padStart(3, "0")}`,
      district: district.name,
      use: type.use,
      year,
      floors,
      footprint_m: [
        [r(cx - w / 2), r(cy - d / 2)],
        [r(cx + w / 2), r(cy - d / 2)],
        [r(cx + w / 2), r(cy + d / 2)],
        [r(cx - w / 2), r(cy + d / 2)],
      ],
    });
  }
}
const city = {
  municipality: { code: "3201", name: "Bærum" },
  synthetic: true,
  note: "Synthetic sample: district positions are approximate real ones, buildings are generated (tools/make-sample-city.ts, seed 2025) until real footprints are imported.",
  origin: ORIGIN,
  weatherStation: "oslo-blindern",
  storeyHeight_m: 3,
  districts,
  buildings,
};
writeFileSync(new URL("../assets/baerum/sample-city.json", import.meta.url), `${JSON.stringify(city)}\n`);
console.log(`wrote ${buildings.length} buildings in ${districts.length} districts`);
