import { describe, expect, it } from "vitest";
import { colourInto, makeScale, SEQUENTIAL } from "../../client/src/model/colourScale.ts";
import { deltaMetric, type Metric } from "../../client/src/model/metrics.ts";
import { sunPosition } from "../../client/src/scene/sun.ts";
import { assignTiles } from "../../client/src/scene/tiles.ts";

describe("colour scale", () => {
  it("maps the scale ends to the first and last colour and clamps outside", () => {
    const s = makeScale(10, 20, SEQUENTIAL);
    const out = new Uint32Array(4);
    colourInto(new Float64Array([10, 20, -5, 99]), s, out);
    expect(out[0]).toBe(s.lut[0]);
    expect(out[1]).toBe(s.lut[255]);
    expect(out[2]).toBe(s.lut[0]);
    expect(out[3]).toBe(s.lut[255]);
    // packed little-endian RGBA with opaque alpha: the first stop's red byte is 0.99·255
    expect(out[0] & 0xff).toBe(Math.round(0.99 * 255));
    expect(out[0] >>> 24).toBe(255);
  });
});

describe("change since baseline", () => {
  it("is the relative change in percent, 0 where nothing changed", () => {
    const m = (values: number[]): Metric => ({
      id: "x",
      label: { nb: "x", en: "x" },
      unit: "kWh",
      decimals: 0,
      values: new Float64Array(values),
      scale: makeScale(0, 1, SEQUENTIAL),
    });
    const d = deltaMetric(m([110, 50, 0]), m([100, 50, 0]));
    expect(Array.from(d.values)).toEqual([10, 0, 0]);
    expect(d.unit).toBe("%");
    expect(d.scale.min).toBe(-d.scale.max); // symmetric diverging scale
  });
});

describe("sun for lighting", () => {
  const noonElevation_deg = (day: number) =>
    Math.max(...Array.from({ length: 24 }, (_, h) => sunPosition(day * 24 + h, 59.89, 10.52).elevation_rad)) *
    (180 / Math.PI);

  it("peaks near 90° − φ + δ at the solstices (Bærum, φ = 59.89°)", () => {
    // hourly samples miss true solar noon by up to ~half an hour: allow 1.5°
    expect(noonElevation_deg(171)).toBeCloseTo(90 - 59.89 + 23.45, 0);
    expect(Math.abs(noonElevation_deg(354) - (90 - 59.89 - 23.45))).toBeLessThan(1.5);
  });

  it("is below the horizon at midnight in winter and rises in the east", () => {
    expect(sunPosition(354 * 24 + 0, 59.89, 10.52).elevation_rad).toBeLessThan(0);
    const morning = sunPosition(171 * 24 + 6, 59.89, 10.52);
    expect(morning.towards[0]).toBeGreaterThan(0); // x is east
    expect(Math.hypot(...morning.towards)).toBeCloseTo(1, 12);
  });
});

describe("tiles", () => {
  it("puts every building in exactly one tile of the grid", () => {
    const xs = new Float64Array([0, 99, 50, 100]);
    const zs = new Float64Array([0, 0, 60, 100]);
    const { tileOf, members } = assignTiles(xs, zs, { minX: 0, maxX: 100, minZ: 0, maxZ: 100 }, 2, 2);
    expect(Array.from(tileOf)).toEqual([0, 1, 3, 3]);
    expect(members.flat().sort()).toEqual([0, 1, 2, 3]);
  });
});
