// What one run of the integrated model sends to the view: per-building yearly records, the city's hourly
// grid and district-heat series, U4SSC-aligned indicators and the year's energy and material flows.
// Plain data and typed arrays (transferable from the worker).

export interface Flow {
  from: string;
  to: string;
  value: number;
}

export interface PlantYear {
  name: string;
  kind: string;
  heat_MWh: number;
}

export interface ModelResult {
  runId: number;
  /** Lever values of this run (id → value). */
  levers: Record<string, number>;
  year: number;
  buildings: number;
  /** f64[buildings · stride]: the supply module's yearly record per building [Wh or g] (SupplyLayout.M_*). */
  yearly: Float64Array;
  stride: number;
  /** Heated floor area per building as the model used it [m²]. */
  floorArea_m2: Float64Array;
  /** Heating system per building: 0 direct, 1 air-air HP, 2 air-water HP, 3 ground HP, 4 district heat, 5 bio. */
  system: Int8Array;
  pv_kWp: Float64Array;
  /** Retrofit by `year`: 0 none, 1 TEK17, 2 passive house. */
  retrofitted: Uint8Array;
  /** Household waste attributed to the building by its residents [kg/yr]. */
  waste_kg: Float64Array;
  /** City hourly net grid import, export and district-heat demand [W]. */
  gridImport_W: Float64Array;
  gridExport_W: Float64Array;
  dhDemand_W: Float64Array;
  /** Indicator id (sim-core/scenario/indicators.ts) → value in its unit (the scenario runner's yearIndicators). */
  indicators: Record<string, number>;
  /** Amount in place per lever, in its cost basis (the runner's LeverUnits): priced in the MAC curve. */
  units: Record<string, number>;
  energyFlows_MWh: Flow[];
  materialFlows_t: Flow[];
  plants: PlantYear[];
  population: number;
  run_ms: number;
  /** Buildings whose year ran for this result (fewer than `buildings` when a warm run re-ran one district). */
  rerunBuildings: number;
}
