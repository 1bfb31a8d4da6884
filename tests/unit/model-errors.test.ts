// Bad input to the integrated model gives a clear error naming the building, series or option, and
// never a trap.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DH_DESIGN_PEAK_W_M2,
  EnergyModel,
  EpwError,
  SimInputError,
  parseEpw,
  plantsFromDataset,
} from "../../sim-core/index.ts";
import { osloWeather, smallCity, wasmBytes } from "./model-fixtures.ts";

async function fails(mutate: (city: ReturnType<typeof smallCity>) => void, pattern: RegExp, weather = osloWeather()) {
  const city = smallCity(5);
  mutate(city);
  const err = await EnergyModel.create(wasmBytes(), city, weather).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(SimInputError);
  expect((err as Error).message).toMatch(pattern);
}

describe("integrated model: bad input", () => {
  it("rejects an empty stock", async () => {
    await fails((c) => {
      c.buildings = [];
    }, /no buildings/);
  });
  it("rejects a negative footprint area, naming the building", async () => {
    await fails((c) => {
      c.buildings[2].footprintArea_m2 = -40;
    }, /building SAN-002 \(index 2\): footprint_m2 -40/);
  });
  it("rejects NaN floors and a NaN footprint coordinate", async () => {
    await fails((c) => {
      c.buildings[1].floors = Number.NaN;
    }, /index 1\): floors NaN/);
    await fails((c) => {
      c.buildings[3].footprint_m[0][0] = Number.NaN;
    }, /index 3\): .*NaN/);
  });
  it("rejects an unknown use type and NaN weather", async () => {
    await fails((c) => {
      c.buildings[0].use = "castle";
    }, /index 0\): unknown use type "castle"/);
    const w = osloWeather();
    w.tAir_C[100] = Number.NaN;
    await fails(() => {}, /weather.tAir_C\[100\]: NaN/, w);
  });
  it("rejects bad options", async () => {
    const err = await EnergyModel.create(wasmBytes(), smallCity(3), osloWeather(), { pv: { share: 2 } }).catch(
      (e: unknown) => e,
    );
    expect((err as Error).message).toMatch(/options.pv.share 2 must be within 0…1/);
  });
  it("a malformed EPW names its line", () => {
    const lines = readFileSync("assets/weather/USA_CO_Denver.Intl.AP.725650_TMY3.epw", "utf8").split(/\r?\n/);
    const fields = lines[99].split(",");
    fields[6] = "warm";
    lines[99] = fields.join(",");
    expect(() => parseEpw(lines.join("\n"), "bad.epw")).toThrow(EpwError);
    expect(() => parseEpw(lines.join("\n"), "bad.epw")).toThrow(/bad.epw line 100/);
  });
});

describe("district-heat plants from the municipality dataset", () => {
  it("maps the Ålesund network's waste CHP first in merit order, with an assumed peak boiler sized to the connected floor", () => {
    const city = {
      ...smallCity(2),
      districtHeating: [{ name: "Å", plants: [{ name: "Grautneset", kind: "waste-chp" }] }],
    };
    const plants = plantsFromDataset(city, 10_000);
    expect(plants?.map((p) => p.kind)).toEqual(["waste", "oil"]);
    expect(plants?.[1].capacity_W).toBe(DH_DESIGN_PEAK_W_M2 * 10_000);
    expect(plantsFromDataset(smallCity(2), 1)).toBeUndefined();
  });
});
