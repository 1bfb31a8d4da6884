// The city twin's view controller: projects the room state and the worker's results onto the scene and
// the dashboard. It owns only view choices (metric, language, viewed hour), never model state.
import type { Engine } from "@babylonjs/core/Engines/engine.js";
import { PointerEventTypes } from "@babylonjs/core/Events/pointerEvents.js";
import { Matrix, Vector3 } from "@babylonjs/core/Maths/math.vector.js";
import "@babylonjs/core/Culling/ray.js";
import { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import type { CityDataset } from "../../sim-core/host/city.ts";
import { formatSimTime } from "../../sim-core/host/simTime.ts";
import type { CityIndex } from "./city/cityIndex.ts";
import { SimClient } from "./core/simClient.ts";
import type { YearResult } from "./core/simProtocol.ts";
import { colourInto, makeScale, PERIOD } from "./model/colourScale.ts";
import { buildMetrics, deltaMetric, hourLoadMetric, type Metric } from "./model/metrics.ts";
import type { SimConnection, SimView } from "./net/simRoom.ts";
import { CameraControls } from "./scene/cameraControls.ts";
import { CityView } from "./scene/cityView.ts";
import type { CityScene } from "./scene/createScene.ts";
import { FootprintGrid } from "./scene/footprintGrid.ts";
import { sunPosition } from "./scene/sun.ts";
import { BuildingCard, type BuildingFacts } from "./ui/buildingCard.ts";
import { districtButtons } from "./ui/districts.ts";
import { districtLabels } from "./scene/districtLabels.ts";
import { Hud } from "./ui/hud.ts";
import { lang, setLang, t } from "./ui/i18n.ts";
import { KpiCards } from "./ui/kpiCards.ts";
import { Legend } from "./ui/legend.ts";
import { LoadChart } from "./ui/loadChart.ts";
import { TimeBar } from "./ui/timeBar.ts";
import { PERIODS, stationNormals } from "./weatherNormals.ts";

/** The room's starting setpoint (server/rooms/SimRoom.ts): the baseline every change is compared with. */
export const BASELINE_SETPOINT_C = 21;

export class CityApp {
  readonly ui: AdvancedDynamicTexture;
  readonly hud: Hud;
  readonly kpis: KpiCards;
  readonly legend: Legend;
  readonly chart: LoadChart;
  readonly card: BuildingCard;
  readonly timeBar: TimeBar;
  readonly view: CityView;
  readonly grid: FootprintGrid;
  readonly controls: CameraControls;
  readonly sim: SimClient;
  baseline: YearResult | undefined;
  current: YearResult | undefined;
  hourLoad: { hour: number; setpoint_C: number; metric: Metric; baselineMetric: Metric } | undefined;
  metrics: Metric[] = [];
  baselineMetrics: Metric[] = [];
  metricId = "heatIntensity";
  delta = false;
  room: SimView | undefined;
  connection: SimConnection | undefined;
  viewHour = 0;
  live = true;
  lastRecolour_ms = 0;
  /** Called whenever the view changed and needs frames (render-on-demand). */
  onChange: (ms?: number) => void = () => {};
  private requestedSetpoint = BASELINE_SETPOINT_C;
  private hourRequestInFlight = false;
  private pendingHover = false;

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
    this.card = new BuildingCard(this.ui);
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
    this.chart = new LoadChart(this.ui);
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
    this.colourByYear();
    this.setViewHour(0);
    this.hookPointer();
    this.renderAll();
  }

  /** Sets up the worker and runs the baseline year. */
  async startSimulation(): Promise<void> {
    await this.sim.setup(this.city, PERIODS, stationNormals(this.city.weatherStation));
    this.baseline = await this.sim.runYear(BASELINE_SETPOINT_C);
    if (this.requestedSetpoint === BASELINE_SETPOINT_C) this.current = this.baseline;
    else this.current = await this.sim.runYear(this.requestedSetpoint);
    this.onResults();
  }

  /** A new room state: project it, and re-run the year when the shared setpoint moved. */
  onRoomState(state: SimView): void {
    this.room = state;
    this.hud.render(state);
    this.onChange();
    if (this.live) this.setViewHour(state.hourOfYear);
    if (state.setpoint_C !== this.requestedSetpoint) {
      this.requestedSetpoint = state.setpoint_C;
      if (this.baseline) {
        const setpoint = state.setpoint_C;
        void this.sim.runYear(setpoint).then((r) => {
          if (r.setpoint_C === this.requestedSetpoint) {
            this.current = r;
            this.onResults();
          }
        });
      }
    }
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
    this.onChange();
    if (this.current && this.baseline) {
      this.chart.render(this.current.cityLoad_W, this.baseline.cityLoad_W, hour, formatSimTime(hour));
      this.renderKpis();
    }
    this.requestHourLoads();
  }

  private requestHourLoads(): void {
    if (!this.current || this.hourRequestInFlight) return;
    const hour = this.viewHour;
    const setpoint_C = this.current.setpoint_C;
    if (this.hourLoad && this.hourLoad.hour === hour && this.hourLoad.setpoint_C === setpoint_C) return;
    this.hourRequestInFlight = true;
    const baseline = this.baseline;
    void Promise.all([
      this.sim.hourLoads(hour, setpoint_C),
      this.sim.hourLoads(hour, baseline?.setpoint_C ?? setpoint_C),
    ]).then(([loads, baseLoads]) => {
      this.hourRequestInFlight = false;
      if (!baseline) return;
      this.hourLoad = {
        hour,
        setpoint_C,
        metric: hourLoadMetric(loads, baseline),
        baselineMetric: hourLoadMetric(baseLoads, baseline),
      };
      if (this.metricId === "heatLoad") this.recolour();
      if (hour !== this.viewHour || setpoint_C !== this.current?.setpoint_C) this.requestHourLoads();
    });
  }

  private onResults(): void {
    this.hourLoad = undefined;
    this.rebuildMetrics();
    this.recolour();
    this.setViewHour(this.viewHour);
    this.refreshCard();
  }

  private rebuildMetrics(): void {
    if (!this.current || !this.baseline) return;
    const base = { city: this.city, index: this.index };
    this.metrics = buildMetrics({ ...base, result: this.current }, { ...base, result: this.baseline });
    this.baselineMetrics =
      this.current === this.baseline
        ? this.metrics
        : buildMetrics({ ...base, result: this.baseline }, { ...base, result: this.baseline });
  }

  /** Every metric the map can show now (the hour's load once the worker has answered). */
  allMetrics(): Metric[] {
    return this.hourLoad ? [...this.metrics, this.hourLoad.metric] : this.metrics;
  }

  activeMetric(): Metric | undefined {
    const all = this.allMetrics();
    const m = all.find((x) => x.id === this.metricId) ?? all[0];
    if (!m || !this.delta) return m;
    const b = m.id === "heatLoad" ? this.hourLoad?.baselineMetric : this.baselineMetrics.find((x) => x.id === m.id);
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
    this.legend.render(this.allMetrics(), m, this.delta);
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
    const cur = this.current;
    const base = this.baseline;
    if (!cur || !base) return;
    const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);
    const area = sum(this.index.floorArea_m2);
    const peak = (a: Float64Array) => a.reduce((m, v) => Math.max(m, v), 0);
    this.kpis.render([
      {
        id: "yearlyHeat",
        label: "yearlyHeat",
        unit: "GWh",
        decimals: 2,
        value: sum(cur.heatEnergy_kWh) / 1e6,
        baseline: sum(base.heatEnergy_kWh) / 1e6,
      },
      {
        id: "intensity",
        label: "intensity",
        unit: "kWh/m²",
        decimals: 1,
        value: sum(cur.heatEnergy_kWh) / area,
        baseline: sum(base.heatEnergy_kWh) / area,
      },
      {
        id: "peakLoad",
        label: "peakLoad",
        unit: "MW",
        decimals: 2,
        value: peak(cur.cityLoad_W) / 1e6,
        baseline: peak(base.cityLoad_W) / 1e6,
      },
      {
        id: "loadNow",
        label: "loadNow",
        unit: "MW",
        decimals: 2,
        value: cur.cityLoad_W[this.viewHour] / 1e6,
        baseline: base.cityLoad_W[this.viewHour] / 1e6,
      },
    ]);
  }

  renderAll(): void {
    this.hud.render();
    this.renderKpis();
    if (this.metrics.length) this.recolour();
    this.setViewHour(this.viewHour);
    this.refreshCard();
  }

  facts(i: number): BuildingFacts | undefined {
    const b = this.city.buildings[i];
    if (!b) return undefined;
    return {
      index: i,
      id: b.id,
      district: b.district,
      use: b.use,
      year: b.year,
      floorArea_m2: this.index.floorArea_m2[i],
      heatLossCoeff_W_K: this.current?.heatLossCoeff_W_K[i] ?? Number.NaN,
      heatEnergy_kWh: this.current?.heatEnergy_kWh[i] ?? Number.NaN,
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
      else if (info.type === PointerEventTypes.POINTERMOVE) this.pendingHover = true;
    });
    scene.onBeforeRenderObservable.add(() => {
      if (!this.pendingHover) return;
      this.pendingHover = false; // at most one hover pick per frame
      const hit = this.pickAt(scene.pointerX, scene.pointerY);
      if (hit === this.hovered) return;
      this.hovered = hit;
      this.view.setHovered(hit);
      if (this.selected < 0) this.refreshCard();
    });
  }
}
