import { describe, expect, it } from "vitest";
import {
  SupplyLayout as L,
  type SupplyConfig,
  SupplyReference,
  buildingFlow,
  carnotCop,
  packSupply,
} from "../../sim-core/index.ts";
import { supplyWasm } from "./supply-fixtures.ts";

// One building of the given system for a series of outdoor temperatures, no grid limits.
function oneBuilding(system: number, outdoor_C: number[], primaryCapacity_W = Number.POSITIVE_INFINITY): SupplyConfig {
  return {
    buildings: { system: [system], gridArea: [0], primaryCapacity_W: [primaryCapacity_W] },
    areas: { capacity_W: [1e9] },
    hourly: { outdoor_C, gridEf_g_kWh: 15 },
    detail: true,
  };
}

async function both(config: SupplyConfig) {
  return [await supplyWasm(config), new SupplyReference(packSupply(config))] as const;
}

describe("Carnot COP", () => {
  it("is η_C·T_sink/(T_sink − T_source) in kelvin", () => {
    // air-water at 7 °C outdoor, 45 °C sink: 0.4 · 318.15 / 38 = 3.348947…
    expect(carnotCop(0.4, 45, 7, 10, 6)).toBeCloseTo((0.4 * 318.15) / 38, 14);
    // the lift is floored at 10 K and the COP capped: 0.35 · 308.15 / 10 = 10.8 → 6
    expect(carnotCop(0.35, 35, 30, 10, 6)).toBe(6);
    expect(carnotCop(0.35, 35, 30, 10, 20)).toBeCloseTo((0.35 * 308.15) / 10, 14);
  });
});

describe("heat supply per system (WASM and reference)", () => {
  it("air-water heat pump: electricity = heat / COP above cut-off, back-up heater below", async () => {
    for (const m of await both(oneBuilding(L.SYS_HP_AIR_WATER, [7, -25]))) {
      m.spaceHeat_W[0] = 10000;
      m.dhw_W[0] = 1000;
      m.step();
      const copSpace = (0.4 * 318.15) / 38; // 45 °C sink
      const copDhw = (0.4 * 328.15) / 48; // 55 °C sink
      expect(buildingFlow(m, 0, L.OUT_EL_SPACE)).toBeCloseTo(10000 / copSpace, 9);
      expect(buildingFlow(m, 0, L.OUT_EL_DHW)).toBeCloseTo(1000 / copDhw, 9);
      expect(buildingFlow(m, 0, L.OUT_AMBIENT)).toBeCloseTo(11000 - 10000 / copSpace - 1000 / copDhw, 9);
      m.step(); // −25 °C is below the −20 °C cut-off: all electric
      expect(buildingFlow(m, 0, L.OUT_EL_SPACE)).toBe(10000);
      expect(buildingFlow(m, 0, L.OUT_EL_DHW)).toBe(1000);
      expect(buildingFlow(m, 0, L.OUT_AMBIENT)).toBe(0);
    }
  });

  it("capacity limit: the heat pump covers its capacity, the back-up heater the rest (space first, then DHW)", async () => {
    for (const m of await both(oneBuilding(L.SYS_HP_AIR_WATER, [-5], 6000))) {
      m.spaceHeat_W[0] = 10000;
      m.dhw_W[0] = 500;
      m.step();
      const cop = (0.4 * 318.15) / 50; // 2.5452
      expect(buildingFlow(m, 0, L.OUT_EL_SPACE)).toBeCloseTo(6000 / cop + 4000, 9);
      expect(buildingFlow(m, 0, L.OUT_EL_DHW)).toBe(500);
    }
  });

  it("air-air heats space only (DHW electric); ground source is independent of the outdoor air", async () => {
    for (const m of await both(oneBuilding(L.SYS_HP_AIR_AIR, [-10]))) {
      m.spaceHeat_W[0] = 3000;
      m.dhw_W[0] = 800;
      m.step();
      expect(buildingFlow(m, 0, L.OUT_EL_SPACE)).toBeCloseTo(3000 / ((0.35 * 308.15) / 45), 9);
      expect(buildingFlow(m, 0, L.OUT_EL_DHW)).toBe(800);
    }
    for (const m of await both(oneBuilding(L.SYS_HP_GROUND, [-30, 10]))) {
      m.spaceHeat_W[0] = 5000;
      m.step();
      const first = buildingFlow(m, 0, L.OUT_EL_SPACE);
      m.step();
      // brine at 2 °C, 35 °C sink: COP = 0.45 · 308.15 / 33
      expect(first).toBeCloseTo(5000 / ((0.45 * 308.15) / 33), 9);
      expect(buildingFlow(m, 0, L.OUT_EL_SPACE)).toBe(first);
    }
  });

  it("direct electric, district heat and bio boiler", async () => {
    for (const [system, check] of [
      [
        L.SYS_DIRECT,
        (m: SupplyReference | Awaited<ReturnType<typeof supplyWasm>>) => {
          expect(buildingFlow(m, 0, L.OUT_EL_SPACE)).toBe(4000);
          expect(buildingFlow(m, 0, L.OUT_EL_DHW)).toBe(1000);
        },
      ],
      [
        L.SYS_DISTRICT,
        (m: SupplyReference | Awaited<ReturnType<typeof supplyWasm>>) => {
          expect(buildingFlow(m, 0, L.OUT_DISTRICT_HEAT)).toBe(5000);
          expect(buildingFlow(m, 0, L.OUT_EL_SPACE)).toBe(0);
        },
      ],
      [
        L.SYS_BIO,
        (m: SupplyReference | Awaited<ReturnType<typeof supplyWasm>>) => {
          // η = 0.8: fuel 6250 W, loss 1250 W; pellets 6 g/kWh → 37.5 g in the hour
          expect(buildingFlow(m, 0, L.OUT_BIO_FUEL)).toBeCloseTo(6250, 9);
          expect(buildingFlow(m, 0, L.OUT_BIO_LOSS)).toBeCloseTo(1250, 9);
          expect(buildingFlow(m, 0, L.OUT_CO2_G)).toBeCloseTo(37.5, 9);
        },
      ],
    ] as const)
      for (const m of await both(oneBuilding(system, [0]))) {
        m.spaceHeat_W[0] = 4000;
        m.dhw_W[0] = 1000;
        m.step();
        check(m);
      }
  });

  it("cooling electricity uses the Carnot EER with the condenser 10 K above outdoor air", async () => {
    for (const m of await both(oneBuilding(L.SYS_DIRECT, [25]))) {
      m.spaceCool_W[0] = -3000;
      m.step();
      // EER = 0.3 · (7 + 273.15) / (35 − 7) = 3.0016…
      expect(buildingFlow(m, 0, L.OUT_EL_COOL)).toBeCloseTo(3000 / ((0.3 * 280.15) / 28), 9);
      // grid import = cooling electricity; 15 g/kWh
      expect(buildingFlow(m, 0, L.OUT_CO2_G)).toBeCloseTo((3000 / ((0.3 * 280.15) / 28)) * 0.015, 9);
    }
  });
});
