import { describe, expect, it } from "vitest";
import {
  SupplyLayout as L,
  type SupplyConfig,
  SupplyReference,
  buildingFlow,
  packSupply,
} from "../../sim-core/index.ts";
import { fillInputs, mixedConfig, supplyWasm } from "./supply-fixtures.ts";

function battery(mode: number, hours: number, threshold_W = 0): SupplyConfig {
  return {
    buildings: {
      system: [L.SYS_DIRECT],
      gridArea: [0],
      batteryCapacity_Wh: [10000],
      batteryPower_W: [3000],
      batteryRoundTrip: [0.81], // 0.9 on charge and on discharge
      batteryMode: [mode],
      batteryThreshold_W: [threshold_W],
    },
    areas: { capacity_W: [1e9] },
    hourly: { outdoor_C: new Array(hours).fill(10) },
    detail: true,
  };
}

async function both(config: SupplyConfig) {
  return [await supplyWasm(config), new SupplyReference(packSupply(config))] as const;
}

describe("stationary battery", () => {
  it("self-consumption: stores PV surplus within power, releases it later (hand case, η = 0.9 each way)", async () => {
    for (const m of await both(battery(L.BAT_SELF_CONSUMPTION, 3))) {
      m.appliances_W[0] = 1000;
      m.pv_W[0] = 5000;
      m.step(); // surplus 4000 W, power 3000 W → charge 3000, SOC 2700 Wh, export 1000 W
      expect(buildingFlow(m, 0, L.OUT_BAT_CHARGE)).toBe(3000);
      expect(m.soc_Wh[0]).toBeCloseTo(2700, 9);
      expect(buildingFlow(m, 0, L.OUT_EXPORT)).toBe(1000);
      expect(buildingFlow(m, 0, L.OUT_BAT_LOSS)).toBeCloseTo(300, 9);
      m.appliances_W[0] = 2000;
      m.pv_W[0] = 0;
      m.step(); // discharge 2000 W out of the battery, SOC 2700 − 2000/0.9
      expect(buildingFlow(m, 0, L.OUT_BAT_DISCHARGE)).toBe(2000);
      expect(buildingFlow(m, 0, L.OUT_IMPORT)).toBe(0);
      expect(m.soc_Wh[0]).toBeCloseTo(2700 - 2000 / 0.9, 9);
      m.step(); // only SOC·0.9 = 430 W left; the rest is imported, SOC ends at 0
      expect(buildingFlow(m, 0, L.OUT_BAT_DISCHARGE)).toBeCloseTo((2700 - 2000 / 0.9) * 0.9, 9);
      expect(buildingFlow(m, 0, L.OUT_IMPORT)).toBeCloseTo(2000 - (2700 - 2000 / 0.9) * 0.9, 9);
      expect(m.soc_Wh[0]).toBeCloseTo(0, 9);
    }
  });

  it("peak shaving: discharges above the threshold, recharges below it", async () => {
    for (const m of await both(battery(L.BAT_PEAK_SHAVING, 2, 3000))) {
      m.appliances_W[0] = 1000;
      m.step(); // 2000 W below the threshold: charge at full power 3000? limited to the gap of 2000 W
      expect(buildingFlow(m, 0, L.OUT_BAT_CHARGE)).toBe(2000);
      expect(buildingFlow(m, 0, L.OUT_IMPORT)).toBe(3000);
      m.appliances_W[0] = 4500;
      m.step(); // 1500 W above the threshold, SOC 1800 Wh allows 1620 W
      expect(buildingFlow(m, 0, L.OUT_BAT_DISCHARGE)).toBe(1500);
      expect(buildingFlow(m, 0, L.OUT_IMPORT)).toBe(3000);
    }
  });

  it("keeps SOC within [0, capacity] and conserves energy with round-trip losses over a long random run", async () => {
    const hours = 400;
    for (const m of await both(mixedConfig(60, hours))) {
      const cap = packSupply(mixedConfig(60, hours)).batCapacity_Wh;
      const charged = new Float64Array(m.buildings);
      const discharged = new Float64Array(m.buildings);
      const lost = new Float64Array(m.buildings);
      let worstBelow = 0; // most negative SOC and largest excess over capacity seen
      let worstAbove = 0;
      for (let h = 0; h < hours; h++) {
        fillInputs(m, h);
        m.step();
        for (let i = 0; i < m.buildings; i++) {
          worstBelow = Math.min(worstBelow, m.soc_Wh[i]);
          worstAbove = Math.max(worstAbove, m.soc_Wh[i] - cap[i]);
          charged[i] += buildingFlow(m, i, L.OUT_BAT_CHARGE);
          discharged[i] += buildingFlow(m, i, L.OUT_BAT_DISCHARGE);
          lost[i] += buildingFlow(m, i, L.OUT_BAT_LOSS);
        }
      }
      expect(worstBelow).toBe(0);
      expect(worstAbove).toBe(0);
      let used = 0;
      for (let i = 0; i < m.buildings; i++) {
        if (cap[i] === 0) continue;
        used++;
        // energy in − energy out = stored + lost
        const residual = charged[i] - discharged[i] - m.soc_Wh[i] - lost[i];
        expect(Math.abs(residual) / Math.max(charged[i], 1)).toBeLessThan(1e-9);
        expect(lost[i]).toBeGreaterThan(0);
      }
      expect(used).toBeGreaterThan(10);
    }
  });
});

describe("EV charging", () => {
  const ev = (mode: number): SupplyConfig => ({
    buildings: { system: [0, 0], gridArea: [0, 0], evDaily_Wh: [10000, 7000], evMode: [mode, mode] },
    areas: { capacity_W: [1e9], evDaily_Wh: [500000], evMode: [mode] },
    hourly: { outdoor_C: new Array(72).fill(0) },
    detail: true,
  });

  it("conserves each day's energy under uncontrolled and smart night charging", async () => {
    for (const mode of [L.EV_UNCONTROLLED, L.EV_SMART_NIGHT])
      for (const m of await both(ev(mode))) {
        for (let day = 0; day < 3; day++) {
          const sum = [0, 0];
          let area = 0;
          for (let h = 0; h < 24; h++) {
            m.step();
            sum[0] += buildingFlow(m, 0, L.OUT_EL_EV);
            sum[1] += buildingFlow(m, 1, L.OUT_EL_EV);
            area += m.areaSeries[(day * 24 + h) * L.A_STRIDE + L.A_EV];
          }
          expect(sum[0]).toBeCloseTo(10000, 9);
          expect(sum[1]).toBeCloseTo(7000, 9);
          expect(area).toBeCloseTo(500000, 6);
        }
      }
  });

  it("uncontrolled charging peaks at 17:00 arrivals, smart charging stays in 22:00-06:00", async () => {
    const [u] = await both(ev(L.EV_UNCONTROLLED));
    const [s] = await both(ev(L.EV_SMART_NIGHT));
    const at = (m: typeof u, hour: number) => {
      m.reset();
      for (let h = 0; h <= hour; h++) m.step();
      return buildingFlow(m, 0, L.OUT_EL_EV);
    };
    expect(at(u, 17)).toBeCloseTo(3000, 9); // 30 % of 10 kWh
    expect(at(s, 17)).toBe(0);
    expect(at(s, 2)).toBeCloseTo(1250, 9); // 10 kWh / 8 night hours
  });
});
