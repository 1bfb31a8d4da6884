// Card of the picked or hovered building: its data and the integrated model's yearly results for it.
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import { Control } from "@babylonjs/gui/2D/controls/control.js";
import type { Rectangle } from "@babylonjs/gui/2D/controls/rectangle.js";
import type { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import { withUnit } from "./format.ts";
import { lang, t, useLabel } from "./i18n.ts";
import { line, MUTED, panel, stack } from "./widgets.ts";

export interface BuildingFacts {
  index: number;
  id: string;
  district: string;
  use: string;
  year: number;
  floorArea_m2: number;
  system: { nb: string; en: string };
  retrofit: 0 | 1 | 2;
  spaceHeat_kWh: number;
  dhw_kWh: number;
  appliances_kWh: number;
  ev_kWh: number;
  pv_kWh: number;
  delivered_kWh: number;
  co2_kg: number;
}

type Field =
  | "title"
  | "use"
  | "period"
  | "area"
  | "system"
  | "heat"
  | "dhw"
  | "appliances"
  | "ev"
  | "pv"
  | "intensity"
  | "co2";

export class BuildingCard {
  readonly box: Rectangle;
  readonly fields: Record<Field, TextBlock>;
  shown: BuildingFacts | undefined;

  constructor(ui: AdvancedDynamicTexture, rightOffset_px: number, top_px: number) {
    this.box = panel("buildingCard", 380, "topRight", rightOffset_px, top_px);
    this.box.isVisible = false;
    ui.addControl(this.box);
    const p = stack(this.box, "cardPanel");
    const left = Control.HORIZONTAL_ALIGNMENT_LEFT;
    const info = (name: string) => line(p, name, 17, "#cfe3ff", left);
    const result = (name: string) => line(p, name, 17, "#ffd166", left);
    this.fields = {
      title: line(p, "cardTitle", 21, "#ffffff", left),
      use: info("cardUse"),
      period: info("cardPeriod"),
      area: info("cardArea"),
      system: info("cardSystem"),
      heat: result("cardHeat"),
      dhw: result("cardDhw"),
      appliances: result("cardAppliances"),
      ev: result("cardEv"),
      pv: result("cardPv"),
      intensity: result("cardIntensity"),
      co2: result("cardCo2"),
    };
    this.fields.use.color = MUTED;
  }

  show(b: BuildingFacts | undefined): void {
    this.shown = b;
    this.box.isVisible = b !== undefined;
    if (!b) return;
    const f = this.fields;
    f.title.text = `${b.id} · ${b.district}`;
    f.use.text = `${t("use")}: ${useLabel(b.use)}`;
    f.period.text = `${t("period")}: ${b.year}${b.retrofit ? ` · ${t("retrofitted")} (${b.retrofit === 2 ? "passiv" : "TEK17"})` : ""}`;
    f.area.text = `${t("floorArea")}: ${withUnit(b.floorArea_m2, 0, "m²")}`;
    f.system.text = `${t("system")}: ${b.system[lang()]}`;
    f.heat.text = `${t("spaceHeat")}: ${withUnit(b.spaceHeat_kWh, 0, "kWh")}`;
    f.dhw.text = `${t("dhw")}: ${withUnit(b.dhw_kWh, 0, "kWh")}`;
    f.appliances.text = `${t("appliances")}: ${withUnit(b.appliances_kWh, 0, "kWh")}`;
    f.ev.text = `${t("ev")}: ${withUnit(b.ev_kWh, 0, "kWh")}`;
    f.pv.text = `${t("pv")}: ${withUnit(b.pv_kWh, 0, "kWh")}`;
    f.intensity.text = `${t("delivered")}: ${withUnit(b.delivered_kWh / b.floorArea_m2, 1, "kWh/m²")}`;
    f.co2.text = `${t("co2")}: ${withUnit(b.co2_kg, 0, "kg CO₂")}`;
  }
}
