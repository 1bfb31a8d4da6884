import { describe, expect, it } from "vitest";
import { focusBounds } from "../../client/src/scene/focusBounds.ts";

describe("camera focus bounds", () => {
  it("frames the 10th-90th percentile of building centres, ignoring far-flung outliers", () => {
    // 11 buildings at x = 0..100 m in steps of 10, plus one 30 km away
    const xs = [...Array.from({ length: 11 }, (_, i) => i * 10), 30_000];
    const zs = xs.map((x) => -x);
    // sorted 12 values: index round(0.1·11) = 1 → 10 m; round(0.9·11) = 10 → 100 m
    expect(focusBounds(xs, zs)).toEqual({ minX: 10, maxX: 100, minZ: -100, maxZ: -10 });
  });
  it("gives the whole range for the 0-1 quantiles and an empty box for no buildings", () => {
    expect(focusBounds([3, 1, 2], [5, 4, 6], 0, 1)).toEqual({ minX: 1, maxX: 3, minZ: 4, maxZ: 6 });
    expect(focusBounds([], [])).toEqual({ minX: 0, maxX: 0, minZ: 0, maxZ: 0 });
  });
});
