// Scenario validation with path-specific messages ("interventions[2].startYear: 2061 is after the
// horizon 2050"). Nothing runs on an invalid scenario: callers get either the typed scenario or errors.
import { LEVER_BY_ID } from "./levers.ts";
import {
  BASE_YEAR_MIN,
  HORIZON_MAX,
  type Intervention,
  SCENARIO_FORMAT_VERSION,
  type Scenario,
  type Where,
} from "./types.ts";

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

export interface ValidationContext {
  /** Known municipality datasets (ids). */
  municipalities?: readonly string[];
  /** District names of the scenario's municipality, to check `where.district`. */
  districts?: readonly string[];
}

const TOP_FIELDS = ["formatVersion", "name", "municipality", "weather", "baseYear", "horizon", "seed", "interventions"];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const show = (v: unknown) => (typeof v === "string" ? `"${v}"` : JSON.stringify(v));

export function validateScenario(input: unknown, ctx: ValidationContext = {}): ValidationResult {
  const errors: string[] = [];
  if (!isObject(input)) return { ok: false, errors: ["(root): expected a JSON object"] };
  for (const key of Object.keys(input)) if (!TOP_FIELDS.includes(key)) errors.push(`${key}: unknown field`);
  const int = (path: string, v: unknown, min: number, max: number): v is number => {
    if (typeof v !== "number" || !Number.isInteger(v)) {
      errors.push(`${path}: ${show(v)} is not an integer`);
      return false;
    }
    if (v < min || v > max) {
      errors.push(`${path}: ${v} is outside ${min}-${max}`);
      return false;
    }
    return true;
  };
  const str = (path: string, v: unknown): v is string => {
    if (typeof v !== "string" || v.length === 0) {
      errors.push(`${path}: expected a non-empty string, got ${show(v)}`);
      return false;
    }
    return true;
  };

  if (input.formatVersion !== SCENARIO_FORMAT_VERSION)
    errors.push(
      `formatVersion: ${show(input.formatVersion)} is not supported (this version reads ${SCENARIO_FORMAT_VERSION})`,
    );
  str("name", input.name);
  if (str("municipality", input.municipality) && ctx.municipalities && !ctx.municipalities.includes(input.municipality))
    errors.push(`municipality: "${input.municipality}" is unknown; known: ${ctx.municipalities.join(", ")}`);
  str("weather", input.weather);
  const baseOk = int("baseYear", input.baseYear, BASE_YEAR_MIN, HORIZON_MAX);
  const horizonOk = int("horizon", input.horizon, BASE_YEAR_MIN, HORIZON_MAX);
  if (baseOk && horizonOk && (input.horizon as number) < (input.baseYear as number))
    errors.push(`horizon: ${input.horizon} is before the base year ${input.baseYear}`);
  int("seed", input.seed, 0, 2 ** 32 - 1);

  if (!Array.isArray(input.interventions)) {
    errors.push(`interventions: expected an array, got ${show(input.interventions)}`);
  } else {
    input.interventions.forEach((item, i) => {
      validateIntervention(`interventions[${i}]`, item, input, ctx, errors);
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, scenario: input as unknown as Scenario };
}

function validateIntervention(
  path: string,
  item: unknown,
  scenario: Record<string, unknown>,
  ctx: ValidationContext,
  errors: string[],
): void {
  if (!isObject(item)) {
    errors.push(`${path}: expected an object`);
    return;
  }
  for (const key of Object.keys(item))
    if (!["lever", "value", "startYear", "where"].includes(key)) errors.push(`${path}.${key}: unknown field`);
  const lever = typeof item.lever === "string" ? LEVER_BY_ID.get(item.lever) : undefined;
  if (!lever) errors.push(`${path}.lever: ${show(item.lever)} is not a known lever`);
  const value = item.value;
  if (typeof value !== "number" || !Number.isFinite(value))
    errors.push(`${path}.value: ${show(value)} is not a number`);
  else if (lever && (value < lever.min || value > lever.max))
    errors.push(`${path}.value: ${value} is outside ${lever.min}-${lever.max} ${lever.unit} for ${lever.id}`);
  const year = item.startYear;
  if (typeof year !== "number" || !Number.isInteger(year))
    errors.push(`${path}.startYear: ${show(year)} is not an integer year`);
  else if (typeof scenario.horizon === "number" && year > scenario.horizon)
    errors.push(`${path}.startYear: ${year} is after the horizon ${scenario.horizon}`);
  else if (typeof scenario.baseYear === "number" && year < scenario.baseYear)
    errors.push(`${path}.startYear: ${year} is before the base year ${scenario.baseYear}`);
  validateWhere(`${path}.where`, item.where, ctx, errors);
}

function validateWhere(path: string, where: unknown, ctx: ValidationContext, errors: string[]): void {
  if (!isObject(where)) {
    errors.push(`${path}: expected an object with "scope"`);
    return;
  }
  const w = where as Partial<Where> & Record<string, unknown>;
  if (w.scope === "municipality") return;
  if (w.scope === "district") {
    if (typeof w.district !== "string" || !w.district) errors.push(`${path}.district: expected a district name`);
    else if (ctx.districts && !ctx.districts.includes(w.district))
      errors.push(`${path}.district: "${w.district}" is not a district of this municipality`);
    return;
  }
  if (w.scope === "filter") {
    for (const key of ["use", "periods"] as const) {
      const list = w[key];
      if (list !== undefined && (!Array.isArray(list) || !list.every((s) => typeof s === "string")))
        errors.push(`${path}.${key}: expected an array of strings`);
    }
    return;
  }
  errors.push(`${path}.scope: ${show(w.scope)} is not one of "municipality", "district", "filter"`);
}

/** Lever values in force in `year` for a municipality-wide view (latest intervention wins). */
export function leverValuesInYear(scenario: Scenario, year: number): Map<string, number> {
  const values = new Map<string, number>();
  const active: Intervention[] = scenario.interventions
    .filter((i) => i.startYear <= year && i.where.scope === "municipality")
    .sort((a, b) => a.startYear - b.startYear);
  for (const i of active) values.set(i.lever, i.value);
  return values;
}
