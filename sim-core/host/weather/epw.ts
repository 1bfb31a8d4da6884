// EnergyPlus weather (EPW) reader: 8 header lines + 8,760 hourly rows of a non-leap year.
// Field order and missing-value codes: EnergyPlus "Auxiliary Programs", Weather Converter,
// "Data Field Descriptions" (EPW rows have 35 fields; files from older converters stop after
// field 32, "days since last snowfall"). Missing values follow EnergyPlus' WeatherManager:
// temperatures, humidity, pressure and wind keep the last good value (its defaults before the
// first one), missing radiation counts as 0. Every substitution is counted in `missing`.
import { EpwError } from "./epwError.ts";
import { EPW_HOURS, expectedCalendar } from "./calendar.ts";

export { EpwError } from "./epwError.ts";

export interface EpwLocation {
  city: string;
  region: string;
  country: string;
  latitude_deg: number;
  /** East positive. */
  longitude_deg: number;
  /** Standard time zone, hours from UTC (Denver −7). */
  timeZone_h: number;
  elevation_m: number;
}

export interface EpwWeather {
  sourceName: string;
  location: EpwLocation;
  /** Row i covers the hour ending at hour[i]:00 local standard time (1..24) of month[i]/day[i]. */
  month: Uint8Array;
  day: Uint8Array;
  hour: Uint8Array;
  tAir_C: Float64Array;
  tDew_C: Float64Array;
  relHumidity_pct: Float64Array;
  pressure_Pa: Float64Array;
  ghi_W_m2: Float64Array;
  dni_W_m2: Float64Array;
  dhi_W_m2: Float64Array;
  windSpeed_m_s: Float64Array;
  /** Number of missing-value codes replaced, per series. */
  missing: Record<SeriesName, number>;
}

type SeriesName =
  | "tAir_C"
  | "tDew_C"
  | "relHumidity_pct"
  | "pressure_Pa"
  | "ghi_W_m2"
  | "dni_W_m2"
  | "dhi_W_m2"
  | "windSpeed_m_s";

interface FieldSpec {
  series: SeriesName;
  index: number; // 0-based field index in a data row
  label: string; // EPW field name, for error messages
  missingAtOrAbove: number; // EnergyPlus missing code: values ≥ this are "missing"
  min: number; // physically impossible below (after the missing check)
  max: number;
  fill: "previous" | "zero";
}

// Missing codes: dry bulb/dew point 99.9, RH 999, pressure 999999, radiation 9999, wind speed 999.
const FIELDS: readonly FieldSpec[] = [
  {
    series: "tAir_C",
    index: 6,
    label: "dry bulb temperature",
    missingAtOrAbove: 99.9,
    min: -70,
    max: 70,
    fill: "previous",
  },
  {
    series: "tDew_C",
    index: 7,
    label: "dew point temperature",
    missingAtOrAbove: 99.9,
    min: -70,
    max: 70,
    fill: "previous",
  },
  {
    series: "relHumidity_pct",
    index: 8,
    label: "relative humidity",
    missingAtOrAbove: 999,
    min: 0,
    max: 110,
    fill: "previous",
  },
  {
    series: "pressure_Pa",
    index: 9,
    label: "atmospheric station pressure",
    missingAtOrAbove: 999999,
    min: 31000,
    max: 120000,
    fill: "previous",
  },
  {
    series: "ghi_W_m2",
    index: 13,
    label: "global horizontal radiation",
    missingAtOrAbove: 9999,
    min: 0,
    max: 1500,
    fill: "zero",
  },
  {
    series: "dni_W_m2",
    index: 14,
    label: "direct normal radiation",
    missingAtOrAbove: 9999,
    min: 0,
    max: 1500,
    fill: "zero",
  },
  {
    series: "dhi_W_m2",
    index: 15,
    label: "diffuse horizontal radiation",
    missingAtOrAbove: 9999,
    min: 0,
    max: 1500,
    fill: "zero",
  },
  { series: "windSpeed_m_s", index: 21, label: "wind speed", missingAtOrAbove: 999, min: 0, max: 60, fill: "previous" },
];

const HEADER_KEYWORDS = [
  "LOCATION",
  "DESIGN CONDITIONS",
  "TYPICAL/EXTREME PERIODS",
  "GROUND TEMPERATURES",
  "HOLIDAYS/DAYLIGHT SAVINGS",
  "COMMENTS 1",
  "COMMENTS 2",
  "DATA PERIODS",
];
const FIELDS_CURRENT = 35;
const FIELDS_OLD = 32;

/** EnergyPlus' values before the first good one (WeatherManager defaults); pressure from elevation. */
function initialDefaults(elevation_m: number): Record<SeriesName, number> {
  // Standard atmosphere barometric pressure at the site elevation (ASHRAE Fundamentals ch. 1, eq. 3).
  const pressure_Pa = 101325 * (1 - 2.25577e-5 * elevation_m) ** 5.2559;
  return {
    tAir_C: 6,
    tDew_C: 3,
    relHumidity_pct: 50,
    pressure_Pa,
    ghi_W_m2: 0,
    dni_W_m2: 0,
    dhi_W_m2: 0,
    windSpeed_m_s: 2.5,
  };
}

