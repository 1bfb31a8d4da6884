// Default parameters of the supply model, each with its source and status (see assets/supply/SOURCES.md).

export type SystemName = "direct" | "airAir" | "airWater" | "ground" | "district" | "bio";
export const SYSTEM_NAMES: readonly SystemName[] = ["direct", "airAir", "airWater", "ground", "district", "bio"];

export interface SystemParams {
  kind: "resistive" | "heatPump" | "district" | "boiler";
  /** Carnot fraction η_C of a heat pump. */
  etaCarnot: number;
  sinkSpace_C: number;
  sinkDhw_C: number;
  source: "air" | "ground";
  /** Primary unit off below this outdoor temperature (back-up electric heater takes over). */
  cutoff_C: number;
  copMax: number;
  /** Boiler efficiency (heat out per fuel in). */
  efficiency: number;
  /** Whether the primary unit also heats the domestic hot water (else an electric water heater does). */
  dhwOnSystem: boolean;
}

const base: SystemParams = {
  kind: "resistive",
  etaCarnot: 0,
  sinkSpace_C: 0,
  sinkDhw_C: 0,
  source: "air",
  cutoff_C: -1000,
  copMax: 1,
  efficiency: 1,
  dhwOnSystem: true,
};

/**
 * η_C chosen so the COP at the EN 14511 / EN 14825 rating points is typical of Nordic units
 * (engineering assumption, recalled): air-air ≈ 3.9 at 7 °C/35 °C sink, air-water ≈ 3.3 at 7 °C/45 °C,
 * ground-source ≈ 4.2 at 2 °C brine/35 °C.
 */
export const DEFAULT_SYSTEMS: Readonly<Record<SystemName, SystemParams>> = {
  direct: { ...base },
  airAir: {
    ...base,
    kind: "heatPump",
    etaCarnot: 0.35,
    sinkSpace_C: 35,
    sinkDhw_C: 55,
    cutoff_C: -20,
    copMax: 6,
    dhwOnSystem: false,
  },
  airWater: { ...base, kind: "heatPump", etaCarnot: 0.4, sinkSpace_C: 45, sinkDhw_C: 55, cutoff_C: -20, copMax: 6 },
  ground: { ...base, kind: "heatPump", etaCarnot: 0.45, sinkSpace_C: 35, sinkDhw_C: 55, source: "ground", copMax: 7 },
  district: { ...base, kind: "district" },
  bio: { ...base, kind: "boiler", efficiency: 0.8 },
};

export interface GlobalParams {
  /** Ground-source brine temperature, constant over the year [°C]. */
  ground_C: number;
  /** Smallest lift used in the Carnot COP [K]. */
  minLift_K: number;
  coolEtaCarnot: number;
  coolEvaporator_C: number;
  coolCondenserOffset_K: number;
  coolCopMax: number;
  /** Wood pellets, non-fossil CO2: 6 g/kWh (Miljødirektoratet, verified). */
  bioEf_g_kWh: number;
  /** District-heat network loss as a share of heat delivered to buildings. */
  dhLossShare: number;
  dhFixedLoss_W: number;
  /** Grid area that supplies the district-heat plants' electricity (−1: none). */
  dhGridArea: number;
}

export const DEFAULT_GLOBALS: Readonly<GlobalParams> = {
  ground_C: 2,
  minLift_K: 10,
  coolEtaCarnot: 0.3,
  coolEvaporator_C: 7,
  coolCondenserOffset_K: 10,
  coolCopMax: 6,
  bioEf_g_kWh: 6,
  dhLossShare: 0.1,
  dhFixedLoss_W: 0,
  dhGridArea: 0,
};

/** NVE climate declaration for physically delivered electricity in Norway, 2023 (verified): 15 g CO2e/kWh. */
export const NVE_PHYSICAL_DELIVERY_2023_G_KWH = 15;

/**
 * Share of a day's EV charging energy per hour of day (each sums to 1, so a day's energy is conserved).
 * Uncontrolled: charging starts on arrival home, spread after typical arrival times (a 7-11 kW charger
 * delivers a ~7 kWh daily need within the arrival hour; engineering assumption). Smart: spread evenly
 * over 22:00-06:00.
 */
export const EV_PROFILE_UNCONTROLLED: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.15, 0.3, 0.25, 0.15, 0.1, 0.05, 0, 0,
];
export const EV_PROFILE_SMART_NIGHT: readonly number[] = [
  0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.125, 0.125,
];

export type PlantKind = "waste" | "heatPump" | "bio" | "electricBoiler" | "oil";
export const PLANT_KINDS: readonly PlantKind[] = ["waste", "heatPump", "bio", "electricBoiler", "oil"];

export interface DhPlant {
  name: string;
  kind: PlantKind;
  capacity_W: number;
  /** Heat out per fuel (or electricity) in; the COP for heat pumps. */
  efficiency: number;
  /** Emission factor per kWh of fuel in [g/kWh]; ignored for electric plants (the hourly grid factor applies). */
  ef_g_kWh: number;
}

/**
 * Grautneset (Ålesund, Tafjord Kraftvarme): ~100,000 t waste/yr, ~150 GWh heat/yr available (verified,
 * /work/shared/data). Default until the materials model fills wasteHeatAvailable_W: flat over the year,
 * since the plant burns waste at a steady rate year-round.
 */
export const GRAUTNESET_HEAT_WH_PER_YEAR = 150e9;
export function defaultWasteHeatAvailable_W(hours: number): Float64Array {
  return new Float64Array(hours).fill(GRAUTNESET_HEAT_WH_PER_YEAR / 8760);
}

/**
 * An Ålesund-like merit order. Emission factors: Fortum LCA method (waste heat 11 g/kWh, pellets
 * 13 g/kWh, verified); heating oil 260 g/kWh (Miljødirektoratet, verified). Capacities, efficiencies and
 * the sea-water heat pump's COP are assumptions.
 */
export const EXAMPLE_DH_PLANTS: readonly DhPlant[] = [
  { name: "Waste CHP (Grautneset)", kind: "waste", capacity_W: 25e6, efficiency: 1, ef_g_kWh: 11 },
  { name: "Sea-water heat pump", kind: "heatPump", capacity_W: 8e6, efficiency: 3, ef_g_kWh: 0 },
  { name: "Bio boiler (pellets)", kind: "bio", capacity_W: 10e6, efficiency: 0.9, ef_g_kWh: 13 },
  { name: "Electric boiler", kind: "electricBoiler", capacity_W: 10e6, efficiency: 0.99, ef_g_kWh: 0 },
  { name: "Peak oil boiler", kind: "oil", capacity_W: 30e6, efficiency: 0.9, ef_g_kWh: 260 },
];
