// Every map metric is a Float64Array per building + a unit + a colour scale (numeric or categorical).
// Adding a metric of the energy or materials model is one entry in `buildMetrics`.
import type { CityDataset } from "../../../sim-core/host/city.ts";
import * as L from "../../../sim-core/host/supply/layout.ts";
import type { ModelResult } from "../core/modelResult.ts";
import { type ColourScale, DIVERGING, makeScale, PERIOD, quantile, type Rgb, SEQUENTIAL } from "./colourScale.ts";

export interface Metric {
  id: string;
  label: { nb: string; en: string };
  unit: string;
  decimals: number;
  values: Float64Array;
  scale: ColourScale;
  /** Categorical metrics: the label of each integer value 0…n−1 (scale min 0, max n−1). */
  categories?: { nb: string; en: string }[];
}

export const SYSTEM_LABELS = [
  { nb: "direkte elektrisk", en: "direct electric" },
  { nb: "luft-luft-varmepumpe", en: "air-air heat pump" },
  { nb: "luft-vann-varmepumpe", en: "air-water heat pump" },
  { nb: "bergvarme", en: "ground-source heat pump" },
  { nb: "fjernvarme", en: "district heat" },
  { nb: "bio/ved", en: "wood/bio" },
];
const SYSTEM_COLOURS: Rgb[] = [
  [0.85, 0.3, 0.25],
  [0.98, 0.75, 0.3],
  [0.55, 0.8, 0.35],
  [0.25, 0.65, 0.55],
  [0.35, 0.55, 0.95],
  [0.65, 0.45, 0.3],
];
const RETROFIT_LABELS = [
  { nb: "ikke etterisolert", en: "not retrofitted" },
  { nb: "etterisolert (TEK17)", en: "retrofitted (TEK17)" },
  { nb: "passivhus", en: "passive house" },
];
const RETROFIT_COLOURS: Rgb[] = [
  [0.72, 0.72, 0.7],
  [0.2, 0.75, 0.45],
  [0.2, 0.45, 0.95],
];

const map = (n: number, f: (i: number) => number) => {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = f(i);
  return out;
};

/** Σ of record fields for building i [Wh or g]. */
export function field(r: ModelResult, i: number, qs: readonly number[]): number {
  let s = 0;
  for (const q of qs) s += r.yearly[i * r.stride + q];
  return s;
}

/** Delivered energy: electricity (before PV), district heat and bio fuel (as the scenario runner's per building). */
export const DELIVERED = [
  L.M_EL_SPACE,
  L.M_EL_DHW,
  L.M_EL_COOL,
  L.M_EL_APPLIANCES,
  L.M_EL_EV,
  L.M_DISTRICT_HEAT,
  L.M_BIO_FUEL,
];
export const EMISSIONS = [L.M_CO2_EL_G, L.M_CO2_BIO_G, L.M_CO2_DH_G];

/** Delivered energy per heated m² [kWh/m²]: grid import, district heat and fuel. */
export const energyIntensity = (r: ModelResult, i: number) => field(r, i, DELIVERED) / 1000 / r.floorArea_m2[i];

/** Scale ends are taken from the BASELINE values, so colours stay comparable when a lever moves. */
function sequential(baseline: Float64Array): ColourScale {
  return makeScale(0, quantile(baseline, 0.98), SEQUENTIAL);
}

function categorical(colours: Rgb[]): ColourScale {
  return makeScale(0, colours.length - 1, colours);
}

interface NumericDef {
  id: string;
  label: { nb: string; en: string };
  unit: string;
  decimals: number;
  of: (r: ModelResult, i: number) => number;
}

const NUMERIC: NumericDef[] = [
  {
    id: "energyIntensity",
    label: { nb: "Levert energi per m²", en: "Energy intensity" },
    unit: "kWh/m²",
    decimals: 0,
    of: energyIntensity,
  },
  {
    id: "heatIntensity",
    label: { nb: "Varmebehov per m²", en: "Heat demand per m²" },
    unit: "kWh/m²",
    decimals: 0,
    of: (r, i) => field(r, i, [L.M_SPACE_HEAT, L.M_DHW]) / 1000 / r.floorArea_m2[i],
  },
  {
    id: "pv",
    label: { nb: "Solcellestrøm", en: "PV output" },
    unit: "kWh",
    decimals: 0,
    of: (r, i) => field(r, i, [L.M_PV]) / 1000,
  },
  {
    id: "emissions",
    label: { nb: "Utslipp", en: "Emissions" },
    unit: "kg CO₂",
    decimals: 0,
    of: (r, i) => field(r, i, EMISSIONS) / 1000,
  },
  {
    id: "waste",
    label: { nb: "Husholdningsavfall", en: "Household waste" },
    unit: "kg",
    decimals: 0,
    of: (r, i) => r.waste_kg[i],
  },
];

export function buildMetrics(city: CityDataset, current: ModelResult, baseline: ModelResult): Metric[] {
  const n = current.buildings;
  const metrics: Metric[] = NUMERIC.map((d) => ({
    id: d.id,
    label: d.label,
    unit: d.unit,
    decimals: d.decimals,
    values: map(n, (i) => d.of(current, i)),
    scale: sequential(map(n, (i) => d.of(baseline, i))),
  }));
  metrics.push(
    {
      id: "system",
      label: { nb: "Oppvarming", en: "Heating system" },
      unit: "",
      decimals: 0,
      values: Float64Array.from(current.system),
      scale: categorical(SYSTEM_COLOURS),
      categories: SYSTEM_LABELS,
    },
    {
      id: "retrofit",
      label: { nb: "Etterisolering", en: "Retrofit status" },
      unit: "",
      decimals: 0,
      values: Float64Array.from(current.retrofitted),
      scale: categorical(RETROFIT_COLOURS),
      categories: RETROFIT_LABELS,
    },
    {
      id: "year",
      label: { nb: "Byggeår", en: "Construction year" },
      unit: "",
      decimals: 0,
      values: map(n, (i) => city.buildings[i].year),
      scale: makeScale(1930, 2020, PERIOD),
    },
  );
  return metrics;
}

/** Change since baseline in percent of the baseline value, on a symmetric diverging scale. Categorical metrics
 *  show "changed" (1) or not (0). */
export function deltaMetric(current: Metric, baseline: Metric): Metric {
  if (current.categories) {
    return {
      id: `${current.id}:delta`,
      label: { nb: `${current.label.nb} — endret`, en: `${current.label.en} — changed` },
      unit: "",
      decimals: 0,
      values: map(current.values.length, (i) => (current.values[i] !== baseline.values[i] ? 1 : 0)),
      scale: categorical([
        [0.85, 0.85, 0.83],
        [0.95, 0.45, 0.2],
      ]),
      categories: [
        { nb: "uendret", en: "unchanged" },
        { nb: "endret", en: "changed" },
      ],
    };
  }
  const values = map(current.values.length, (i) => {
    const b = baseline.values[i];
    return b === 0
      ? current.values[i] === 0
        ? 0
        : 100 * Math.sign(current.values[i])
      : ((current.values[i] - b) / Math.abs(b)) * 100;
  });
  const extent = Math.max(1, Math.ceil(quantile(values.map(Math.abs), 0.98)));
  return {
    id: `${current.id}:delta`,
    label: { nb: `${current.label.nb} — endring`, en: `${current.label.en} — change` },
    unit: "%",
    decimals: 1,
    values,
    scale: makeScale(-extent, extent, DIVERGING),
  };
}
