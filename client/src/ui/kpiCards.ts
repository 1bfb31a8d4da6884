// KPI cards: U4SSC code, name, value with unit and the trend against the baseline run (▲ more, ▼ less;
// green when the change is for the better).
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import { Control } from "@babylonjs/gui/2D/controls/control.js";
import type { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import type { Kpi } from "../model/kpis.ts";
import { withUnit } from "./format.ts";
import { lang, t } from "./i18n.ts";
import { ACCENT, line, MUTED, panel, stack } from "./widgets.ts";

interface Card {
  label: TextBlock;
  value: TextBlock;
  trend: TextBlock;
}

export const KPI_WIDTH = 380;

export class KpiCards {
  readonly cards = new Map<string, Card>();
  private readonly list: ReturnType<typeof stack>;

  constructor(ui: AdvancedDynamicTexture) {
    const box = panel("kpiCards", KPI_WIDTH, "topRight");
    ui.addControl(box);
    this.list = stack(box, "kpiList");
  }

  render(kpis: Kpi[]): void {
    for (const k of kpis) {
      let card = this.cards.get(k.id);
      if (!card) {
        card = {
          label: line(this.list, `kpi-${k.id}-label`, 16, MUTED, Control.HORIZONTAL_ALIGNMENT_LEFT),
          value: line(this.list, `kpi-${k.id}`, 26, ACCENT, Control.HORIZONTAL_ALIGNMENT_LEFT),
          trend: line(this.list, `kpi-${k.id}-trend`, 15, MUTED, Control.HORIZONTAL_ALIGNMENT_LEFT),
        };
        this.cards.set(k.id, card);
      }
      card.label.text = `${k.code ? `${k.code} · ` : ""}${k.label[lang()]}`;
      card.value.text = withUnit(k.value, k.decimals, k.unit);
      const change = k.baseline === 0 ? 0 : ((k.value - k.baseline) / Math.abs(k.baseline)) * 100;
      const flat = Math.abs(change) < 0.05;
      const arrow = flat ? "■" : change > 0 ? "▲" : "▼";
      card.trend.text = `${arrow} ${change >= 0 ? "+" : ""}${change.toFixed(1)} % ${t("vsBaseline")}`;
      const better = k.better === "higher" ? change > 0 : change < 0;
      card.trend.color = flat ? MUTED : better ? "#7fd1a8" : "#ff8a7a";
    }
  }
}
