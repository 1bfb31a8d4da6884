// The city twin's view controller: projects the room state and the worker's results onto the scene and
// the dashboard. It owns only view choices (metric, language, viewed hour, lever positions being tried),
// never model state: every number shown comes from a run of the core in the worker.
import type { Engine } from "@babylonjs/core/Engines/engine.js";
import { PointerEventTypes } from "@babylonjs/core/Events/pointerEvents.js";
import { Matrix, Vector3 } from "@babylonjs/core/Maths/math.vector.js";
import "@babylonjs/core/Culling/ray.js";
import { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import type { CityDataset } from "../../sim-core/host/city.ts";
import * as L from "../../sim-core/host/supply/layout.ts";
import { formatSimTime } from "../../sim-core/host/simTime.ts";
import { LEVER_BY_ID } from "../../sim-core/scenario/levers.ts";
import type { CityIndex } from "./city/cityIndex.ts";
import type { ModelResult } from "./core/modelResult.ts";
import { SimClient } from "./core/simClient.ts";
import { colourInto, makeScale, PERIOD } from "./model/colourScale.ts";
import { kpisOf } from "./model/kpis.ts";
import { type FlowGroup, flowPaths } from "./model/flowPaths.ts";
import { buildMetrics, DELIVERED, deltaMetric, EMISSIONS, field, type Metric, SYSTEM_LABELS } from "./model/metrics.ts";
import type { SimConnection, SimView } from "./net/simRoom.ts";
import { CameraControls } from "./scene/cameraControls.ts";
import { CityView } from "./scene/cityView.ts";
import type { CityScene } from "./scene/createScene.ts";
import { districtLabels } from "./scene/districtLabels.ts";
import { FlowParticles } from "./scene/flowParticles.ts";
import { FootprintGrid } from "./scene/footprintGrid.ts";
import { sunPosition } from "./scene/sun.ts";
import {
  type DistrictLevers,
  defaultLevers,
  type LeverValues,
  scopedValues,
  withLever,
} from "./scenario/leverState.ts";
import { ScenarioRuns } from "./scenario/scenarioRuns.ts";
import { WHAT_IF_YEAR } from "./scenario/whatIfInputs.ts";
import { BuildingCard, type BuildingFacts } from "./ui/buildingCard.ts";
import { Dashboard } from "./ui/dashboard.ts";
import { FlowToggles } from "./ui/flowToggles.ts";
import { districtButtons } from "./ui/districts.ts";
import { Hud } from "./ui/hud.ts";
import { lang, setLang, t } from "./ui/i18n.ts";
import { KPI_WIDTH, KpiCards } from "./ui/kpiCards.ts";
import { Legend } from "./ui/legend.ts";
import { LeverPanel } from "./ui/leverPanel.ts";
import { SyntheticNote } from "./ui/syntheticNote.ts";
import { TimeBar } from "./ui/timeBar.ts";
import { stationNormals } from "./weatherNormals.ts";

/** Least time between two redraws of the day chart as the clock runs [ms]. */
const DASHBOARD_HOUR_REDRAW_MS = 300;
/** Debounce of the what-if re-run while a lever is dragged [ms]. */
export const WHAT_IF_DEBOUNCE_MS = 250;

export class CityApp {
  readonly ui: AdvancedDynamicTexture;
  readonly hud: Hud;
  readonly kpis: KpiCards;
  readonly legend: Legend;
  readonly dashboard: Dashboard;
  readonly card: BuildingCard;
  readonly timeBar: TimeBar;
  readonly leverPanel: LeverPanel;
  readonly note: SyntheticNote;
  readonly flows: FlowParticles;
  readonly flowToggles: FlowToggles;
  readonly view: CityView;
  readonly grid: FootprintGrid;
  readonly controls: CameraControls;
  readonly sim: SimClient;
  /** A second worker for the trajectory years and MAC runs, so a what-if never waits behind them. */
  readonly background: SimClient;
  readonly runs: ScenarioRuns;
  baseline: ModelResult | undefined;
  current: ModelResult | undefined;
  metrics: Metric[] = [];
  baselineMetrics: Metric[] = [];
  metricId = "energyIntensity";
  delta = false;
  /** Lever positions shown in the panel (the what-if being tried). */
  levers: LeverValues = defaultLevers();
  /** Lever values moved for one district (they win over `levers` there), and the scope the panel sets. */
  districtLevers: DistrictLevers = {};
  leverScope: string | undefined;
  /** When the last lever move happened and when its run's result was shown [ms, performance.now]. */
  whatIfTiming = { requested: 0, shown: 0, latency_ms: 0 };
  room: SimView | undefined;
  connection: SimConnection | undefined;
  viewHour = 0;
  live = true;
  lastRecolour_ms = 0;
  /** Called whenever the view changed and needs frames (render-on-demand). */
  onChange: (ms?: number) => void = () => {};
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private dashboardTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly engine: Engine,
    readonly cs: CityScene,
    readonly city: CityDataset,
    readonly index: CityIndex,
    onError: (message: string) => void,
  ) {
    const { scene } = cs;
    const tiles = index.count > 2000 ? 4 : 2;
    this.view = new CityView(scene, city, index, tiles);
    this.grid = new FootprintGrid(city, index);
    this.ui = AdvancedDynamicTexture.CreateFullscreenUI("hud", true, scene);
    this.ui.idealHeight = 1080; // same layout at 1080p, scaled up on 4K screens
    districtLabels(scene, city, cs.span_m);
    this.hud = new Hud(this.ui, {
      changeSetpoint: (d) => this.room && this.connection?.setSetpoint(this.room.setpoint_C + d),
      togglePlaying: () => this.room && this.connection?.setPlaying(!this.room.playing),
      changeSpeed: (f) =>
        this.room && this.connection?.setSpeed(Math.min(240, Math.max(0.25, this.room.speed_h_s * f))),
      toggleLanguage: () => {
        setLang(lang() === "nb" ? "en" : "nb");
        this.renderAll();
      },
    });
    this.kpis = new KpiCards(this.ui);
    this.card = new BuildingCard(this.ui, 16 + KPI_WIDTH + 16, 186);
    this.legend = new Legend(
      this.ui,
      (id) => {
        this.metricId = id;
        this.recolour();
      },
      () => {
        this.delta = !this.delta;
        this.recolour();
      },
    );
    this.leverPanel = new LeverPanel(
      this.ui,
      316,
      440,
      (id, v) => this.setLever(id, v),
      () => this.resetLevers(),
      () => this.saveVariant(),
      () => this.nextLeverScope(),
    );
    this.dashboard = new Dashboard(this.ui, (tab) => {
      if (tab === "trajectory" || tab === "mac") this.runs.want(tab);
      this.onChange();
    });
    this.note = new SyntheticNote(this.ui);
    this.flows = new FlowParticles(scene, cs.span_m);
    this.flowToggles = new FlowToggles(this.ui, (g) => this.toggleFlows(g));
    this.timeBar = new TimeBar(
      this.ui,
      (hour) => {
        this.live = false;
        this.setViewHour(hour);
      },
      () => {
        this.live = true;
        if (this.room) this.setViewHour(this.room.hourOfYear);
      },
    );
    const flyToDistrict = (i: number) => {
      const d = city.districts[i];
      if (d) this.controls.flyTo({ x: d.x_m, z: d.y_m, radius: 700, beta: Math.PI / 3.5 });
    };
    districtButtons(this.ui, city, flyToDistrict);
    this.controls = new CameraControls(
      scene,
      cs.camera,
      engine.getRenderingCanvas() as HTMLCanvasElement,
      flyToDistrict,
    );
    this.sim = new SimClient((f) => {
      this.timeBar.showProgress(f, f < 1 ? `${t("simulating")} ${Math.round(f * 100)} %` : "");
      this.onChange();
    }, onError);
    this.background = new SimClient(() => {}, onError);
    this.runs = new ScenarioRuns(this.sim, this.background, city.municipality.name, () => this.renderDashboard());
    this.colourByYear();
    this.setViewHour(0);
    this.hookPointer();
    this.renderAll();
  }

  /** Sets up the worker and runs the baseline year; the what-if starts equal to it. */
  async startSimulation(): Promise<void> {
    const normals = stationNormals(this.city.weatherStation);
    await this.sim.setup(this.city, normals);
    void this.background.setup(this.city, normals);
    const baseline = await this.runs.runBaseline();
    this.baseline = baseline;
    this.current = baseline;
    this.onResults();
  }

  /** Moves one lever: the panel shows it at once; the run follows after the debounce (latest wins). */
  setLever(id: string, value: number): void {
    const lever = LEVER_BY_ID.get(id);
    if (!lever) throw new Error(`unknown lever "${id}"`);
    const v = Math.min(lever.max, Math.max(lever.min, value));
    const moved = withLever(this.levers, this.districtLevers, this.leverScope, id, v);
    this.levers = moved.values;
    this.districtLevers = moved.districts;
    this.renderLevers();
    this.whatIfTiming.requested = performance.now();
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.runWhatIf(), WHAT_IF_DEBOUNCE_MS);
    this.onChange();
  }

  resetLevers(): void {
    this.levers = defaultLevers();
    this.districtLevers = {};
    this.renderLevers();
    clearTimeout(this.debounce);
    this.runWhatIf();
  }

  /** Runs the what-if of the current lever positions; resolves when its result is shown (or superseded). */
  runWhatIf(): Promise<ModelResult> {
    const levers = this.levers;
    const districts = this.districtLevers;
    const key = JSON.stringify([levers, districts]);
    return this.runs.runWhatIf(levers, districts).then((r) => {
      if (r.levers && key === JSON.stringify([this.levers, this.districtLevers])) {
        this.current = r;
        this.onResults();
        this.whatIfTiming.shown = performance.now();
        this.whatIfTiming.latency_ms = this.whatIfTiming.shown - this.whatIfTiming.requested;
        this.runs.afterWhatIf(levers, r, districts);
      }
      return r;
    });
  }

  /** The lever panel's scope moves on: the whole municipality, then each district in turn. */
  nextLeverScope(): void {
    const names = this.city.districts.map((d) => d.name);
    const k = this.leverScope === undefined ? -1 : names.indexOf(this.leverScope);
    this.leverScope = names[k + 1];
    this.renderLevers();
  }

  private renderLevers(): void {
    this.leverPanel.render(
      scopedValues(this.levers, this.districtLevers, this.leverScope),
      WHAT_IF_YEAR,
      this.leverScope,
    );
  }

  /** Shows or hides one group of animated flows. */
  toggleFlows(group: FlowGroup, on = !this.flows.isOn(group)): void {
    this.flows.setOn(group, on);
    this.flowToggles.render((g) => this.flows.isOn(g));
    this.onChange(200);
  }

  /** Keeps the current what-if as a named variant for the scenario comparison. */
  saveVariant(): void {
    if (this.current) this.runs.saveVariant(this.current);
  }

  /** A new room state: project it (clock, weather, shared setpoint of the room panel). */
  onRoomState(state: SimView): void {
    this.room = state;
    this.hud.render(state);
    this.onChange();
    if (this.live) this.setViewHour(state.hourOfYear);
  }

  setViewHour(hour: number): void {
    this.viewHour = hour;
    const sun = sunPosition(hour, this.city.origin.lat, this.city.origin.lon);
    const up = Math.max(0, Math.sin(sun.elevation_rad));
    const day = Math.min(1, up * 4); // twilight ramps over the first ~15° of elevation
    this.view.setSun(new Vector3(...sun.towards), 0.9 * Math.min(1, up * 2.5), 0.35 + 0.35 * day);
    this.cs.sun.direction.set(-sun.towards[0], -sun.towards[1], -sun.towards[2]);
    this.cs.sun.intensity = 0.8 * Math.min(1, up * 2.5);
    this.cs.sky.intensity = 0.35 + 0.35 * day;
    this.cs.scene.clearColor.set(0.05 + 0.35 * day, 0.1 + 0.42 * day, 0.16 + 0.55 * day, 1);
    const elevation_deg = Math.round((sun.elevation_rad * 180) / Math.PI);
    this.timeBar.showHour(hour, this.live, `${formatSimTime(hour)} · ${t("sun")} ${elevation_deg}°`);
    // Only the day chart follows the hour; at most a few redraws a second while the room's clock runs.
    if (this.dashboard.tab === "day" && this.dashboardTimer === undefined)
      this.dashboardTimer = setTimeout(() => {
        this.dashboardTimer = undefined;
        this.renderDashboard();
      }, DASHBOARD_HOUR_REDRAW_MS);
    this.onChange();
  }

  private onResults(): void {
    if (this.current) this.flows.setPaths(flowPaths(this.city, this.index, this.current));
    this.rebuildMetrics();
    this.recolour();
    this.renderKpis();
    this.renderDashboard();
    this.refreshCard();
  }

  private rebuildMetrics(): void {
    if (!this.current || !this.baseline) return;
    this.metrics = buildMetrics(this.city, this.current, this.baseline);
    this.baselineMetrics =
      this.current === this.baseline ? this.metrics : buildMetrics(this.city, this.baseline, this.baseline);
  }

  activeMetric(): Metric | undefined {
    const m = this.metrics.find((x) => x.id === this.metricId) ?? this.metrics[0];
    if (!m || !this.delta) return m;
    const b = this.baselineMetrics.find((x) => x.id === m.id);
    return b ? deltaMetric(m, b) : m;
  }

  /** Colours every building by the active metric; returns the time of the colour write + upload. */
  recolour(): number {
    const m = this.activeMetric();
    if (!m) return 0;
    const started = performance.now();
    colourInto(m.values, m.scale, this.view.colours);
    this.view.commitColours();
    this.lastRecolour_ms = performance.now() - started;
    this.legend.render(this.metrics, m, this.delta);
    this.onChange();
    return this.lastRecolour_ms;
  }

  private colourByYear(): void {
    // Before the first run: period colours, so the city never shows blank.
    const years = new Float64Array(this.city.buildings.map((b) => b.year));
    colourInto(years, makeScale(1930, 2020, PERIOD), this.view.colours);
    this.view.commitColours();
  }

  private renderKpis(): void {
    if (this.current && this.baseline) this.kpis.render(kpisOf(this.current, this.baseline));
  }

  private renderDashboard(): void {
    this.dashboard.render(
      this.runs.dashboardData(this.current, this.baseline, this.viewHour, formatSimTime(this.viewHour)),
    );
    this.onChange();
  }

  renderAll(): void {
    this.hud.render();
    this.renderKpis();
    this.renderLevers();
    this.note.render(this.city);
    this.flowToggles.render((g) => this.flows.isOn(g));
    if (this.metrics.length) this.recolour();
    this.setViewHour(this.viewHour);
    this.renderDashboard();
    this.refreshCard();
  }

  facts(i: number): BuildingFacts | undefined {
    const b = this.city.buildings[i];
    const r = this.current;
    if (!b || !r) return undefined;
    const kWh = (qs: number[]) => field(r, i, qs) / 1000;
    return {
      index: i,
      id: b.id,
      district: b.district,
      use: b.use,
      year: b.year,
      floorArea_m2: r.floorArea_m2[i],
      system: SYSTEM_LABELS[r.system[i]] ?? { nb: "?", en: "?" },
      retrofit: r.retrofitted[i] as 0 | 1 | 2,
      spaceHeat_kWh: kWh([L.M_SPACE_HEAT]),
      dhw_kWh: kWh([L.M_DHW]),
      appliances_kWh: kWh([L.M_EL_APPLIANCES]),
      ev_kWh: kWh([L.M_EL_EV]),
      pv_kWh: kWh([L.M_PV]),
      delivered_kWh: kWh(DELIVERED),
      co2_kg: kWh(EMISSIONS),
    };
  }

  private selected = -1;
  private hovered = -1;

  select(i: number): void {
    this.selected = i;
    this.view.setSelected(i);
    this.refreshCard();
  }

  private refreshCard(): void {
    const shown = this.selected >= 0 ? this.selected : this.hovered;
    this.card.show(shown >= 0 ? this.facts(shown) : undefined);
    this.onChange();
  }

  /** Building under a point in render-canvas pixels (scene.pointerX/Y), or -1. */
  pickAt(x: number, y: number): number {
    const ray = this.cs.scene.createPickingRay(x, y, Matrix.Identity(), this.cs.camera);
    const o = ray.origin;
    const d = ray.direction;
    return this.grid.pickRay(o.x, o.y, o.z, d.x, d.y, d.z);
  }

  /** Render-canvas pixel position of building i's roof centre. */
  screenOf(i: number): { x: number; y: number } {
    const engine = this.engine;
    const p = Vector3.Project(
      new Vector3(this.index.centreX_m[i], this.index.height_m[i], this.index.centreZ_m[i]),
      Matrix.Identity(),
      this.cs.scene.getTransformMatrix(),
      this.cs.camera.viewport.toGlobal(engine.getRenderWidth(), engine.getRenderHeight()),
    );
    return { x: p.x, y: p.y };
  }

  private hookPointer(): void {
    const scene = this.cs.scene;
    scene.onPointerObservable.add((info) => {
      if (info.type === PointerEventTypes.POINTERTAP) this.select(this.pickAt(scene.pointerX, scene.pointerY));
      // XR controllers' moves are not the mouse: their building comes from the XR view's own grid picks
      else if (info.type === PointerEventTypes.POINTERMOVE && (info.event as PointerEvent).pointerType !== "xr")
        this.pendingHover = true;
    });
    scene.onBeforeRenderObservable.add(() => {
      if (this.flows.visible) {
        this.flows.update(Math.min(0.1, this.engine.getDeltaTime() / 1000));
        this.onChange(200); // flows animate: keep frames coming while they are shown
      }
      if (!this.pendingHover) return;
      this.pendingHover = false; // at most one hover pick per frame
      const hit = this.pickAt(scene.pointerX, scene.pointerY);
      if (hit === this.hovered) return;
      this.hovered = hit;
      this.view.setHovered(hit);
      if (this.selected < 0) this.refreshCard();
    });
  }
  private pendingHover = false;
}
