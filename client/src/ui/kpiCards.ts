// KPI cards: value with unit and the trend against the baseline run (▲ more, ▼ less).
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import { Control } from "@babylonjs/gui/2D/controls/control.js";
import type { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import { withUnit } from "./format.ts";
import { type LabelKey, t } from "./i18n.ts";
import { ACCENT, line, MUTED, panel, stack } from "./widgets.ts";

export interface Kpi {
  id: string;
  label: LabelKey;
  unit: string;
  decimals: number;
  value: number;
  baseline: number;
}

interface Card {
  label: TextBlock;
  value: TextBlock;
  trend: TextBlock;
}

export class KpiCards {
  readonly cards = new Map<string, Card>();
  private readonly list: ReturnType<typeof stack>;

  constructor(ui: AdvancedDynamicTexture) {
    const box = panel("kpiCards", 360, "topRight");
    ui.addControl(box);
    this.list = stack(box, "kpiList");
  }

  render(kpis: Kpi[]): void {
    for (const k of kpis) {
      let card = this.cards.get(k.id);
      if (!card) {
        card = {
          label: line(this.list, `kpi-${k.id}-label`, 17, MUTED, Control.HORIZONTAL_ALIGNMENT_LEFT),
          value: line(this.list, `kpi-${k.id}`, 30, ACCENT, Control.HORIZONTAL_ALIGNMENT_LEFT),
          trend: line(this.list, `kpi-${k.id}-trend`, 16, MUTED, Control.HORIZONTAL_ALIGNMENT_LEFT),
        };
        this.cards.set(k.id, card);
      }
      card.label.text = t(k.label);
      card.value.text = withUnit(k.value, k.decimals, k.unit);
      const change = k.baseline === 0 ? 0 : ((k.value - k.baseline) / Math.abs(k.baseline)) * 100;
      const arrow = Math.abs(change) < 0.05 ? "■" : change > 0 ? "▲" : "▼";
      card.trend.text = `${arrow} ${change >= 0 ? "+" : ""}${change.toFixed(1)} % ${t("vsBaseline")}`;
      card.trend.color = Math.abs(change) < 0.05 ? MUTED : change > 0 ? "#ff8a7a" : "#7fd1a8";
    }
  }
}
