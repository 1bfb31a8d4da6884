// Public host API of the weather module: EPW reader and the generator from monthly normals.
export { EPW_HOURS, DAYS_IN_MONTH, expectedCalendar, type HourCalendar } from "./calendar.ts";
export { EpwError } from "./epwError.ts";
export { parseEpw, type EpwLocation, type EpwWeather } from "./epw.ts";
export { hourlyTemperatureFromNormals } from "./fromNormals.ts";
