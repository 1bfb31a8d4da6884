import { describe, expect, it } from "vitest";
import {
  SupplyLayout as L,
  SupplyReference,
  buildingSchedules,
  buildingYearly,
  packSupply,
  zoneParameters,
} from "../../sim-core/index.ts";
import { supplyWasm } from "./supply-fixtures.ts";

const office = {
  use: "office",
  year: 2010,
  footprint_m2: 500,
  perimeter_m: 100,
  floors: 3,
  storeyHeight_m: 3.2,
  heatedShare: 0.9,
};

describe("stock schedules through the supply model", () => {
  it("a direct-electric office's year: DHW and appliance electricity equal the archetype's annual figures", async () => {
    const hours = 8760;
    const s = buildingSchedules(office, hours);
    const { floorArea_m2 } = zoneParameters(office);
    const config = {
      buildings: { system: [L.SYS_DIRECT], gridArea: [0] },
      areas: { capacity_W: [1e9] },
      hourly: { outdoor_C: new Array(hours).fill(5) },
    };
    for (const m of [await supplyWasm(config), new SupplyReference(packSupply(config))]) {
      for (let h = 0; h < hours; h++) {
        m.dhw_W[0] = s.dhw_W[h];
        m.appliances_W[0] = s.appliances_W[h];
        m.step();
      }
      m.finalize();
      // 5 kWh/m²·yr DHW over 1350 m² heated floor
      expect(buildingYearly(m, 0, L.M_EL_DHW)).toBeCloseTo(5000 * floorArea_m2, 3);
      const appliances_Wh = s.appliances_W.reduce((a, b) => a + b, 0);
      expect(buildingYearly(m, 0, L.M_EL_APPLIANCES)).toBeCloseTo(appliances_Wh, 3);
      expect(buildingYearly(m, 0, L.M_IMPORT)).toBeCloseTo(5000 * floorArea_m2 + appliances_Wh, 3);
      // 15 g/kWh on every imported kWh
      expect(buildingYearly(m, 0, L.M_CO2_EL_G)).toBeCloseTo(((5000 * floorArea_m2 + appliances_Wh) * 15) / 1000, 3);
    }
  });
});
