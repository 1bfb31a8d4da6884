import { describe, expect, it } from "vitest";
import {
  cityToWorld,
  identityPlacement,
  placeCity,
  rootPosition,
  TABLE_GAP_M,
  TABLE_HEIGHT_M,
  TABLE_WIDTH_M,
  turnAbout,
  type Vec3,
  worldToCity,
} from "../../client/src/xr/xrScale.ts";

const bounds = { minX: -3000, maxX: 3000, minZ: -1000, maxZ: 1400 }; // 6 km × 2.4 km, centre (0, 200)
const head: Vec3 = [0.3, 1.6, -0.2];

describe("VR scales as placements of the city root", () => {
  it("tabletop: the longest side over the table width, the ground at table height, just in front of the head", () => {
    const p = placeCity("tabletop", bounds, head, 0);
    expect(p.factor).toBeCloseTo(TABLE_WIDTH_M / 6000, 15); // 0.2 mm of table per city metre
    const west = cityToWorld(p, [-3000, 0, 200]);
    const east = cityToWorld(p, [3000, 0, 200]);
    expect(east[0] - west[0]).toBeCloseTo(TABLE_WIDTH_M, 12);
    expect(west[1]).toBeCloseTo(TABLE_HEIGHT_M, 12);
    // facing +z (yaw 0): the south edge 0.25 m ahead of the head, the north edge 2400 m × 0.2 mm further
    expect(cityToWorld(p, [0, 0, -1000])[2] - head[2]).toBeCloseTo(TABLE_GAP_M, 12);
    expect(cityToWorld(p, [0, 0, 1400])[2] - head[2]).toBeCloseTo(TABLE_GAP_M + 0.48, 12);
    expect(cityToWorld(p, [0, 0, 200])[0]).toBeCloseTo(head[0], 12); // centred left-right on the head
  });

  it("tabletop turns with the head: facing +x (yaw 90°), north lies away from the viewer along +x", () => {
    const p = placeCity("tabletop", bounds, head, Math.PI / 2);
    const south = cityToWorld(p, [0, 0, -1000]);
    const north = cityToWorld(p, [0, 0, 1400]);
    expect(south[0] - head[0]).toBeCloseTo(TABLE_GAP_M, 12);
    expect(north[0] - head[0]).toBeCloseTo(TABLE_GAP_M + 0.48, 12);
    expect(south[2]).toBeCloseTo(head[2], 12);
    // east (+x in the city) is on the viewer's right: −z when facing +x in Babylon's left-handed frame
    expect(cityToWorld(p, [3000, 0, 200])[2] - head[2]).toBeCloseTo(-0.6, 12);
  });

  it("walk: 1:1, the city's ground on the floor, its centre under the head", () => {
    const p = placeCity("walk", bounds, head, 1.0);
    expect(p.factor).toBe(1);
    const centre = cityToWorld(p, [0, 0, 200]);
    expect(centre).toEqual([head[0], 0, head[2]]);
    const a = cityToWorld(p, [100, 0, 200]);
    expect(Math.hypot(a[0] - centre[0], a[2] - centre[2])).toBeCloseTo(100, 10); // a city metre is a real metre
  });

  it("world → city inverts city → world; the root's translation reproduces the same map", () => {
    for (const p of [placeCity("tabletop", bounds, head, 2.1), placeCity("walk", bounds, head, -0.7)]) {
      const v: Vec3 = [1234, 56, -789];
      const back = worldToCity(p, cityToWorld(p, v));
      for (let i = 0; i < 3; i++) expect(back[i]).toBeCloseTo(v[i], 8);
      // root: world = position + Ry(yaw)·factor·v, so the city origin lands at the root's position
      const o = cityToWorld(p, [0, 0, 0]);
      const r = rootPosition(p);
      for (let i = 0; i < 3; i++) expect(o[i]).toBeCloseTo(r[i], 10);
    }
    const id = identityPlacement(bounds);
    expect(cityToWorld(id, [10, 20, 30])).toEqual([10, 20, 30]);
    expect(rootPosition(id)).toEqual([0, 0, 0]);
  });

  it("a snap turn right by 45° brings the city point 45° to the right of the head straight ahead, same distance", () => {
    const p = placeCity("tabletop", bounds, head, 0);
    // a point of the model 45° right of straight ahead (yaw 0: forward +z, right +x)
    const target = worldToCity(p, [head[0] + 0.5, TABLE_HEIGHT_M, head[2] + 0.5]);
    const turned = turnAbout(p, head, Math.PI / 4);
    const w = cityToWorld(turned, target);
    expect(w[0] - head[0]).toBeCloseTo(0, 12);
    expect(w[2] - head[2]).toBeCloseTo(Math.SQRT2 * 0.5, 12);
    expect(w[1]).toBeCloseTo(TABLE_HEIGHT_M, 12); // the table stays at its height
    expect(turned.factor).toBe(p.factor);
  });
});
