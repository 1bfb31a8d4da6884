// A camera tour through the districts, as a pure function of time: the screen computes where to look each
// frame, so every screen with the same city and clock shows the same tour (unit-tested).
import type { Vec3 } from "../../../server/session/poses.ts";
import { forwardOf } from "./cameraPose.ts";

export interface TourStop {
  x_m: number;
  /** North, the scene's z. */
  y_m: number;
}

export interface TourOptions {
  /** Seconds at each district, the flight to it included. */
  dwell_s: number;
  /** Seconds of the flight from the previous district (eased). */
  flight_s: number;
  radius_m: number;
  pitch_rad: number;
  /** Orbit speed while at a district [rad/s]. */
  orbit_rad_s: number;
}

export const DEFAULT_TOUR: TourOptions = {
  dwell_s: 20,
  flight_s: 5,
  radius_m: 900,
  pitch_rad: Math.PI / 6,
  orbit_rad_s: 0.05,
};

export interface TourView {
  target: Vec3;
  position: Vec3;
  yaw_rad: number;
  pitch_rad: number;
}

/** Stops in a loop: sorted by bearing around their centroid, so the tour circles the city without crossing. */
export function tourStops(districts: readonly TourStop[]): TourStop[] {
  if (districts.length === 0) return [];
  const cx = districts.reduce((s, d) => s + d.x_m, 0) / districts.length;
  const cy = districts.reduce((s, d) => s + d.y_m, 0) / districts.length;
  return [...districts].sort((a, b) => Math.atan2(a.x_m - cx, a.y_m - cy) - Math.atan2(b.x_m - cx, b.y_m - cy));
}

const smoothstep = (s: number) => s * s * (3 - 2 * s);

/** The tour's view at time t_s (periodic: n stops × dwell_s). */
export function tourView(stops: readonly TourStop[], t_s: number, o: TourOptions = DEFAULT_TOUR): TourView {
  const n = stops.length;
  const period = Math.max(1, n) * o.dwell_s;
  const t = ((t_s % period) + period) % period;
  const k = Math.min(n - 1, Math.floor(t / o.dwell_s));
  const local = t - k * o.dwell_s;
  const here = stops[k] ?? { x_m: 0, y_m: 0 };
  const from = stops[(k - 1 + n) % n] ?? here;
  const s = smoothstep(Math.min(1, local / o.flight_s));
  const tx = from.x_m + (here.x_m - from.x_m) * s;
  const tz = from.y_m + (here.y_m - from.y_m) * s;
  // The yaw keeps turning through the whole tour (no jump at a stop change or at the period's end).
  const yaw_rad = o.orbit_rad_s * t_s;
  const forward = forwardOf(yaw_rad, o.pitch_rad);
  return {
    target: [tx, 0, tz],
    position: [tx - forward[0] * o.radius_m, -forward[1] * o.radius_m, tz - forward[2] * o.radius_m],
    yaw_rad,
    pitch_rad: o.pitch_rad,
  };
}
