// Plausibility: the default Norwegian parameters (derived from the published composition and
// treatment, see host/materials/defaults.ts) land within 5 % of the 2023 statistics.
import { describe, expect, it } from "vitest";
import {
  calibrationRows,
  deriveNorwayWaste,
  FRACTIONS,
  householdsFor,
  MaterialsReference,
  type MaterialsParams,
  norwayCalibrationParams,
  PROCESSES,
} from "../../sim-core/index.ts";
import wasteJson from "../../assets/materials/waste-norway-2023.json";

const wasteStatistics = () => wasteJson.ssb2023.streams_kt as Record<string, number>;
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

  it("reproduces SSB's separately collected streams, which the derivation starts from", async () => {
    const core = await freshMaterialsCore();
    core.setup(norwayCalibrationParams());
    core.runYear();
    const total = core.buf("flowTotal");
    const D = PROCESSES.length + 1;
    const from = PROCESSES.indexOf("separation");
    const to = PROCESSES.indexOf("collectionSeparate");
    const streams = wasteStatistics();
    for (const [f, fraction] of FRACTIONS.entries()) {
      const separate_kt = total[(from * D + to) * FRACTIONS.length + f] / 1000;
      // e.g. paper: 276.1 kt generated × 69.18 % separated = 191 kt (SSB)
      expect(separate_kt, fraction).toBeCloseTo(streams[fraction], 6);
    }
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

describe("materials household generation by dwelling type", () => {
  it("normalises dwelling-type rates so the population-weighted mean is the national per-capita rate", () => {
    const { perCapita_kg } = deriveNorwayWaste();
    const households = householdsFor(1000);
    expect(households.reduce((s, h) => s + h.persons, 0)).toBeCloseTo(1000, 9);
    for (const f of FRACTIONS) {
      const mean = households.reduce((s, h) => s + h.persons * h.kgPerPersonYr[f], 0) / 1000;
      expect(mean, f).toBeCloseTo(perCapita_kg[f], 9);
    }
    // detached houses have gardens: more garden waste per person than apartments
    const [detached, , apartment] = households;
    expect(detached.kgPerPersonYr.garden / apartment.kgPerPersonYr.garden).toBeCloseTo(1.5 / 0.15, 9);
    // 375 kg per person in total (SSB 2023; streams sum to 2,081 of 2,080 kt)
    const total = FRACTIONS.reduce((s, f) => s + perCapita_kg[f], 0);
    expect(total).toBeCloseTo((375 * 2081) / 2080, 9);
  });
});
