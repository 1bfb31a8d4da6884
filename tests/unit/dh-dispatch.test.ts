import { describe, expect, it } from "vitest";
import {
  SupplyLayout as L,
  type DhPlant,
  type SupplyConfig,
  SupplyReference,
  districtHourly,
  packSupply,
  plantHourly,
} from "../../sim-core/index.ts";
import { supplyWasm } from "./supply-fixtures.ts";

const plants: DhPlant[] = [
  { name: "waste", kind: "waste", capacity_W: 5e6, efficiency: 1, ef_g_kWh: 11 },
  { name: "sea-water HP", kind: "heatPump", capacity_W: 2e6, efficiency: 3, ef_g_kWh: 0 },
  { name: "bio", kind: "bio", capacity_W: 1e6, efficiency: 0.9, ef_g_kWh: 13 },
  { name: "oil", kind: "oil", capacity_W: 10e6, efficiency: 0.9, ef_g_kWh: 260 },
];

function network(plantList: DhPlant[], heat_W: number[]): SupplyConfig {
  return {
    buildings: { system: heat_W.map(() => L.SYS_DISTRICT), gridArea: heat_W.map(() => 0) },
    areas: { capacity_W: [1e9] },
    plants: plantList,
    hourly: { outdoor_C: [0], gridEf_g_kWh: 15, wasteHeatAvailable_W: [3e6] },
    globals: { dhLossShare: 0.1, dhFixedLoss_W: 0, dhGridArea: 0 },
  };
}

async function both(config: SupplyConfig) {
  return [await supplyWasm(config), new SupplyReference(packSupply(config))] as const;
}

describe("district heating merit order", () => {
  it("spills demand above each plant's capacity to the next (hand case) and sums emissions = Σ out/η·EF", async () => {
    for (const m of await both(network(plants, [2e6, 3.4e6]))) {
      m.spaceHeat_W.set([2e6, 3.4e6]);
      m.step();
      // demand 5.4 MW + 10 % loss = 5.94 MW; waste limited to the 3 MW the materials buffer offers,
      // heat pump 2 MW, bio the remaining 0.94 MW, oil nothing
      expect(districtHourly(m, 0, L.D_DEMAND)).toBeCloseTo(5.4e6, 6);
      expect(districtHourly(m, 0, L.D_LOSS)).toBeCloseTo(0.54e6, 6);
      expect(plantHourly(m, 0, 0)).toBe(3e6);
      expect(plantHourly(m, 0, 1)).toBe(2e6);
      expect(plantHourly(m, 0, 2)).toBeCloseTo(0.94e6, 6);
      expect(plantHourly(m, 0, 3)).toBe(0);
      expect(districtHourly(m, 0, L.D_UNSERVED)).toBe(0);
      // electricity of the heat pump: 2 MW / 3
      expect(districtHourly(m, 0, L.D_ELECTRIC)).toBeCloseTo(2e6 / 3, 6);
      // g: waste 3e6·11/1000 + HP (2e6/3)·15/1000 + bio (0.94e6/0.9)·13/1000
      const co2 = 3e6 * 0.011 + (2e6 / 3) * 0.015 + (0.94e6 / 0.9) * 0.013;
      expect(districtHourly(m, 0, L.D_CO2_G)).toBeCloseTo(co2, 6);
      expect(districtHourly(m, 0, L.D_WASTE_UNUSED)).toBe(0);
      // the heat pump's electricity is drawn in grid area 0
      expect(m.areaSeries[L.A_DH_ELECTRIC]).toBeCloseTo(2e6 / 3, 6);
    }
  });

  it("reports unserved heat when capacity runs out, never drops it", async () => {
    for (const m of await both(network(plants.slice(0, 3), [9e6]))) {
      m.spaceHeat_W[0] = 9e6;
      m.step();
      // 9.9 MW needed, 3 + 2 + 1 MW available
      expect(districtHourly(m, 0, L.D_UNSERVED)).toBeCloseTo(9.9e6 - 6e6, 6);
    }
  });

  it("leaves unused waste heat reported when demand is low", async () => {
    for (const m of await both(network(plants, [1e6]))) {
      m.spaceHeat_W[0] = 1e6;
      m.step();
      expect(plantHourly(m, 0, 0)).toBeCloseTo(1.1e6, 6);
      expect(districtHourly(m, 0, L.D_WASTE_UNUSED)).toBeCloseTo(3e6 - 1.1e6, 6);
    }
  });
});
