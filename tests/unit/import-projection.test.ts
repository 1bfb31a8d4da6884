import { describe, expect, it } from "vitest";
import { fromLocal, normaliseCrs, toLocal, toWgs84 } from "../../sim-core/host/import/index.ts";
import { meridianArc_m } from "./import-support.ts";

describe("import projection (proj4)", () => {
  // UTM by definition: on the central meridian easting = 500 000 m and northing = k0·(meridian arc), k0 = 0.9996.
  it.each([
    ["EPSG:25832", 9],
    ["EPSG:25833", 15],
  ])("%s maps (central meridian %i° E, 60° N) to 500 000 E, k0·arc N", (crs, lon0) => {
    const northing_m = 0.9996 * meridianArc_m(60);
    const [lon, lat] = toWgs84(crs)([500000, northing_m]);
    expect(lon).toBeCloseTo(lon0, 9);
    expect(lat).toBeCloseTo(60, 8);
  });

  it("RD New: Amersfoort (155 000, 463 000) is 52.15517440 N, 5.38720621 E within 1 m", () => {
    // Reference pair of the RD↔WGS84 approximation formulas (Schreutelkamp & Strang van Hees 2001).
    const [lon, lat] = toWgs84("EPSG:28992")([155000, 463000]);
    expect(Math.abs(lat - 52.1551744) * 111_250).toBeLessThan(1);
    expect(Math.abs(lon - 5.38720621) * 111_250 * Math.cos((52.155 * Math.PI) / 180)).toBeLessThan(1);
  });

  it("reads CRS names in the forms files use, and refuses unknown ones by name", () => {
    expect(normaliseCrs("urn:ogc:def:crs:EPSG::25833")).toBe("EPSG:25833");
    expect(normaliseCrs("https://www.opengis.net/def/crs/EPSG/0/7415")).toBe("EPSG:28992");
    expect(normaliseCrs("urn:ogc:def:crs:OGC:1.3:CRS84")).toBe("EPSG:4326");
    expect(() => normaliseCrs("EPSG:3857")).toThrow(/unsupported CRS "EPSG:3857"/);
  });

  it("local metres: true distances around the origin, and the inverse returns the input", () => {
    const origin = { lat: 59.8897, lon: 10.5226 };
    const [x, y] = toLocal(origin)([origin.lon, origin.lat + 0.01]);
    expect(x).toBeCloseTo(0, 6);
    // 0.01° of latitude at 59.89° N: the meridian arc between the two latitudes.
    expect(y).toBeCloseTo(meridianArc_m(59.8997) - meridianArc_m(59.8897), 2);
    const back = fromLocal(origin)([1234.5, -678.9]);
    const again = toLocal(origin)(back);
    expect(again[0]).toBeCloseTo(1234.5, 6);
    expect(again[1]).toBeCloseTo(-678.9, 6);
  });
});
