// The CLI's building file: a CityDataset JSON (as in assets/), a compact municipality file, or GeoJSON /
// CityJSON through the building import (placed in the municipality's districts when one is named).
import { readFile } from "node:fs/promises";
import type { CityDataset } from "../../sim-core/index.ts";
import {
  type CompactMunicipality,
  ImportError,
  expandMunicipality,
  importBuildings,
} from "../../sim-core/host/import/index.ts";
import { CliError } from "./args.ts";

const ASSETS = new URL("../../assets/", import.meta.url);

export async function municipalityDataset(name: string): Promise<CityDataset> {
  const file = name === "baerum" || name === "baerum-stock" ? "baerum" : name;
  if (!["baerum", "alesund"].includes(file))
    throw new CliError(`unknown municipality "${name}"; known: baerum, alesund`);
  const raw = JSON.parse(await readFile(new URL(`${file}/municipality.json`, ASSETS), "utf8"));
  return expandMunicipality(raw as CompactMunicipality);
}

export async function readBuildings(
  file: string,
  municipality?: CityDataset,
): Promise<{ city: CityDataset; warnings: number }> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new CliError(
      `cannot read --buildings ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new CliError(`--buildings ${file} is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof doc !== "object" || doc === null) throw new CliError(`--buildings ${file}: expected a JSON object`);
  const o = doc as Record<string, unknown>;
  if ("format" in o && "stock" in o)
    return { city: expandMunicipality(o as unknown as CompactMunicipality), warnings: 0 };
  if (Array.isArray(o.buildings)) return { city: o as unknown as CityDataset, warnings: 0 };
  try {
    const { dataset, warnings } = importBuildings(doc, {
      origin: municipality?.origin,
      municipality: municipality?.municipality,
      weatherStation: municipality?.weatherStation,
      storeyHeight_m: municipality?.storeyHeight_m,
    });
    return { city: dataset, warnings: warnings.length };
  } catch (err) {
    if (err instanceof ImportError) throw new CliError(`--buildings ${file}: ${err.message}`);
    throw err;
  }
}
