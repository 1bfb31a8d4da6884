import type { CityDataset } from "../../../sim-core/host/city.ts";
import { serverHttpUrl } from "./serverUrl.ts";

export async function fetchCity(municipality: string): Promise<CityDataset> {
  const res = await fetch(`${serverHttpUrl()}/api/city/${encodeURIComponent(municipality)}`);
  if (!res.ok) throw new Error(`city "${municipality}" could not be loaded (HTTP ${res.status})`);
  return (await res.json()) as CityDataset;
}
