// Supply's per-hour tables (system types' COP and cut-off, cooling EER, emission factors, EV shares) are kept
// from the last run when their inputs have the same bits (supply/year.ts). Law: after any one input is
// written between runs, a warm model's re-run equals a fresh model's run with that input, bit for bit, and
// differs from the run before (so the input mattered); a re-run without a change is bit-identical.
import { describe, expect, it } from "vitest";
import { EnergyModel, SupplyLayout as L } from "../../sim-core/index.ts";
import { osloWeather, smallCity, wasmBytes } from "./model-fixtures.ts";

type Wasm = { memory: WebAssembly.Memory } & Record<string, () => number>;
const wasmOf = (m: EnergyModel) => (m as unknown as { wasm: Wasm }).wasm;
const view = (m: EnergyModel, name: string, n: number) =>
  new Float64Array(wasmOf(m).memory.buffer, wasmOf(m)[`supply${name}Ptr`](), n);

const edits: [string, (m: EnergyModel) => void][] = [
  ["outdoor temperature", (m) => view(m, "Outdoor", m.hours).set(view(m, "Outdoor", m.hours).map((t) => t - 3))],
  [
    "grid emission factor",
    (m) => view(m, "GridEf", m.hours).set(view(m, "GridEf", m.hours).map((g, h) => (h % 24 < 12 ? 2 * g : g))),
  ],
  [
    "a system type's Carnot fraction",
    (m) => {
      const p = view(m, "SystemParams", L.SYS_COUNT * L.SP_STRIDE);
      for (let s = 0; s < L.SYS_COUNT; s++) p[s * L.SP_STRIDE + L.SP_ETA_CARNOT] *= 0.8;
    },
  ],
  ["the heat pumps' smallest lift", (m) => (view(m, "GlobalParams", L.GP_COUNT)[L.GP_MIN_LIFT_K] = 60)],
  ["the EV profile", (m) => view(m, "EvProfile", 48).reverse()],
];

describe("supply's per-hour tables across runs", () => {
  it("are refilled when any of their inputs changes, and kept when none does", async () => {
    const city = smallCity(40);
    const weather = osloWeather();
    const options = { districtHeatShare: 0.3 };
    const bytes = wasmBytes();
    const warm = await EnergyModel.create(bytes, city, weather, options);
    warm.runYear();
    const first = warm.stateHash();
    warm.runYear();
    expect(warm.stateHash()).toBe(first);
    for (const [name, edit] of edits) {
      const before = warm.stateHash();
      edit(warm);
      warm.runYear();
      const fresh = await EnergyModel.create(bytes, city, weather, options);
      for (const [, e] of edits.slice(0, edits.findIndex(([n]) => n === name) + 1)) e(fresh);
      fresh.runYear();
      expect(warm.stateHash(), name).toBe(fresh.stateHash());
      expect(warm.stateHash(), name).not.toBe(before);
    }
  }, 120_000);
});
