// The runs behind the dashboard: baseline and what-if of the lever positions (the city and KPIs), the
// trajectory years to 2050 of both, and one run per moved lever alone for the MAC curve. Worker slots keep
// only the newest request of each kind, so stale runs never pile up.
import { INDICATOR_BY_ID } from "../../../sim-core/scenario/indicators.ts";
import { LEVER_BY_ID } from "../../../sim-core/scenario/levers.ts";
import { type AbatementMeasure, macCurve } from "../../../sim-core/scenario/macCurve.ts";
import type { ModelResult } from "../core/modelResult.ts";
import type { SimClient } from "../core/simClient.ts";
import { KPI_CARDS } from "../model/kpis.ts";
import type { Variant } from "../ui/charts/barCharts.ts";
import type { DashboardData } from "../ui/dashboard.ts";
import { lang } from "../ui/i18n.ts";
import { measureOf } from "./leverCosts.ts";
import {
  BASE_YEAR,
  type DistrictLevers,
  defaultLevers,
  HORIZON,
  type LeverValues,
  scenarioFromLevers,
} from "./leverState.ts";
import { WHAT_IF_YEAR } from "./whatIfInputs.ts";

/** Years of the trajectory chart (the what-if year is the main run itself). */
export const TRAJECTORY_YEARS = [BASE_YEAR, WHAT_IF_YEAR, HORIZON];
/** Indicators drawn as trajectories. */
const TRAJECTORY_KPIS = ["ghgPerCapita", "electricityPerCapita"];
const VARIANT_COLOURS = ["#ffd166", "#4cc9f0", "#06d6a0", "#ef476f"];

type Indicators = Record<string, number>;

/** Identity of a what-if: the lever positions and each district's own. */
const whatIfKeyOf = (levers: LeverValues, districts: DistrictLevers = {}) => JSON.stringify([levers, districts]);

export class ScenarioRuns {
  private baseline: ModelResult | undefined;
  private readonly baseTrajectory = new Map<number, Indicators>();
  private whatIfTrajectory = new Map<number, Indicators>();
  private whatIfKey = whatIfKeyOf(defaultLevers());
  /** `${lever}=${value}` → measure, for levers run alone. */
  private readonly measures = new Map<string, AbatementMeasure | null>();
  private movedKeys: string[] = [];
  readonly variants: { name: string; indicators: Indicators }[] = [];
  /** Background runs asked for and not yet answered or superseded (0: the background worker is idle). */
  pendingBackground = 0;
  private readonly backgroundSlots = new Set<string>();

  constructor(
    private readonly sim: SimClient,
    private readonly background: SimClient,
    private readonly municipality: string,
    private readonly changed: () => void,
  ) {}

  async runBaseline(): Promise<ModelResult> {
    const r = await this.sim.run(scenarioFromLevers(defaultLevers(), this.municipality, "baseline"), "baseline");
    this.baseline = r;
    this.baseTrajectory.set(WHAT_IF_YEAR, r.indicators);
    return r;
  }

  /** A background run in a slot; a newer one in the same slot replaces it (its promise never resolves). */
  private runInBackground(
    levers: LeverValues,
    slot: string,
    year?: number,
    districts: DistrictLevers = {},
  ): Promise<ModelResult> {
    const name = slot.startsWith("trajBase") ? "baseline" : "what-if";
    this.backgroundSlots.add(slot);
    this.pendingBackground = this.backgroundSlots.size;
    const scenario = scenarioFromLevers(levers, this.municipality, name, districts);
    return this.background.run(scenario, slot, year).then((r) => {
      this.backgroundSlots.delete(slot);
      this.pendingBackground = this.backgroundSlots.size;
      return r;
    });
  }

  /** The what-if of the lever positions (and each district's own): on the worker's warm district parts. */
  runWhatIf(levers: LeverValues, districts: DistrictLevers = {}): Promise<ModelResult> {
    return this.sim.run(scenarioFromLevers(levers, this.municipality, "what-if", districts), "whatIf");
  }

  /** Which background charts are wanted: their runs start only once their tab has been opened (CPU). */
  private wants = { trajectory: false, mac: false };
  private lastWhatIf: { levers: LeverValues; result: ModelResult; districts: DistrictLevers } | undefined;

  /** A dashboard tab was opened: start the background runs it needs. */
  want(chart: "trajectory" | "mac"): void {
    if (this.wants[chart]) return;
    this.wants[chart] = true;
    if (chart === "trajectory") this.startTrajectories();
    if (this.lastWhatIf) this.afterWhatIf(this.lastWhatIf.levers, this.lastWhatIf.result, this.lastWhatIf.districts);
  }

