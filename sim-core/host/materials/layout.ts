// Shape of the materials network (mirror of sim-core/assembly/materials/layout.ts).

export const FRACTIONS = [
  "food",
  "paper",
  "plastic",
  "glassMetal",
  "textiles",
  "wood",
  "garden",
  "ee",
  "hazardous",
  "residual",
] as const;
export type Fraction = (typeof FRACTIONS)[number];

/** Processes in flow order: a transfer always goes to a later process or to the boundary. */
export const PROCESSES = [
  "generation",
  "separation",
  "collectionSeparate",
  "collectionResidual",
  "sorting",
  "reuse",
  "recycling",
  "biogas",
  "composting",
  "incineration",
  "landfill",
  "special",
] as const;
export type Process = (typeof PROCESSES)[number];
/** Where a transfer may go: a process or out of the system. */
export type Destination = Process | "boundary";
export const DESTINATIONS: readonly Destination[] = [...PROCESSES, "boundary"];

export const BUILDING_MATERIALS = ["concrete", "brick", "steel", "timber", "glass", "insulation", "gypsum"] as const;
export type BuildingMaterial = (typeof BUILDING_MATERIALS)[number];
export const CD_ROUTES = ["reuse", "recycling", "energy", "landfill"] as const;
export type CdRoute = (typeof CD_ROUTES)[number];

export const F = FRACTIONS.length;
export const P = PROCESSES.length;
export const D = DESTINATIONS.length;
export const M = BUILDING_MATERIALS.length;
export const R = CD_ROUTES.length;
export const BOUNDARY = P;
export const DAYS_PER_YEAR = 365;
export const HOURS_PER_DAY = 24;
export const HOURS_PER_YEAR = 8760;

export const proc = (name: Process): number => PROCESSES.indexOf(name);
export const frac = (name: Fraction): number => FRACTIONS.indexOf(name);

/** Processes whose output is set by transfer coefficients (the plant and the landfill keep stocks instead). */
export const ROUTERS: readonly Process[] = PROCESSES.filter((p) => p !== "incineration" && p !== "landfill");

/** Plant scalars (buffer plant). */
export const PL = { capacity_t_yr: 0, bunkerMax_t: 1, residence_h: 2, etaHeat: 3, etaEl: 4 } as const;

/** Building-stock year accumulators: blocks of M, then routes M × R. */
export const BY = { delivered: 0, builtIn: 1, retrofit: 2, demolition: 3, siteWaste: 4, routes: 5 } as const;
/** Building-stock processes and balance kinds (buffer bBal is [process][kind][material]). */
export const B_PROCESSES = ["site", "stock", "cd"] as const;

/** Buffer ids (materialsBufferPtr) in the order of the AS layout. */
export const BUF = {
  pop: 0,
  genPerson: 1,
  areaUse: 2,
  genArea: 3,
  tc: 4,
  imports: 5,
  plant: 6,
  lhv: 7,
  bArea: 8,
  bArch: 9,
  bAge: 10,
  intensity: 11,
  weibull: 12,
  retrofit: 13,
  construction: 14,
  cdTc: 15,
  bScalars: 16,
  flowStep: 17,
  flowTotal: 18,
  pIn: 19,
  pOut: 20,
  pDStock: 21,
  pStock: 22,
  heatW: 23,
  elecW: 24,
  plantOut: 25,
  bStock: 26,
  bBal: 27,
  bYear: 28,
  genDaily: 29,
} as const;
export type BufferName = keyof typeof BUF;
export const BUFFER_NAMES = Object.keys(BUF) as BufferName[];

export interface Dimensions {
  dwellings: number;
  uses: number;
  buildings: number;
  archetypes: number;
}

/** Length (f64 count) of every buffer for the given dimensions (mirrors state.ts bufferLength). */
export function bufferLength(name: BufferName, d: Dimensions): number {
  const BA = d.buildings + d.archetypes;
  switch (name) {
    case "pop":
      return d.dwellings;
    case "genPerson":
      return d.dwellings * F;
    case "areaUse":
      return d.uses;
    case "genArea":
      return d.uses * F;
    case "tc":
      return P * F * D;
    case "imports":
    case "lhv":
      return F;
    case "plant":
      return 5;
    case "bArea":
    case "bAge":
      return BA;
    case "bArch":
      return d.buildings;
    case "intensity":
      return d.archetypes * M;
    case "weibull":
    case "retrofit":
      return d.archetypes * 2;
    case "construction":
      return d.archetypes;
    case "cdTc":
      return M * R;
    case "bScalars":
      return 1;
    case "flowStep":
    case "flowTotal":
      return P * D * F;
    case "pIn":
    case "pOut":
    case "pDStock":
    case "pStock":
      return P * F;
    case "heatW":
    case "elecW":
      return HOURS_PER_YEAR;
    case "plantOut":
      return 2 * F + 2;
    case "genDaily":
      return 2 * F;
    case "bStock":
      return BA * M;
    case "bBal":
      return 9 * M;
    case "bYear":
      return 9 * M;
  }
}

/** Where a model's buffers are read and written: WASM memory views or plain arrays (reference). */
export interface MaterialsBuffers {
  buf(name: BufferName): Float64Array;
  readonly dims: Dimensions;
}
