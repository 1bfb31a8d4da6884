// Pure parts of the simulator-room screens: what the URL asks for, and the panoramic wall's yaw offsets.
// No Babylon, no network (unit-tested in tests/unit/screens-model.test.ts).

export type ScreenKind = "dashboard" | "city" | "wall" | "outreach";

export interface ScreenRequest {
  kind: ScreenKind;
  code: string;
  /** Follow the facilitator's camera (city, wall); false: tour the districts by itself. */
  follow: boolean;
  /** This screen's place on a panoramic wall, 0-based from the left, of `count` screens. */
  index: number;
  count: number;
  /** Horizontal field of view of each wall screen [rad]. */
  fov_rad: number;
  /** Presentation mode: large type, high contrast, no controls (default on for screens). */
  present: boolean;
  kiosk: boolean;
  idle_s: number;
}

export const DEFAULT_WALL_FOV_deg = 60;
export const DEFAULT_IDLE_s = 120;

const number = (raw: string | null, fallback: number): number => {
  const v = raw === null || raw.trim() === "" ? Number.NaN : Number(raw);
  return Number.isFinite(v) ? v : fallback;
};

/**
 * `?session=CODE&screen=dashboard|city|wall` (`follow=facilitator` or `tour=1`; wall: `index=i&count=N&fov=deg`),
 * `?session=CODE&outreach=1` (`kiosk=1&idle=s`). Undefined when the page is not a screen; throws on a bad wall.
 */
export function screenFromUrl(params: URLSearchParams): ScreenRequest | undefined {
  const screen = params.get("screen");
  const outreach = params.get("outreach") === "1";
  if (!screen && !outreach) return undefined;
  const kind: ScreenKind = outreach ? "outreach" : (screen as ScreenKind);
  if (!["dashboard", "city", "wall", "outreach"].includes(kind))
    throw new Error(`screen=${screen}: expected dashboard, city or wall`);
  const code = params.get("session")?.trim().toUpperCase() ?? "";
  if (!code) throw new Error("a screen needs ?session=CODE");
  const count = Math.round(number(params.get("count"), 1));
  const index = Math.round(number(params.get("index"), (count - 1) / 2));
  if (kind === "wall" && (count < 1 || index < 0 || index >= count))
    throw new Error(`wall: index=${index} must be 0-${count - 1} for count=${count}`);
  const fov_deg = number(params.get("fov"), DEFAULT_WALL_FOV_deg);
  if (!(fov_deg > 0 && fov_deg < 180)) throw new Error(`fov=${fov_deg}: expected degrees between 0 and 180`);
  return {
    kind,
    code,
    follow: kind === "wall" || (params.get("tour") !== "1" && kind !== "outreach"),
    index,
    count,
    fov_rad: (fov_deg * Math.PI) / 180,
    present: params.get("present") !== "0",
    kiosk: params.get("kiosk") === "1",
    idle_s: Math.max(1, number(params.get("idle"), DEFAULT_IDLE_s)),
  };
}

/**
 * Yaw of wall screen `index` of `count` relative to the shared view direction: (i − (N−1)/2)·fov, so that
 * neighbouring screens, each with horizontal field of view `fov`, meet edge to edge (positive turns right).
 */
export function wallYawOffset_rad(index: number, count: number, fov_rad: number): number {
  return (index - (count - 1) / 2) * fov_rad;
}
