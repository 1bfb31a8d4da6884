// Energy and material flows of a year for the Sankey diagrams (values from the models' yearly totals).
import type { Flow } from "../results.ts";
import type { YearMetrics } from "./yearMetrics.ts";

const PLANT_LABEL: Record<string, string> = {
  waste: "Waste incineration",
  heatPump: "Heat pumps (plant)",
  bio: "Bio boiler",
  electricBoiler: "Electric boiler",
  oil: "Oil boiler",
};

export function energyFlows(m: YearMetrics): Flow[] {
  const pvUsed = Math.max(0, m.pv_MWh - m.gridExport_MWh);
  const flows: Flow[] = [
    { from: "Grid import", to: "Electricity", value: m.gridImport_MWh },
    { from: "Rooftop PV", to: "Electricity", value: pvUsed },
    { from: "Rooftop PV", to: "Export", value: Math.min(m.pv_MWh, m.gridExport_MWh) },
    { from: "Electricity", to: "Space heating", value: m.elSpace_MWh },
    { from: "Electricity", to: "Hot water", value: m.elDhw_MWh },
    { from: "Electricity", to: "Cooling", value: m.elCool_MWh },
    { from: "Electricity", to: "Appliances", value: m.elAppliances_MWh },
    { from: "Electricity", to: "EV charging", value: m.elEv_MWh },
    { from: "Ambient heat", to: "Space heating", value: m.ambientHeat_MWh },
    { from: "Bio fuel", to: "Space heating", value: m.bioFuel_MWh },
    { from: "District heat", to: "Space heating", value: m.districtHeat_MWh },
    { from: "District heat", to: "Network losses", value: m.dhLoss_MWh },
    { from: "Fossil fuel", to: "Cars (fossil)", value: m.transport.fossilFuel_MWh },
  ];
  for (const [kind, heat] of Object.entries(m.dhPlantHeat_MWh))
    flows.push({ from: PLANT_LABEL[kind] ?? kind, to: "District heat", value: heat });
  return flows.filter((f) => f.value > 1e-9);
}

export function materialFlows(m: YearMetrics): Flow[] {
  const t = m.waste.treatment_t;
  const flows: Flow[] = [
    { from: "Household waste", to: "Material recycling", value: t.recycling ?? 0 },
    { from: "Household waste", to: "Biogas", value: t.biogas ?? 0 },
    { from: "Household waste", to: "Composting", value: t.composting ?? 0 },
    { from: "Household waste", to: "Incineration", value: t.incineration ?? 0 },
    { from: "Household waste", to: "Landfill", value: t.landfill ?? 0 },
    { from: "Household waste", to: "Special treatment", value: t.special ?? 0 },
    { from: "Household waste", to: "Reuse", value: t.reused ?? 0 },
    { from: "Demolition", to: "Component reuse", value: m.waste.reusedComponents_t },
    { from: "Demolition", to: "C&D waste", value: Math.max(0, m.waste.cdWaste_t - m.waste.reusedComponents_t) },
    { from: "New materials", to: "Building stock", value: m.waste.newMaterial_t },
  ];
  return flows.filter((f) => f.value > 1e-9);
}
