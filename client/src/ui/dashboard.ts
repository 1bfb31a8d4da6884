// The dashboard's chart panel: one chart at a time behind tabs — hourly grid import of the viewed day,
// trajectories to 2050, Sankeys of energy and materials, scenario comparison and the MAC curve.
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import type { Button } from "@babylonjs/gui/2D/controls/button.js";
import type { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import type { MacBar } from "../../../sim-core/scenario/macCurve.ts";
import type { Flow } from "../core/modelResult.ts";
import { drawComparison, drawMac, type Variant } from "./charts/barCharts.ts";
import { BASE, CURRENT, plotLines } from "./charts/lineChart.ts";
import { drawSankey } from "./charts/sankey.ts";
import { ChartSurface, text } from "./charts/surface.ts";
import { lang } from "./i18n.ts";
import { button, line, MUTED, panel, stack } from "./widgets.ts";

export type Tab = "day" | "trajectory" | "energy" | "materials" | "compare" | "mac";
export const TABS: readonly Tab[] = ["day", "trajectory", "energy", "materials", "compare", "mac"];

const TAB_LABEL: Record<Tab, { nb: string; en: string }> = {
  day: { nb: "Døgn", en: "Day" },
  trajectory: { nb: "Mot 2050", en: "To 2050" },
  energy: { nb: "Energi", en: "Energy" },
  materials: { nb: "Avfall", en: "Waste" },
  compare: { nb: "Scenarier", en: "Scenarios" },
  mac: { nb: "Tiltakskost", en: "MAC curve" },
};

/** Bokmål names of the scenario runner's Sankey nodes (sim-core/scenario/run/flows.ts names them in English). */
const NODE_NB: Record<string, string> = {
  "Grid import": "Nettimport",
  "Rooftop PV": "Solceller",
  Electricity: "Strøm",
  Export: "Eksport",
  "Space heating": "Romvarme",
  "Hot water": "Varmtvann",
  Cooling: "Kjøling",
  Appliances: "Lys/utstyr",
  "EV charging": "Elbillading",
  "Ambient heat": "Omgivelsesvarme",
  "Bio fuel": "Biobrensel",
  "District heat": "Fjernvarme",
  "Network losses": "Nettap",
  "Fossil fuel": "Fossilt drivstoff",
  "Cars (fossil)": "Fossilbiler",
  "Waste incineration": "Avfallsforbrenning",
  "Heat pumps (plant)": "Varmepumper (sentral)",
  "Bio boiler": "Biokjel",
  "Electric boiler": "Elkjel",
  "Oil boiler": "Oljekjel",
  "Household waste": "Husholdningsavfall",
  "Material recycling": "Materialgjenvinning",
  Biogas: "Biogass",
  Composting: "Kompostering",
  Incineration: "Forbrenning",
  Landfill: "Deponi",
  "Special treatment": "Spesialbehandling",
  Reuse: "Ombruk",
  Demolition: "Riving",
  "Component reuse": "Ombruk av byggdeler",
  "C&D waste": "Bygg- og riveavfall",
  "New materials": "Nye materialer",
  "Building stock": "Bygningsmasse",
};
export const nodeName = (id: string) => (lang() === "nb" ? (NODE_NB[id] ?? id) : id);

export interface DashboardData {
  hour: number;
  dayLabel: string;
  gridImport_W?: Float64Array;
  baselineGridImport_W?: Float64Array;
  trajectory: { years: number[]; panels: { label: string; unit: string; baseline: number[]; current: number[] }[] };
  energyFlows: Flow[];
  materialFlows: Flow[];
  comparison: { kpis: { id: string; label: string }[]; variants: Variant[] };
  mac: MacBar[];
}

export const CHART_W = 600;
const CHART_H = 270;

export class Dashboard {
  readonly surface: ChartSurface;
  readonly tabs = new Map<Tab, Button>();
  readonly caption: TextBlock;
  tab: Tab = "day";
  data: DashboardData | undefined;

  constructor(ui: AdvancedDynamicTexture, onTab?: (tab: Tab) => void) {
    const box = panel("dashboard", CHART_W + 40, "bottomRight");
    ui.addControl(box);
    const p = stack(box, "dashboardPanel");
    const row = stack(p, "dashboardTabs", false, 40);
    for (const tab of TABS) {
      const b = button(
        row,
        `tab-${tab}`,
        "",
        () => {
          this.tab = tab;
          this.render();
          onTab?.(tab);
        },
        100,
        36,
      );
      b.fontSize = 16;
      this.tabs.set(tab, b);
    }
    this.surface = new ChartSurface("dashboardChart", CHART_W, CHART_H);
    p.addControl(this.surface);
    this.caption = line(p, "dashboardCaption", 15, MUTED);
  }

  render(data?: DashboardData): void {
    if (data) this.data = data;
    for (const [tab, b] of this.tabs) {
      if (b.textBlock) b.textBlock.text = TAB_LABEL[tab][lang()];
      b.background = tab === this.tab ? "#2f6f95" : "#16324a";
    }
    const d = this.data;
    const nb = lang() === "nb";
    this.surface.painter = (ctx, box) => {
      if (!d) return;
      if (this.tab === "day" && d.gridImport_W && d.baselineGridImport_W) {
        const start = Math.floor(d.hour / 24) * 24;
        const mw = (a: Float64Array) => Array.from(a.subarray(start, start + 24), (v) => v / 1e6);
        plotLines(
          ctx,
          box,
          [
            { values: mw(d.baselineGridImport_W), colour: BASE, dashed: true },
            { values: mw(d.gridImport_W), colour: CURRENT },
          ],
          ["00", "06", "12", "18", "23"],
          "MW",
          d.hour - start,
        );
      } else if (this.tab === "trajectory") {
        const panels = d.trajectory.panels;
        const w = box.width / Math.max(1, panels.length);
        panels.forEach((pn, k) => {
          const sub = {
            ...box,
            left: box.left + k * w,
            width: w - 6 * box.s,
            top: box.top + 22 * box.s,
            height: box.height - 22 * box.s,
          };
          text(ctx, box.s, `${pn.label} [${pn.unit}]`, sub.left + 8 * box.s, box.top + 16 * box.s, 13, "#ffffff");
          plotLines(
            ctx,
            sub,
            [
              { values: pn.baseline, colour: BASE, dashed: true },
              { values: pn.current, colour: CURRENT },
            ],
            d.trajectory.years.map(String),
            "",
          );
        });
        if (panels.length === 0 || d.trajectory.years.length < 2)
          text(
            ctx,
            box.s,
            nb ? "Beregner årene mot 2050 …" : "Computing the years to 2050 …",
            box.left + box.width / 2,
            box.top + box.height / 2,
            15,
            MUTED,
            "center",
          );
      } else if (this.tab === "energy") drawSankey(ctx, box, d.energyFlows, nodeName, "GWh");
      else if (this.tab === "materials") drawSankey(ctx, box, d.materialFlows, nodeName, "kt");
      else if (this.tab === "compare") drawComparison(ctx, box, d.comparison.kpis, d.comparison.variants);
      else if (this.tab === "mac")
        drawMac(
          ctx,
          box,
          d.mac,
          nb ? "Flytt en modellert spak for å se tiltakskostnaden" : "Move a modelled lever to see its abatement cost",
        );
    };
    this.caption.text = this.captionText();
    this.surface.markAsDirty();
  }

  private captionText(): string {
    const d = this.data;
    const nb = lang() === "nb";
    switch (this.tab) {
      case "day":
        return `${nb ? "Nettimport per time" : "Hourly grid import"} — ${d?.dayLabel ?? ""} · — ${nb ? "hva om" : "what-if"}  - - ${nb ? "referanse" : "baseline"}`;
      case "trajectory":
        return nb ? "Utvikling mot 2050: — hva om  - - referanse" : "Trajectory to 2050: — what-if  - - baseline";
      case "energy":
        return nb
          ? "Energiflyt i året [GWh]: kilder → strøm og fjernvarme → bruk"
          : "Energy flows of the year [GWh]: sources → electricity and district heat → end uses";
      case "materials":
        return nb
          ? "Avfall til første behandling, riving og nye materialer [kt]"
          : "Waste to first treatment, demolition and new materials [kt]";
      case "compare":
        return nb ? "Endring mot referansen per nøkkeltall, per variant" : "Change vs baseline per KPI, per variant";
      default:
        return nb
          ? "Tiltakskostkurve: bredde = tCO₂e/år spart, høyde = NOK/tCO₂e"
          : "MAC curve: width = tCO₂e/yr abated, height = NOK per tCO₂e";
    }
  }
}
