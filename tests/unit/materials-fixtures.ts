// Shared set-ups of the materials tests (not a test file itself).
import { readFile } from "node:fs/promises";
import {
  FRACTIONS,
  type Fraction,
  type FractionValues,
  MaterialsCore,
  type MaterialsParams,
  norwayDefaultParams,
} from "../../sim-core/index.ts";
import { wasmPath } from "../../sim-core/node.ts";

export async function freshMaterialsCore(): Promise<MaterialsCore> {
  return MaterialsCore.load(await readFile(wasmPath));
}

export const fractions = (rec: Partial<Record<Fraction, number>> = {}): FractionValues =>
  Object.fromEntries(FRACTIONS.map((f) => [f, rec[f] ?? 0])) as FractionValues;

/** A small synthetic town that exercises every process and stock: households, businesses,
 *  reuse, a plant with a small bunker (so it overflows), imports, buildings with construction. */
export function busyTown(): MaterialsParams {
  const n = 40;
  const params = norwayDefaultParams({
    population: 20_000,
    businessFloorArea_m2: { office: 50_000, retail: 20_000, school: 10_000, other: 5_000 },
    buildings: {
      area_m2: Float64Array.from({ length: n }, (_, i) => 80 + 37 * i),
      archetype: Float64Array.from({ length: n }, (_, i) => i % 4),
      age_yr: Float64Array.from({ length: n }, (_, i) => (i * 7) % 120),
    },
    construction_m2_yr: [500, 200, 1000, 300],
    plant: { capacity_t_yr: 5_000, bunkerMax_t: 150, residence_h: 48 },
    importedToPlant_t_yr: 1_000,
  });
  // Send some textiles, EE and wood straight to the reuse centre so it moves mass.
  const sep = params.transfer.separation!;
  sep.textiles = { collectionSeparate: 0.3, reuse: 0.2, collectionResidual: 0.5 };
  sep.ee = { collectionSeparate: 0.6, reuse: 0.2, collectionResidual: 0.2 };
  return params;
}

/** The Ålesund plant fed only by imports with the residual-bin mix, `t_yr` per year. */
export function plantOnly(imported_t_yr: number): MaterialsParams {
  return norwayDefaultParams({ population: 0, importedToPlant_t_yr: imported_t_yr });
}