  /** The baseline's trajectory years (once per city). */
  private startTrajectories(): void {
    for (const year of TRAJECTORY_YEARS)
      if (!this.baseTrajectory.has(year))
        void this.runInBackground(defaultLevers(), `trajBase:${year}`, year).then((r) => {
          this.baseTrajectory.set(year, r.indicators);
          this.changed();
        });
  }

  /** After a what-if is shown: its trajectory years (district levers included) and the MAC runs of each
   *  municipality-wide lever moved, alone. */
  afterWhatIf(levers: LeverValues, r: ModelResult, districts: DistrictLevers = {}): void {
    this.lastWhatIf = { levers, result: r, districts };
    const key = whatIfKeyOf(levers, districts);
    const defaults = defaultLevers();
    const moved = Object.keys(levers).filter((id) => levers[id] !== defaults[id]);
    this.movedKeys = moved.map((id) => `${id}=${levers[id]}`);
    if (this.wants.trajectory && key !== this.whatIfKey) {
      this.whatIfKey = key;
      this.whatIfTrajectory = new Map([[WHAT_IF_YEAR, r.indicators]]);
      if (moved.length > 0 || Object.keys(districts).length > 0)
        for (const year of TRAJECTORY_YEARS)
          if (year !== WHAT_IF_YEAR)
            void this.runInBackground(levers, `traj:${year}`, year, districts).then((t) => {
              if (JSON.stringify(t.levers) !== JSON.stringify(levers) || key !== this.whatIfKey) return; // superseded
              this.whatIfTrajectory.set(year, t.indicators);
              this.changed();
            });
    }
    if (!this.wants.mac) return;
    for (const k of this.movedKeys) {
      if (this.measures.has(k)) continue;
      const [id, v] = k.split("=");
      const alone = { ...defaults, [id]: Number(v) };
      void this.runInBackground(alone, `mac:${id}`).then((run) => {
        if (!this.baseline) return;
        const lever = LEVER_BY_ID.get(id);
        const label = lever ? lever.label[lang()] : id;
        this.measures.set(`${id}=${run.levers[id]}`, measureOf(id, run, this.baseline, label) ?? null);
        this.changed();
      });
    }
  }

  saveVariant(r: ModelResult): void {
    this.variants.push({
      name: `Variant ${String.fromCharCode(65 + (this.variants.length % 26))}`,
      indicators: r.indicators,
    });
    if (this.variants.length > 3) this.variants.shift();
    this.changed();
  }

  dashboardData(
    current: ModelResult | undefined,
    baseline: ModelResult | undefined,
    hour: number,
    dayLabel: string,
  ): DashboardData {
    const l = lang();
    const years = TRAJECTORY_YEARS.filter((y) => this.baseTrajectory.has(y));
    const panels =
      years.length >= 2
        ? TRAJECTORY_KPIS.map((id) => {
            const def = INDICATOR_BY_ID.get(id);
            const base = years.map((y) => (this.baseTrajectory.get(y) as Indicators)[id]);
            const cur = years.map(
              (y, k) =>
                this.whatIfTrajectory.get(y)?.[id] ??
                (this.whatIfKey === whatIfKeyOf(defaultLevers()) ? base[k] : Number.NaN),
            );
            return {
              label: def?.name[l] ?? id,
              unit: def?.unit ?? "",
              baseline: base,
              current: cur.map((v, k) => (Number.isFinite(v) ? v : base[k])),
            };
          })
        : [];
    const kpis = KPI_CARDS.map(([id]) => ({ id, label: INDICATOR_BY_ID.get(id)?.name[l] ?? id }));
    const change = (ind: Indicators): Record<string, number> =>
      Object.fromEntries(
        kpis.map((k) => {
          const b = baseline?.indicators[k.id] ?? 0;
          return [k.id, b === 0 ? 0 : ((ind[k.id] - b) / Math.abs(b)) * 100];
        }),
      );
    const variants: Variant[] = [];
    if (current)
      variants.push({
        name: l === "nb" ? "Hva om" : "What-if",
        colour: VARIANT_COLOURS[0],
        change_pct: change(current.indicators),
      });
    for (const [k, v] of this.variants.entries())
      variants.push({ name: v.name, colour: VARIANT_COLOURS[k + 1], change_pct: change(v.indicators) });
    const measures = this.movedKeys.map((k) => this.measures.get(k)).filter((m): m is AbatementMeasure => !!m);
    const kt = (flows: ModelResult["energyFlows_MWh"]) => flows.map((f) => ({ ...f, value: f.value / 1000 }));
    return {
      hour,
      dayLabel,
      gridImport_W: current?.gridImport_W,
      baselineGridImport_W: baseline?.gridImport_W,
      trajectory: { years, panels },
      energyFlows: current ? kt(current.energyFlows_MWh) : [],
      materialFlows: current ? kt(current.materialFlows_t) : [],
      comparison: { kpis, variants },
      mac: macCurve(measures),
    };
  }
}
