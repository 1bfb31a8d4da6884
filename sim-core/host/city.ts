// The city dataset format shared by server, client and tests, and its mapping to core inputs.
import { buildingHeatLossCoeff_W_K, type Envelope } from "./envelope.ts";
import { SimInputError } from "./errors.ts";
import { polygonArea_m2, polygonPerimeter_m } from "./polygon.ts";

export interface CityBuilding {
  id: string;
  district: string;
  use: string;
  /** Construction year; mapped to an archetype period. */
  year: number;
  floors: number;
  /** Footprint ring in local metres east/north of the city origin (not closed). */
  footprint_m: [number, number][];
  // Optional fields filled by the building import (sim-core/host/import) and the municipality generator.
  /** Height above ground [m] where the source states or measures one. */
  height_m?: number;
  /** Net footprint area of all parts minus holes [m²], when it differs from footprint_m's area. */
  footprintArea_m2?: number;
  /** Every footprint polygon as [outer, ...holes] when the source has holes or several parts. */
  footprintParts_m?: [number, number][][][];
  /** Id of the feature in the source file (OSM id, BAG identificatie, CityJSON key). */
  sourceId?: string;
  /** Norwegian cadastre (Matrikkel) building-type code. */
  matrikkelCode?: number;
  /** OSM building=* value the use type came from. */
  osmBuilding?: string;
  /** Warnings of the import for this building (fallbacks taken). */
  warnings?: string[];
  /** Dwellings in the building (residential use types). */
  dwellings?: number;
  /** Registered inhabitants. */
  residents?: number;
  /** Name of the district-heating network the building is connected to. */
  districtHeating?: string;
  /** Grid area id the building is supplied from. */
  gridArea?: string;
}

export interface CityDataset {
  municipality: { code: string; name: string };
  synthetic: boolean;
  note: string;
  origin: { lat: number; lon: number };
  weatherStation: string;
  storeyHeight_m: number;
  districts: { name: string; x_m: number; y_m: number }[];
  buildings: CityBuilding[];
}

export interface ArchetypePeriod extends Envelope {
  id: string;
  label: string;
  fromYear: number;
}

/** The archetype period a construction year belongs to (periods sorted by fromYear). */
export function periodForYear(periods: readonly ArchetypePeriod[], year: number): ArchetypePeriod {
  let match = periods[0];
  for (const p of periods) if (year >= p.fromYear) match = p;
  return match;
}

/** Heat-loss coefficient of every building, in dataset order [W/K]. */
export function cityHeatLossCoeffs_W_K(city: CityDataset, periods: readonly ArchetypePeriod[]): Float64Array {
  if (periods.length === 0) throw new SimInputError("archetype table is empty");
  const sorted = [...periods].sort((a, b) => a.fromYear - b.fromYear);
  const out = new Float64Array(city.buildings.length);
  city.buildings.forEach((b, i) => {
    try {
      out[i] = buildingHeatLossCoeff_W_K(
        {
          footprint_m2: polygonArea_m2(b.footprint_m),
          perimeter_m: polygonPerimeter_m(b.footprint_m),
          floors: b.floors,
          storeyHeight_m: city.storeyHeight_m,
        },
        periodForYear(sorted, b.year),
      );
    } catch (err) {
      throw new SimInputError(`building ${b.id}: ${(err as Error).message}`);
    }
  });
  return out;
}
