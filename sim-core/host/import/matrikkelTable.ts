// Parser of the Matrikkel (Norwegian cadastre) building-type → OSM table (building2osm, CC0; ';'-separated, BOM).
import { ImportError } from "./types.ts";

/** Matrikkel code → OSM building value (e.g. 111 → "house"). */
export function parseMatrikkelCsv(text: string): Record<number, string> {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = lines[0].split(";");
  const idCol = header.indexOf("Id");
  const tagCol = header.indexOf("OSM tag");
  if (idCol < 0 || tagCol < 0) throw new ImportError(`Matrikkel table: header lacks "Id" or "OSM tag": ${lines[0]}`);
  const out: Record<number, string> = {};
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === "") return;
    const cols = line.split(";");
    const code = Number(cols[idCol]);
    const m = /^building=(.+)$/.exec(cols[tagCol]?.trim() ?? "");
    if (!Number.isInteger(code) || !m) throw new ImportError(`Matrikkel table line ${i + 2}: cannot read "${line}"`);
    out[code] = m[1];
  });
  return out;
}
