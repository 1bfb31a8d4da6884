// Every map metric is a Float64Array per building + a unit + a colour scale. Adding a metric of the
// energy or materials model is one entry in `buildMetrics`.
import type { CityIndex } from "../city/cityIndex.ts";
import type { CityDataset } from "../../../sim-core/host/city.ts";
import type { YearResult } from "../core/simProtocol.ts";
import { type ColourScale, DIVERGING, makeScale, PERIOD, quantile, SEQUENTIAL } from "./colourScale.ts";

export interface Metric {
  id: string;
  label: { nb: string; en: string };
  unit: string;
  decimals: number;
  values: Float64Array;
  scale: ColourScale;
}

export interface MetricInputs {
  city: CityDataset;
  index: CityIndex;
  result: YearResult;
}

const map = (n: number, f: (i: number) => number) => {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = f(i);
  return out;
};

/** Scale ends are taken from the BASELINE values, so colours stay comparable when a lever moves. */
function sequential(baseline: Float64Array): ColourScale {
  return makeScale(0, quantile(baseline, 0.98), SEQUENTIAL);
}

export function buildMetrics(current: MetricInputs, baseline: MetricInputs): Metric[] {
  const n = current.index.count;
  const area = current.index.floorArea_m2;
  const intensity = (r: YearResult) => map(n, (i) => r.heatEnergy_kWh[i] / area[i]);
  const metrics: Metric[] = [];
  const add = (m: Omit<Metric, "scale">, baseValues: Float64Array, scale?: ColourScale) =>
    metrics.push({ ...m, scale: scale ?? sequential(baseValues) });
  const baseIntensity = intensity(baseline.result);
  add(
    {
      id: "heatIntensity",
      label: { nb: "Varmebehov per m²", en: "Heat demand per m²" },
      unit: "kWh/(m²·a)",
      decimals: 0,
      values: intensity(current.result),
    },
    baseIntensity,
  );
  add(
    {
      id: "heatEnergy",
      label: { nb: "Varmebehov per år", en: "Yearly heat demand" },
      unit: "MWh",
      decimals: 1,
      values: map(n, (i) => current.result.heatEnergy_kWh[i] / 1000),
    },
    map(n, (i) => baseline.result.heatEnergy_kWh[i] / 1000),
  );
  add(
    {
      id: "heatLossCoeff",
      label: { nb: "Varmetapstall", en: "Heat-loss coefficient" },
      unit: "W/K",
      decimals: 0,
      values: current.result.heatLossCoeff_W_K,
    },
    baseline.result.heatLossCoeff_W_K,
  );
  add(
    {
      id: "year",
      label: { nb: "Byggeår", en: "Construction year" },
      unit: "",
      decimals: 0,
      values: map(n, (i) => current.city.buildings[i].year),
    },
    new Float64Array(0),
    makeScale(1930, 2020, PERIOD),
  );
  return metrics;
}

/** Heat load of the viewed hour [kW]; its scale ends at the baseline's design load H·(θset + 20 K),
 * so every hour of the year shares one colour scale. */
export function hourLoadMetric(hourLoad_W: Float64Array, baseline: YearResult): Metric {
  const design_kW = map(
    baseline.heatLossCoeff_W_K.length,
    (i) => (baseline.heatLossCoeff_W_K[i] * (baseline.setpoint_C + 20)) / 1000,
  );
  return {
    id: "heatLoad",
    label: { nb: "Varmelast nå", en: "Heat load now" },
    unit: "kW",
    decimals: 1,
    values: map(hourLoad_W.length, (i) => hourLoad_W[i] / 1000),
    scale: sequential(design_kW),
  };
}

/** Change since baseline in percent of the baseline value, on a symmetric diverging scale. */
export function deltaMetric(current: Metric, baseline: Metric): Metric {
  const values = map(current.values.length, (i) => {
    const b = baseline.values[i];
    return b === 0 ? 0 : ((current.values[i] - b) / Math.abs(b)) * 100;
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
