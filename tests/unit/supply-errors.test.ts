import { describe, expect, it } from "vitest";
import { type SupplyConfig, SimInputError, SupplyReference, packSupply } from "../../sim-core/index.ts";
import { mixedConfig, supplyWasm } from "./supply-fixtures.ts";

const good = (): SupplyConfig => mixedConfig(4, 24);

describe("supply: bad input gives clear errors, never a trap", () => {
  const cases: [string, (c: SupplyConfig) => void, RegExp][] = [
    [
      "unknown system code",
      (c) => (c.buildings.system = [0, 1, 9, 2]),
      /buildings\.system\[2\]: 9 is not an integer code in 0…5/,
    ],
    ["grid area out of range", (c) => (c.buildings.gridArea = [0, 0, 0, 3]), /buildings\.gridArea\[3\]: 3/],
    ["wrong length", (c) => (c.buildings.evDaily_Wh = [1, 2]), /buildings\.evDaily_Wh has 2 entries, expected 4/],
    ["negative battery", (c) => (c.buildings.batteryCapacity_Wh = [0, -1, 0, 0]), /batteryCapacity_Wh\[1\]: -1/],
    ["NaN capacity", (c) => (c.buildings.primaryCapacity_W = [1, Number.NaN, 1, 1]), /primaryCapacity_W\[1\]: NaN/],
    ["round trip > 1", (c) => (c.buildings.batteryRoundTrip = [1.2, 1, 1, 1]), /batteryRoundTrip\[0\]: 1.2/],
    ["no grid area", (c) => (c.areas = { capacity_W: [] }), /at least one grid area/],
    ["empty weather", (c) => (c.hourly.outdoor_C = []), /outdoor_C is empty/],
    ["NaN temperature", (c) => (c.hourly.outdoor_C = [0, Number.NaN]), /outdoor_C\[1\]: NaN is not a finite number/],
    [
      "plant efficiency 0",
      (c) => (c.plants = [{ name: "x", kind: "bio", capacity_W: 1, efficiency: 0, ef_g_kWh: 1 }]),
      /plants\[0\] \(x\): efficiency 0/,
    ],
    [
      "plant kind",
      (c) => (c.plants = [{ name: "x", kind: "coal" as "bio", capacity_W: 1, efficiency: 1, ef_g_kWh: 1 }]),
      /kind "coal" is unknown/,
    ],
    ["loss share", (c) => (c.globals = { dhLossShare: 1.5 }), /dhLossShare 1.5/],
    ["EV profile sum", (c) => (c.evProfiles = { smartNight: new Array(24).fill(0.1) }), /smartNight sums to 2.4/],
    ["unknown system override", (c) => (c.systems = { steam: {} } as never), /systems\.steam: unknown system/],
    ["heat-pump η", (c) => (c.systems = { ground: { etaCarnot: 2 } }), /systems\.ground\.etaCarnot 2/],
  ];
  for (const [label, mutate, message] of cases)
    it(label, () => {
      const c = good();
      mutate(c);
      expect(() => packSupply(c)).toThrow(SimInputError);
      expect(() => packSupply(c)).toThrow(message);
    });

  it("stepping past the last hour throws (WASM and reference), and the layouts agree", async () => {
    const wasm = await supplyWasm(mixedConfig(3, 2));
    const ref = new SupplyReference(packSupply(mixedConfig(3, 2)));
    expect(wasm.layoutMatches()).toBe(true);
    for (const m of [wasm, ref]) {
      m.step();
      m.step();
      expect(() => m.step()).toThrow(/past the last of 2 hours/);
    }
  });

  it("rejects bad hourly demand with building and hour in the message (hourly and year mode)", async () => {
    const m = await supplyWasm(mixedConfig(3, 4));
    const ok = {
      spaceHeat_W: [1, 2, 3],
      spaceCool_W: [0, -1, 0],
      dhw_W: [0, 0, 0],
      appliances_W: [1, 1, 1],
      pv_W: [0, 0, 0],
    };
    expect(m.stepWith(ok)).toBe(1);
    expect(() => m.stepWith({ ...ok, spaceHeat_W: [1, Number.NaN, 3] })).toThrow(
      /spaceHeat_W at building 1, hour 1: NaN/,
    );
    expect(() => m.stepWith({ ...ok, spaceCool_W: [0, 5, 0] })).toThrow(
      /spaceCool_W at building 1, hour 1: 5 must be a finite number ≤ 0/,
    );
    expect(() => m.stepWith({ ...ok, pv_W: [0, 0, -2] })).toThrow(/pv_W at building 2, hour 1: -2/);
    expect(() => m.stepWith({ ...ok, dhw_W: [0] })).toThrow(/dhw_W has 1 entries, expected 3/);
    const y = await supplyWasm(mixedConfig(3, 4));
    expect(() =>
      y.runYear((first, _count, inputs) => {
        if (first === 2) inputs.appliances_W[3] = -1;
      }, 2),
    ).toThrow(/appliances_W at building 2, hour 3: -1/);
  });
});
