// Public host API of the solar module (and of the weather module it reads, which has no
// re-export of its own in sim-core/index.ts). Azimuth: degrees clockwise from north.
export * from "../weather/index.ts";
export { buildingPlanes, PLANE_EAST, PLANE_NORTH, PLANE_ROOF, PLANE_SOUTH, PLANE_WEST } from "./planes.ts";
export { DEFAULT_PV } from "./pvDefaults.ts";
export { SolarCore, type SolarWeather } from "./SolarCore.ts";
export type { SolarExports } from "./solarExports.ts";
export * as solarReference from "./reference/index.ts";
export type { Plane, PvParameters, SolarSite } from "./reference/kernel.ts";
export type { SunPosition } from "./reference/sunPosition.ts";
export { windowSolarGain_W } from "./reference/pv.ts";
