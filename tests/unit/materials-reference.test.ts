import { describe, expect, it } from "vitest";
import { type BufferName, MaterialsReference } from "../../sim-core/index.ts";
import { busyTown, freshMaterialsCore } from "./materials-fixtures.ts";

const OUTPUTS: BufferName[] = [
  "genDaily",
  "flowStep",
  "flowTotal",
  "pIn",
  "pOut",
  "pDStock",
  "pStock",
  "heatW",
  "elecW",
  "plantOut",
  "bArea",
  "bAge",
  "bStock",
  "bBal",
  "bYear",
];

function maxRelativeGap(a: Float64Array, b: Float64Array): number {
  let scale = 0;
  for (let i = 0; i < a.length; i++) scale = Math.max(scale, Math.abs(a[i]), Math.abs(b[i]));
  if (scale === 0) return 0;
  let gap = 0;
  for (let i = 0; i < a.length; i++) gap = Math.max(gap, Math.abs(a[i] - b[i]) / scale);
  return gap;
}

describe("materials WASM core vs plain-TS reference", () => {
  it("agree to 1e-9 in every output buffer over two years and a bit", async () => {
    const core = await freshMaterialsCore();
    const params = busyTown();
    core.setup(params);
    const ref = new MaterialsReference(params);
    for (const days of [1, 100, 264, 365, 30]) {
      core.step(days);
      ref.step(days);
      for (const name of OUTPUTS) {
        const gap = maxRelativeGap(core.buf(name), ref.buf(name));
        expect(gap, `${name} after day ${core.day}`).toBeLessThan(1e-9);
      }
    }
    expect(core.day).toBe(760);
    const a = core.indicators();
    const b = ref.indicators();
    expect(Math.abs(a.ghgFromWaste_tCO2e - b.ghgFromWaste_tCO2e) / b.ghgFromWaste_tCO2e).toBeLessThan(1e-9);
    expect(Math.abs(a.buildings.stock_t - b.buildings.stock_t) / b.buildings.stock_t).toBeLessThan(1e-9);
  });

  it("is deterministic: two WASM instances give bit-identical results", async () => {
    const run = async () => {
      const core = await freshMaterialsCore();
      core.setup(busyTown());
      core.step(400);
      return [...core.buf("flowTotal"), ...core.buf("heatW"), ...core.buf("bStock")];
    };
    expect(await run()).toEqual(await run());
  });

  it("re-setup starts over: the same year twice on one instance gives identical results", async () => {
    const core = await freshMaterialsCore();
    core.setup(busyTown());
    const first = core.runYear();
    core.setup(busyTown());
    const second = core.runYear();
    expect(second).toEqual(first);
  });
});
