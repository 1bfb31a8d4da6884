// The generator's input (assets/<municipality>/municipality-spec.json): figures with their status in SOURCES.md.
export type DwellingType = "detached" | "semidetached" | "row" | "apartment";
export const DWELLING_TYPES: DwellingType[] = ["detached", "semidetached", "row", "apartment"];

export interface DistrictSpec {
  name: string;
  code: string;
  lat: number;
  lon: number;
  radius_m: number;
  /** Relative share of the population. */
  weight: number;
  mix?: Record<DwellingType, number>;
  periodWeights?: number[];
  apartmentDwellings?: [number, number];
}

export interface MunicipalitySpec {
  municipality: { code: string; name: string };
  population: number;
  origin: { lat: number; lon: number };
  weatherStation: string;
  storeyHeight_m: number;
  seed: number;
  dwellingTypes: Record<
    DwellingType,
    { use: string; personsPerDwelling: number; dwellingsPerBuilding: [number, number] }
  >;
  mix: Record<DwellingType, number>;
  periods: [number, number][];
  periodWeights: number[];
  serviceFloorArea_m2_per_capita: Record<string, number>;
  serviceCentres: Record<string, Record<string, number>>;
  districts: DistrictSpec[];
  water: { name: string; lonLat: [number, number][] }[];
  /** Land of neighbouring municipalities that a district circle would reach into (no buildings there). */
  outsideMunicipality?: { name: string; lonLat: [number, number][] }[];
  districtHeating: {
    name: string;
    operator: string;
    plants: { name: string; kind: string; lat: number; lon: number; status: string }[];
    districts: string[];
    connect: { uses: string[] } | { shareOfTownBuildings: number; townDistricts: string[] };
    status: string;
    source: string;
  }[];
  gridAreas: { id: string; name: string; operator: string; districts: string[] }[];
  carFleet: { carsPer1000: number; evShare: number; evShareYear: number; meanKmPerCar: number };
}
