// Result summaries of an EnergyModel run (after runYear): per building yearly energy by end use and
// carrier, city-wide monthly totals, grid areas and district heat. Reads the zero-copy views.
import * as L from "../supply/layout.ts";
import type { EnergyModel } from "./EnergyModel.ts";

/** Yearly quantities per building: name (unit in the name) → supply record field. Wh → kWh, g → kg. */
export const QUANTITIES: readonly (readonly [string, number])[] = [
  ["spaceHeat_kWh", L.M_SPACE_HEAT],
  ["dhw_kWh", L.M_DHW],
  ["cooling_kWh", L.M_COOLING],
  ["elSpace_kWh", L.M_EL_SPACE],
  ["elDhw_kWh", L.M_EL_DHW],
  ["elCool_kWh", L.M_EL_COOL],
  ["elAppliances_kWh", L.M_EL_APPLIANCES],
  ["elEv_kWh", L.M_EL_EV],
  ["pv_kWh", L.M_PV],
  ["gridImport_kWh", L.M_IMPORT],
  ["gridExport_kWh", L.M_EXPORT],
  ["districtHeat_kWh", L.M_DISTRICT_HEAT],
  ["bioFuel_kWh", L.M_BIO_FUEL],
  ["ambientHeat_kWh", L.M_AMBIENT],
  ["co2Electricity_kg", L.M_CO2_EL_G],
  ["co2Bio_kg", L.M_CO2_BIO_G],
  ["co2DistrictHeat_kg", L.M_CO2_DH_G],
];

export function buildingRows(m: EnergyModel): Record<string, number | string>[] {
  const y = m.supply.yearly;
  return m.inputs.ids.map((id, i) => {
    const row: Record<string, number | string> = { id };
    for (const [name, q] of QUANTITIES) row[name] = y[i * L.M_STRIDE + q] / 1000;
    return row;
  });
}

export function buildingCsv(m: EnergyModel): string {
  const header = ["id", ...QUANTITIES.map(([n]) => n)];
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [header.join(",")];
  for (const row of buildingRows(m))
    lines.push(header.map((k) => (k === "id" ? quote(String(row.id)) : String(row[k]))).join(","));
  return `${lines.join("\n")}\n`;
}

export function summary(m: EnergyModel): Record<string, unknown> {
  const s = m.supply;
  const totals: Record<string, number> = {};
  const monthly: Record<string, number[]> = {};
  for (const [name, q] of QUANTITIES) {
    const unit = name.replace(/_kWh$/, "_MWh").replace(/_kg$/, "_t");
    totals[unit] = m.total(q) / 1e6;
    monthly[unit] = Array.from({ length: 12 }, (_, mo) => {
      let sum = 0;
      for (let i = 0; i < m.buildings; i++) sum += m.monthly(i, mo, q);
      return sum / 1e6;
    });
  }
  const gridAreas = m.inputs.areaNames.map((name, a) => {
    let imp = 0;
    let exp = 0;
    const net_kW: number[] = new Array(m.hours);
    for (let h = 0; h < m.hours; h++) {
      const r = (h * s.areas + a) * L.A_STRIDE;
      imp += s.areaSeries[r + L.A_IMPORT];
      exp += s.areaSeries[r + L.A_EXPORT];
      net_kW[h] = (s.areaSeries[r + L.A_IMPORT] - s.areaSeries[r + L.A_EXPORT]) / 1000;
    }
    return {
      name,
      capacity_kW: (m.inputs.supply.areas.capacity_W[a] as number) / 1000,
      peakImport_kW: s.areaPeakImport_W[a] / 1000,
      peakExport_kW: s.areaPeakExport_W[a] / 1000,
      hoursOverCapacity: s.areaHoursOver[a],
      import_MWh: imp / 1e6,
      export_MWh: exp / 1e6,
      hourlyNetImport_kW: net_kW,
    };
  });
  const dhTotal = (k: number) => {
    let sum = 0;
    for (let h = 0; h < m.hours; h++) sum += s.dhSeries[h * L.D_STRIDE + k];
    return sum;
  };
  const plants = (m.inputs.supply.plants ?? []).map((p, k) => {
    let heat = 0;
    for (let h = 0; h < m.hours; h++) heat += s.plantOut_W[h * s.plants + k];
    return { name: p.name, kind: p.kind, heat_MWh: heat / 1e6 };
  });
  const e = m.emissions_g();
  return {
    buildings: m.buildings,
    hours: m.hours,
    totals,
    monthly,
    emissions_t: {
      electricity: e.electricity / 1e6,
      bio: e.bio / 1e6,
      districtHeat: e.districtHeat / 1e6,
      total: e.total / 1e6,
    },
    gridAreas,
    districtHeat: {
      demand_MWh: dhTotal(L.D_DEMAND) / 1e6,
      loss_MWh: dhTotal(L.D_LOSS) / 1e6,
      unserved_MWh: dhTotal(L.D_UNSERVED) / 1e6,
      co2_t: dhTotal(L.D_CO2_G) / 1e6,
      plants,
      hourlyDemand_kW: Array.from({ length: m.hours }, (_, h) => s.dhSeries[h * L.D_STRIDE + L.D_DEMAND] / 1000),
    },
  };
}
