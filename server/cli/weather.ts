// Weather for the CLI: an EPW file, or the municipality's generator weather from monthly normals.
import { readFile } from "node:fs/promises";
import { type ModelWeather, parseEpw, weatherFromEpw, weatherFromNormals } from "../../sim-core/index.ts";
import { CliError } from "./args.ts";

const ASSETS = new URL("../../assets/", import.meta.url);

/** The weather station of each municipality's generator weather. */
export const MUNICIPALITY_STATION: Record<string, string> = {
  baerum: "oslo-blindern",
  "baerum-stock": "oslo-blindern",
  alesund: "alesund-vigra",
};

export async function epwWeather(file: string): Promise<ModelWeather> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new CliError(`cannot read --epw ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return weatherFromEpw(parseEpw(text, file));
}

export async function stationWeather(station: string): Promise<ModelWeather> {
  const read = async (name: string) => JSON.parse(await readFile(new URL(`weather/${name}`, ASSETS), "utf8"));
  const t = (await read("monthly-normals.json")).stations[station];
  const g = (await read("irradiation-normals.json")).stations[station];
  if (!t || !g) throw new CliError(`no weather normals for station "${station}"`);
  return weatherFromNormals({
    name: station,
    site: { latitude_deg: g.latitude, longitude_deg: g.longitude, timeZone_h: g.timeZone_h },
    monthlyMean_C: t.monthlyMean_C,
    diurnalAmplitude_K: t.diurnalAmplitude_K,
    monthlyGhi_kWh_m2: g.monthlyGhi_kWh_m2,
  });
}