function parseNumber(text: string, where: string): number {
  const t = text.trim();
  const v = t === "" ? Number.NaN : Number(t);
  if (!Number.isFinite(v)) throw new EpwError(`${where}: "${text}" is not a number`);
  return v;
}

function parseLocation(line: string, where: string): EpwLocation {
  const f = line.split(",");
  if (f.length < 10) throw new EpwError(`${where}: LOCATION needs 10 fields, found ${f.length}`);
  const num = (i: number, name: string, lo: number, hi: number): number => {
    const v = parseNumber(f[i], `${where}, LOCATION field ${i + 1} (${name})`);
    if (v < lo || v > hi) throw new EpwError(`${where}: LOCATION ${name} ${v} is outside ${lo}..${hi}`);
    return v;
  };
  return {
    city: f[1].trim(),
    region: f[2].trim(),
    country: f[3].trim(),
    latitude_deg: num(6, "latitude", -90, 90),
    longitude_deg: num(7, "longitude", -180, 180),
    timeZone_h: num(8, "time zone", -12, 14),
    elevation_m: num(9, "elevation", -1000, 9999.9),
  };
}

/**
 * Parses the text of an EPW file. Throws EpwError naming the line (1-based, as in an editor) and
 * field of the first problem. `sourceName` (e.g. the file name) prefixes every message.
 */
export function parseEpw(text: string, sourceName = "EPW"): EpwWeather {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  const at = (lineIndex: number) => `${sourceName} line ${lineIndex + 1}`;

  if (lines.length < HEADER_KEYWORDS.length)
    throw new EpwError(`${sourceName}: ${lines.length} lines, an EPW file needs 8 header lines and 8760 data rows`);
  for (let i = 0; i < HEADER_KEYWORDS.length; i++) {
    const keyword = lines[i].split(",")[0].trim().toUpperCase();
    if (keyword !== HEADER_KEYWORDS[i])
      throw new EpwError(`${at(i)}: expected the header "${HEADER_KEYWORDS[i]}", found "${keyword.slice(0, 40)}"`);
  }
  const location = parseLocation(lines[0], at(0));

  const rows = lines.length - HEADER_KEYWORDS.length;
  if (rows !== EPW_HOURS)
    throw new EpwError(
      `${sourceName}: ${rows} data rows (lines 9-${lines.length}), expected ${EPW_HOURS} (one non-leap year of hours)` +
        (rows < EPW_HOURS ? ": too few rows" : ": too many rows"),
    );

  const series = {} as Record<SeriesName, Float64Array>;
  const missing = {} as Record<SeriesName, number>;
  const last = initialDefaults(location.elevation_m);
  for (const spec of FIELDS) {
    series[spec.series] = new Float64Array(EPW_HOURS);
    missing[spec.series] = 0;
  }
  const month = new Uint8Array(EPW_HOURS);
  const day = new Uint8Array(EPW_HOURS);
  const hour = new Uint8Array(EPW_HOURS);
  const calendar = expectedCalendar();

  for (let r = 0; r < EPW_HOURS; r++) {
    const li = r + HEADER_KEYWORDS.length;
    const f = lines[li].split(",");
    if (f.length !== FIELDS_CURRENT && f.length !== FIELDS_OLD)
      throw new EpwError(`${at(li)}: ${f.length} fields, expected ${FIELDS_CURRENT} (or ${FIELDS_OLD} in older files)`);
    const m = parseNumber(f[1], `${at(li)}, field 2 (month)`);
    const d = parseNumber(f[2], `${at(li)}, field 3 (day)`);
    const h = parseNumber(f[3], `${at(li)}, field 4 (hour)`);
    if (m !== calendar.month[r] || d !== calendar.day[r] || h !== calendar.hour[r])
      throw new EpwError(
        `${at(li)}: date ${m}/${d} hour ${h}, expected ${calendar.month[r]}/${calendar.day[r]} hour ${calendar.hour[r]} ` +
          "(rows must run hour by hour from 1/1 hour 1 to 12/31 hour 24)",
      );
    month[r] = m;
    day[r] = d;
    hour[r] = h;
    for (const spec of FIELDS) {
      const where = `${at(li)}, field ${spec.index + 1} (${spec.label})`;
      const raw = f[spec.index].trim();
      let v = raw === "" ? spec.missingAtOrAbove : parseNumber(raw, where);
      if (v >= spec.missingAtOrAbove) {
        v = spec.fill === "zero" ? 0 : last[spec.series];
        missing[spec.series]++;
      } else if (v < spec.min || v > spec.max) {
        throw new EpwError(`${where}: ${v} is outside the plausible range ${spec.min}..${spec.max}`);
      }
      series[spec.series][r] = v;
      last[spec.series] = v;
    }
  }
  return { sourceName, location, month, day, hour, ...series, missing };
}
