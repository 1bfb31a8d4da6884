// Card of the picked or hovered building: its data and the core's results for it.
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import { Control } from "@babylonjs/gui/2D/controls/control.js";
import type { Rectangle } from "@babylonjs/gui/2D/controls/rectangle.js";
import type { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import { withUnit } from "./format.ts";
import { t, useLabel } from "./i18n.ts";
import { line, MUTED, panel, stack } from "./widgets.ts";

export interface BuildingFacts {
  index: number;
  id: string;
  district: string;
  use: string;
  year: number;
  floorArea_m2: number;
  heatLossCoeff_W_K: number;
  heatEnergy_kWh: number;
}

export class BuildingCard {
  readonly box: Rectangle;
  readonly fields: Record<"title" | "use" | "period" | "area" | "coeff" | "heat" | "intensity", TextBlock>;
  shown: BuildingFacts | undefined;

  constructor(ui: AdvancedDynamicTexture) {
    this.box = panel("buildingCard", 360, "topRight", 16, 420);
    this.box.isVisible = false;
    ui.addControl(this.box);
    const p = stack(this.box, "cardPanel");
    const left = Control.HORIZONTAL_ALIGNMENT_LEFT;
    this.fields = {
      title: line(p, "cardTitle", 22, "#ffffff", left),
      use: line(p, "cardUse", 17, "#cfe3ff", left),
      period: line(p, "cardPeriod", 17, "#cfe3ff", left),
      area: line(p, "cardArea", 17, "#cfe3ff", left),
      coeff: line(p, "cardCoeff", 17, "#cfe3ff", left),
      heat: line(p, "cardHeat", 17, "#ffd166", left),
      intensity: line(p, "cardIntensity", 17, "#ffd166", left),
    };
    this.fields.title.color = "#ffffff";
    this.fields.use.color = MUTED;
  }

  show(b: BuildingFacts | undefined): void {
    this.shown = b;
    this.box.isVisible = b !== undefined;
    if (!b) return;
    const f = this.fields;
    f.title.text = `${b.id} · ${b.district}`;
    f.use.text = `${t("use")}: ${useLabel(b.use)}`;
    f.period.text = `${t("period")}: ${b.year}`;
    f.area.text = `${t("floorArea")}: ${withUnit(b.floorArea_m2, 0, "m²")}`;
    f.coeff.text = `${t("heatLossCoeff")}: ${withUnit(b.heatLossCoeff_W_K, 1, "W/K")}`;
    f.heat.text = `${t("yearHeat")}: ${withUnit(b.heatEnergy_kWh, 0, "kWh")}`;
    f.intensity.text = `${t("intensity")}: ${withUnit(b.heatEnergy_kWh / b.floorArea_m2, 1, "kWh/m²")}`;
  }
}
