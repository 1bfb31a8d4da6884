// Calibration rows: the default Norwegian parameters simulated against the published statistics.
// Used by tools/materials-calibration.ts (docs/materials-calibration.md) and by the plausibility test.
import { norwayDefaultParams, wasteData } from "./defaults.ts";
import type { MaterialsIndicators } from "./indicators.ts";
import type { MaterialsParams } from "./params.ts";

export interface CalibrationRow {
  quantity: string;
  unit: string;
  simulated: number;
  statistic: number;
  gap_pct: number;
  source: string;
  /** Rows checked against the 5 % requirement (the others are shown for context). */
  checked: boolean;
}

/** Runs one simulated year of the given parameters and returns its indicators. */
export type YearRunner = (params: MaterialsParams) => MaterialsIndicators;

/** Norway as one municipality: population implied by SSB's own 2,080 kt ÷ 375 kg; no capacity limit. */
export function norwayCalibrationParams(): MaterialsParams {
  const ssb = wasteData.ssb2023;
  return norwayDefaultParams({
    population: (ssb.total_kt * 1e6) / ssb.kg_per_capita,
    plant: { capacity_t_yr: 1e9, bunkerMax_t: 1e12 },
  });
}

/** The Ålesund plant at its capacity, fed with the residual-bin mix. */
export function alesundPlantCalibrationParams(): MaterialsParams {
  return norwayDefaultParams({ population: 0, importedToPlant_t_yr: wasteData.alesundPlant.capacity_t_yr });
}

export function calibrationRows(runYear: YearRunner): CalibrationRow[] {
  const ssb = wasteData.ssb2023;
  const tr = ssb.treatment_kt;
  const plant = wasteData.alesundPlant;
  const n = runYear(norwayCalibrationParams());
  const a = runYear(alesundPlantCalibrationParams());
  const t = n.treatment_t;
  const SSB = "SSB Avfall frå hushalda 2023";
  const row = (
    quantity: string,
    unit: string,
    simulated: number,
    statistic: number,
    source: string,
    checked = true,
  ) => ({
    quantity,
    unit,
    simulated,
    statistic,
    gap_pct: (100 * (simulated - statistic)) / statistic,
    source,
    checked,
  });
  return [
    row("Household waste per inhabitant", "kg/inh/yr", n.householdWaste_kg_per_inh_yr, ssb.kg_per_capita, SSB),
    row("Household waste, total", "kt/yr", n.householdWaste_t / 1000, ssb.total_kt, SSB),
    row("Delivered to material recycling", "kt/yr", t.recycling / 1000, tr.material_recycling, SSB),
    row("Delivered to incineration", "kt/yr", t.incineration / 1000, tr.incineration, SSB),
    row("Delivered to biogas", "kt/yr", t.biogas / 1000, tr.biogas, SSB),
    row("Delivered to composting", "kt/yr", t.composting / 1000, tr.composting, SSB),
    row("Delivered to landfill", "kt/yr", t.landfill / 1000, tr.landfill, SSB),
    row("Other treatment (incl. reuse)", "kt/yr", (t.special + t.reused) / 1000, tr.other, SSB),
    row(
      "Material recovery incl. biogas and composting",
      "kt/yr",
      (t.recycling + t.biogas + t.composting) / 1000,
      ssb.material_recovery_incl_bio_kt,
      SSB,
    ),
    row(
      "Ålesund plant: waste burnt at capacity",
      "kt/yr",
      a.incineration.burnt_t / 1000,
      plant.capacity_t_yr / 1000,
      "Tafjord Kraftvarme (energiaktuelt.no)",
    ),
    row(
      "Ålesund plant: district heat",
      "GWh/yr",
      a.districtHeatFromWaste_MWh / 1000,
      plant.heat_GWh_yr,
      "Tafjord line-2 plan (fjernvarme.no 2007)",
    ),
    row(
      "Ålesund plant: electricity",
      "GWh/yr",
      a.incineration.electricity_MWh / 1000,
      plant.electricity_GWh_yr,
      "Tafjord line-2 plan (fjernvarme.no 2007)",
    ),
    row(
      "Ålesund plant: fossil CO2 (context)",
      "kt/yr",
      a.incineration.fossilCO2_t / 1000,
      0.18 * 300,
      "18 % of ≈300 kt CO2e (Ålesund klimabudsjett via Sunnmørsposten 2021; 2018, 1507 borders)",
      false,
    ),
  ];
}
