import { Quaternion } from "@babylonjs/core/Maths/math.vector.js";
import { describe, expect, it } from "vitest";
import { decodePoseUpdate, encodePose } from "../../server/session/poses.ts";
import {
  cameraOfPose,
  forwardOf,
  poseOfCamera,
  quatFromYawPitch,
  yawPitchFromQuat,
} from "../../client/src/screens/cameraPose.ts";
import { screenFromUrl, wallYawOffset_rad } from "../../client/src/screens/screenModel.ts";
import { facilitatorSlot } from "../../client/src/screens/screenState.ts";
import { DEFAULT_TOUR, tourStops, tourView } from "../../client/src/screens/tourPath.ts";

const deg = Math.PI / 180;

describe("panoramic wall", () => {
  it("centres the yaw offsets on the shared direction, one field of view apart", () => {
    // N = 3, fov 50°: −50°, 0°, +50° (i − (N−1)/2)·fov
    expect([0, 1, 2].map((i) => wallYawOffset_rad(i, 3, 50 * deg) / deg)).toEqual([-50, 0, 50]);
    // N = 4, fov 40°: −60°, −20°, +20°, +60°: no screen looks straight ahead, the middle seam does
    const four = [0, 1, 2, 3].map((i) => wallYawOffset_rad(i, 4, 40 * deg) / deg);
    for (const [i, v] of four.entries()) expect(v).toBeCloseTo([-60, -20, 20, 60][i], 12);
    // neighbours meet edge to edge: right edge of i = left edge of i+1
    for (let i = 0; i < 3; i++)
      expect(wallYawOffset_rad(i, 4, 40 * deg) + 20 * deg).toBeCloseTo(
        wallYawOffset_rad(i + 1, 4, 40 * deg) - 20 * deg,
      );
  });

  it("reads a wall from the URL and refuses an index outside the wall", () => {
    const wall = screenFromUrl(new URLSearchParams("session=abc234&screen=wall&index=2&count=3&fov=50"));
    expect(wall).toMatchObject({ kind: "wall", code: "ABC234", index: 2, count: 3, follow: true, present: true });
    expect(wall?.fov_rad).toBeCloseTo(50 * deg, 12);
    expect(() => screenFromUrl(new URLSearchParams("session=A&screen=wall&index=3&count=3"))).toThrow(
      "wall: index=3 must be 0-2 for count=3",
    );
    expect(() => screenFromUrl(new URLSearchParams("screen=dashboard"))).toThrow("?session=CODE");
    expect(screenFromUrl(new URLSearchParams("session=A&screen=city&tour=1"))?.follow).toBe(false);
    expect(screenFromUrl(new URLSearchParams("session=A&screen=city&follow=facilitator"))?.follow).toBe(true);
    expect(screenFromUrl(new URLSearchParams("session=A&screen=dashboard&present=0"))?.present).toBe(false);
    expect(screenFromUrl(new URLSearchParams("session=A&outreach=1&kiosk=1&idle=30"))).toMatchObject({
      kind: "outreach",
      kiosk: true,
      idle_s: 30,
    });
    expect(screenFromUrl(new URLSearchParams("session=A"))).toBeUndefined();
  });
});

describe("desktop camera pose", () => {
  it("builds the same quaternion as Babylon's RotationYawPitchRoll and reads yaw and pitch back", () => {
    for (const [yaw, pitch] of [
      [0.3, 0.5],
      [-2.8, 1.2],
      [3.0, 0.05],
    ]) {
      const b = Quaternion.RotationYawPitchRoll(yaw, pitch, 0);
      const q = quatFromYawPitch(yaw, pitch);
      for (const [i, v] of [b.x, b.y, b.z, b.w].entries()) expect(q[i]).toBeCloseTo(v, 12);
      const back = yawPitchFromQuat(q);
      expect(back.yaw_rad).toBeCloseTo(yaw, 12);
      expect(back.pitch_rad).toBeCloseTo(pitch, 12);
    }
  });

  it("survives the pose encoding: position within the quantisation (1 m steps + 0.5 m ground), angles within 1°", () => {
    const position: [number, number, number] = [4321.7, 1830.2, -2210.4];
    const yaw = 2.1;
    const pitch = 0.62;
    const pose = poseOfCamera(position, forwardOf(yaw, pitch), [0, 0, 0]);
    // the pointer is where the view axis meets the ground
    const f = forwardOf(yaw, pitch);
    const t = -position[1] / f[1];
    expect(pose.pointer?.x_m).toBeCloseTo(position[0] + f[0] * t, 9);
    expect(pose.pointer?.y_m).toBeCloseTo(position[2] + f[2] * t, 9);
    const view = cameraOfPose(decodePoseUpdate(encodePose(pose)));
    if (!view) throw new Error("no view");
    for (let i = 0; i < 3; i++) expect(Math.abs(view.position[i] - position[i])).toBeLessThanOrEqual(0.5 + 0.5 + 1e-9);
    expect(Math.abs(view.yaw_rad - yaw)).toBeLessThan(1 * deg);
    expect(Math.abs(view.pitch_rad - pitch)).toBeLessThan(1 * deg);
  });

  it("finds the connected facilitator's slot", () => {
    const p = (kind: string, connected: boolean, slot: number) => ({
      id: `${kind}${slot}`,
      name: "",
      kind,
      role: "",
      colour: "#000000",
      connected,
      slot,
    });
    expect(facilitatorSlot({ participants: { a: p("participant", true, 1), b: p("facilitator", true, 4) } })).toBe(4);
    expect(facilitatorSlot({ participants: { b: p("facilitator", false, 4) } })).toBeUndefined();
  });
});

describe("district tour", () => {
  const districts = [
    { x_m: 0, y_m: 1000 },
    { x_m: -1000, y_m: 0 },
    { x_m: 1000, y_m: 0 },
    { x_m: 0, y_m: -1000 },
  ];
  const stops = tourStops(districts);

  it("visits the districts in bearing order around their centre (no crossing)", () => {
    // bearings atan2(x, y): west −90°, north 0°, east 90°, south 180°
    expect(stops).toEqual([districts[1], districts[0], districts[2], districts[3]]);
  });

  it("looks at each stop from the tour radius once the flight is over, and moves continuously", () => {
    const o = DEFAULT_TOUR;
    for (let k = 0; k < stops.length; k++) {
      const v = tourView(stops, k * o.dwell_s + o.flight_s + 1);
      expect(v.target[0]).toBeCloseTo(stops[k].x_m, 9);
      expect(v.target[2]).toBeCloseTo(stops[k].y_m, 9);
      const d = Math.hypot(v.position[0] - v.target[0], v.position[1], v.position[2] - v.target[2]);
      expect(d).toBeCloseTo(o.radius_m, 9);
    }
    // continuity: across a stop change and across the period's end, 10 ms apart moves well under a metre
    for (const t of [o.dwell_s, 2 * o.dwell_s, stops.length * o.dwell_s]) {
      const a = tourView(stops, t - 0.005);
      const b = tourView(stops, t + 0.005);
      expect(Math.hypot(...a.position.map((x, i) => x - b.position[i]))).toBeLessThan(1);
    }
  });
});
