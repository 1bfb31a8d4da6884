// Plausibility: the default Norwegian parameters (derived from the published composition and
// treatment, see host/materials/defaults.ts) land within 5 % of the 2023 statistics.
import { describe, expect, it } from "vitest";
import { calibrationRows, MaterialsReference, type MaterialsParams } from "../../sim-core/index.ts";
import { freshMaterialsCore } from "./materials-fixtures.ts";

describe("materials calibration to public statistics", () => {
  it("default Norwegian parameters land within 5 % of SSB 2023 and the Ålesund plant (WASM core)", async () => {
    const core = await freshMaterialsCore();
    const rows = calibrationRows((params: MaterialsParams) => {
      core.setup(params);
      return core.runYear();
    });
    const checked = rows.filter((r) => r.checked);
    expect(checked.length).toBeGreaterThanOrEqual(12);
    for (const r of checked)
      expect(Math.abs(r.gap_pct), `${r.quantity}: ${r.simulated} vs ${r.statistic}`).toBeLessThan(5);
  });

  it("the TS reference gives the same calibration table", async () => {
    const core = await freshMaterialsCore();
    const wasm = calibrationRows((params) => {
      core.setup(params);
      return core.runYear();
    });
    const ref = calibrationRows((params) => new MaterialsReference(params).runYear());
    for (const [i, r] of ref.entries())
      expect(Math.abs(r.simulated - wasm[i].simulated) / r.statistic).toBeLessThan(1e-9);
  });
});
