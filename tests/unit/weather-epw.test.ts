import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EpwError, parseEpw } from "../../sim-core/index.ts";

const DENVER_PATH = "assets/weather/USA_CO_Denver.Intl.AP.725650_TMY3.epw";
const denverText = readFileSync(DENVER_PATH, "utf8");

/** The Denver file with one data row (0-based row index) replaced by `edit(fields)`. */
function withRow(row: number, edit: (fields: string[]) => string[]): string {
  const lines = denverText.split(/\r?\n/);
  lines[8 + row] = edit(lines[8 + row].split(",")).join(",");
  return lines.join("\n");
}

describe("EPW reader on the real Denver TMY3 file", () => {
  const w = parseEpw(denverText, "denver.epw");

  it("reads the LOCATION header (line 1 of the file)", () => {
    expect(w.location).toEqual({
      city: "DENVER INTL AP",
      region: "CO",
      country: "USA",
      latitude_deg: 39.83,
      longitude_deg: -104.65,
      timeZone_h: -7,
      elevation_m: 1650,
    });
  });

  it("reads the first row (line 9) and 1 Jan hour 12 (line 20) as written in the file", () => {
    // line 9: 1995,1,1,1,0,…,-18.0,-19.7,85,83700,0,0,181,0,0,0,…,0,0.0,…
    expect([w.month[0], w.day[0], w.hour[0]]).toEqual([1, 1, 1]);
    expect([w.tAir_C[0], w.tDew_C[0], w.relHumidity_pct[0], w.pressure_Pa[0]]).toEqual([-18, -19.7, 85, 83700]);
    expect([w.ghi_W_m2[0], w.dni_W_m2[0], w.dhi_W_m2[0], w.windSpeed_m_s[0]]).toEqual([0, 0, 0, 0]);
    // line 20: …,2.8,-7.8,42,82300,634,1415,272,430,540,187,…,20,4.6,…
    expect([w.tAir_C[11], w.ghi_W_m2[11], w.dni_W_m2[11], w.dhi_W_m2[11], w.windSpeed_m_s[11]]).toEqual([
      2.8, 430, 540, 187, 4.6,
    ]);
    expect([w.month[8759], w.day[8759], w.hour[8759]]).toEqual([12, 31, 24]);
  });

  it("matches the annual mean temperature and GHI sum computed from the file with awk", () => {
    // awk -F, 'NR>8{t+=$7; g+=$14} END{print t/8760, g/1000}' → 10.8753 °C, 1670.22 kWh/m²
    const mean = w.tAir_C.reduce((a, b) => a + b, 0) / 8760;
    const ghi_kWh_m2 = w.ghi_W_m2.reduce((a, b) => a + b, 0) / 1000;
    expect(mean).toBeCloseTo(10.8753, 4);
    expect(ghi_kWh_m2).toBeCloseTo(1670.22, 2);
    expect(Object.values(w.missing).every((n) => n === 0)).toBe(true);
  });

  it("accepts the older 32-field rows", () => {
    const old = denverText
      .split("\n")
      .map((line, i) => (i >= 8 && line.trim() !== "" ? line.split(",").slice(0, 32).join(",") : line))
      .join("\n");
    const o = parseEpw(old);
    expect(o.ghi_W_m2).toEqual(w.ghi_W_m2);
    expect(o.tAir_C).toEqual(w.tAir_C);
  });
});

describe("EPW reader on broken variants", () => {
  it("names the line and the field count of a short row", () => {
    const text = withRow(99, (f) => f.slice(0, 20));
    expect(() => parseEpw(text, "x.epw")).toThrow(EpwError);
    expect(() => parseEpw(text, "x.epw")).toThrow("x.epw line 108: 20 fields, expected 35 (or 32 in older files)");
  });

  it("names the line and field of a non-numeric value", () => {
    const text = withRow(0, (f) => {
      f[6] = "warm";
      return f;
    });
    expect(() => parseEpw(text, "x.epw")).toThrow(
      'x.epw line 9, field 7 (dry bulb temperature): "warm" is not a number',
    );
  });

  it("rejects too few and too many rows", () => {
    const lines = denverText.trimEnd().split(/\r?\n/);
    expect(() => parseEpw(lines.slice(0, -1).join("\n"))).toThrow(/8759 data rows .* too few rows/);
    expect(() => parseEpw([...lines, lines[lines.length - 1]].join("\n"))).toThrow(/8761 data rows .* too many rows/);
  });

  it("rejects a missing header and rows out of order", () => {
    const lines = denverText.split(/\r?\n/);
    expect(() => parseEpw(lines.slice(1).join("\n"))).toThrow(/line 1: expected the header "LOCATION"/);
    const swapped = [...lines];
    [swapped[9], swapped[10]] = [swapped[10], swapped[9]];
    expect(() => parseEpw(swapped.join("\n"))).toThrow(/line 10: date 1\/1 hour 3, expected 1\/1 hour 2/);
  });

  it("rejects a physically impossible value with its line and field", () => {
    const text = withRow(4, (f) => {
      f[13] = "-5";
      return f;
    });
    expect(() => parseEpw(text)).toThrow(/line 13, field 14 \(global horizontal radiation\): -5 is outside/);
  });

  it("replaces missing codes per EnergyPlus: last good value for temperature, 0 for radiation", () => {
    let text = withRow(11, (f) => {
      f[6] = "99.9"; // missing dry bulb → previous hour's value
      f[13] = "9999"; // missing GHI → 0
      return f;
    });
    const w0 = parseEpw(denverText);
    const w = parseEpw(text);
    expect(w.tAir_C[11]).toBe(w0.tAir_C[10]);
    expect(w.ghi_W_m2[11]).toBe(0);
    expect(w.missing.tAir_C).toBe(1);
    expect(w.missing.ghi_W_m2).toBe(1);
    // missing in the very first row → EnergyPlus' default (6 °C)
    text = withRow(0, (f) => {
      f[6] = "99.9";
      return f;
    });
    expect(parseEpw(text).tAir_C[0]).toBe(6);
  });
});
