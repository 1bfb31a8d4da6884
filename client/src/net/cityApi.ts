import type { CityDataset } from "../../../sim-core/host/city.ts";

/** Same-origin in production; proxied to the server by Vite in `npm run dev`. */
export async function fetchCity(municipality: string): Promise<CityDataset> {
  const res = await fetch(`/api/city/${encodeURIComponent(municipality)}`);
  if (!res.ok) throw new Error(`city "${municipality}" could not be loaded (HTTP ${res.status})`);
  return (await res.json()) as CityDataset;
}
