// The municipality dataset: a CityDataset plus districts with areas, water, district heating, grid areas and the
// car fleet; stored compactly (column arrays of integers) and expanded here, in Node and in the browser alike.
import type { CityBuilding, CityDataset } from "../city.ts";
import { SimInputError } from "../errors.ts";

export interface MunicipalityDistrict {
  name: string;
  code: string;
  x_m: number;
  y_m: number;
  /** The district's (synthetic, approximate) area: a convex ring in local metres. */
  polygon_m: [number, number][];
  population: number;
  /** Construction year used for imported buildings without one (the district's typical period). */
  typicalYear: number;
}

export interface WaterArea {
  name: string;
  polygon_m: [number, number][];
  synthetic: true;
}

export interface DistrictHeatingNetwork {
  name: string;
  operator: string;
  plants: { name: string; kind: string; x_m: number; y_m: number; status: string }[];
  districts: string[];
  connectedBuildings: number;
  rule: string;
  status: string;
  source: string;
}

export interface GridArea {
  id: string;
  name: string;
  operator: string;
  districts: string[];
  status: string;
}

export interface CarFleet {
  cars: number;
  carsPer1000: number;
  evShare: number;
  evShareYear: number;
  meanKmPerCar: number;
  status: string;
  source: string;
}

export interface MunicipalityHeader extends Omit<CityDataset, "buildings" | "districts"> {
  format: "tvilling-municipality/1";
  population: number;
  districts: MunicipalityDistrict[];
  water: WaterArea[];
  /** Neighbouring municipalities' land near the districts (coarse, synthetic): no buildings there. */
  outsideMunicipality?: WaterArea[];
  districtHeating: DistrictHeatingNetwork[];
  gridAreas: GridArea[];
  carFleet: CarFleet;
  useTypes: string[];
}

/** One integer column per field, one entry per building; lengths and units in decimetres, angle in degrees. */
export interface CompactStock {
  district: number[];
  use: number[];
  year: number[];
  floors: number[];
  cx_dm: number[];
  cy_dm: number[];
  w_dm: number[];
  d_dm: number[];
  angle_deg: number[];
  dwellings: number[];
  residents: number[];
  /** Index into districtHeating, or -1. */
  districtHeating: number[];
  /** Index into gridAreas. */
  gridArea: number[];
}

export interface CompactMunicipality extends MunicipalityHeader {
  stock: CompactStock;
}

export interface MunicipalityDataset extends Omit<CityDataset, "districts"> {
  format: "tvilling-municipality/1";
  population: number;
  districts: MunicipalityDistrict[];
  water: WaterArea[];
  outsideMunicipality?: WaterArea[];
  districtHeating: DistrictHeatingNetwork[];
  gridAreas: GridArea[];
  carFleet: CarFleet;
}

/** Corners of a w×d rectangle centred at (cx, cy), turned by angle, rounded to 0.1 m (counter-clockwise). */
export function rectangleFootprint(
  cx_dm: number,
  cy_dm: number,
  w_dm: number,
  d_dm: number,
  angle_deg: number,
): [number, number][] {
  const a = (angle_deg * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  const hw = w_dm / 2;
  const hd = d_dm / 2;
  const corners: [number, number][] = [
    [-hw, -hd],
    [hw, -hd],
    [hw, hd],
    [-hw, hd],
  ];
  return corners.map(([u, v]) => [Math.round(cx_dm + u * c - v * s) / 10, Math.round(cy_dm + u * s + v * c) / 10]);
}

const COLUMNS: (keyof CompactStock)[] = [
  "district",
  "use",
  "year",
  "floors",
  "cx_dm",
  "cy_dm",
  "w_dm",
  "d_dm",
  "angle_deg",
  "dwellings",
  "residents",
  "districtHeating",
  "gridArea",
];

/** Expands the compact file into a dataset the server and client use; checks column lengths and indices. */
export function expandMunicipality(file: CompactMunicipality): MunicipalityDataset {
  if (file.format !== "tvilling-municipality/1") {
    throw new SimInputError(`municipality dataset: format "${file.format}" is not tvilling-municipality/1`);
  }
  const { stock, useTypes, ...header } = file;
  const n = stock.district.length;
  for (const col of COLUMNS) {
    if (!Array.isArray(stock[col]) || stock[col].length !== n) {
      throw new SimInputError(`municipality dataset: stock.${col} must have ${n} entries`);
    }
  }
  const counters = new Map<number, number>();
  const buildings: CityBuilding[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const d = header.districts[stock.district[i]];
    const use = useTypes[stock.use[i]];
    const grid = header.gridAreas[stock.gridArea[i]];
    if (!d || !use || !grid) throw new SimInputError(`municipality dataset: building ${i} has a bad index`);
    const k = counters.get(stock.district[i]) ?? 0;
    counters.set(stock.district[i], k + 1);
    const b: CityBuilding = {
      id: `${d.code}-${k}`,
      district: d.name,
      use,
      year: stock.year[i],
      floors: stock.floors[i],
      footprint_m: rectangleFootprint(stock.cx_dm[i], stock.cy_dm[i], stock.w_dm[i], stock.d_dm[i], stock.angle_deg[i]),
      gridArea: grid.id,
    };
    if (stock.dwellings[i] > 0) b.dwellings = stock.dwellings[i];
    if (stock.residents[i] > 0) b.residents = stock.residents[i];
    const dh = stock.districtHeating[i];
    if (dh >= 0) b.districtHeating = header.districtHeating[dh].name;
    buildings[i] = b;
  }
  return { ...header, buildings };
}
