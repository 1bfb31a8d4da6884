// Legend of the active metric (gradient with its scale ends and unit), the metric chooser and the
// "change since baseline" toggle.
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import type { Button } from "@babylonjs/gui/2D/controls/button.js";
import { Control } from "@babylonjs/gui/2D/controls/control.js";
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle.js";
import type { StackPanel } from "@babylonjs/gui/2D/controls/stackPanel.js";
import { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import type { Metric } from "../model/metrics.ts";
import { sampleStops } from "../model/colourScale.ts";
import { lang, t } from "./i18n.ts";
import { button, line, panel, setButtonText, stack } from "./widgets.ts";

const SWATCHES = 32;
const BAR_W = 360;

const css = ([r, g, b]: [number, number, number]) =>
  `rgb(${Math.round(r * 255)},${Math.round(g * 255)},${Math.round(b * 255)})`;

export class Legend {
  readonly title: TextBlock;
  readonly minLabel: TextBlock;
  readonly maxLabel: TextBlock;
  readonly categories: TextBlock;
  readonly deltaToggle: Button;
  readonly metricButtons = new Map<string, Button>();
  private readonly swatches: Rectangle[] = [];
  private readonly chooser: ReturnType<typeof stack>;
  private row: StackPanel | undefined;

  constructor(
    ui: AdvancedDynamicTexture,
    private readonly onMetric: (id: string) => void,
    onDelta: () => void,
  ) {
    const box = panel("legend", 420, "bottomLeft");
    ui.addControl(box);
    const p = stack(box, "legendPanel");
    this.chooser = stack(p, "metricChooser");
    this.chooser.paddingTop = "0px";
    this.chooser.paddingBottom = "4px";
    this.title = line(p, "legendTitle", 20, "#ffffff");
    const bar = stack(p, "legendBar", false, 22);
    for (let i = 0; i < SWATCHES; i++) {
      const s = new Rectangle(`swatch${i}`);
      s.width = `${BAR_W / SWATCHES}px`;
      s.height = "20px";
      s.thickness = 0;
      bar.addControl(s);
      this.swatches.push(s);
    }
    const ends = new Rectangle("legendEnds");
    ends.height = "26px";
    ends.width = `${BAR_W}px`;
    ends.thickness = 0;
    p.addControl(ends);
    this.minLabel = new TextBlock("legendMin", "");
    this.maxLabel = new TextBlock("legendMax", "");
    for (const [label, align] of [
      [this.minLabel, Control.HORIZONTAL_ALIGNMENT_LEFT],
      [this.maxLabel, Control.HORIZONTAL_ALIGNMENT_RIGHT],
    ] as const) {
      label.fontSize = 16;
      label.color = "#cfe3ff";
      label.textHorizontalAlignment = align;
      ends.addControl(label);
    }
    this.categories = line(p, "legendCategories", 15, "#cfe3ff");
    this.categories.textWrapping = true;
    this.categories.width = `${BAR_W + 20}px`;
    this.categories.height = "40px";
    const row = stack(p, "deltaRow", false, 48);
    this.deltaToggle = button(row, "deltaToggle", "", onDelta, 300, 40);
  }

  render(metrics: Metric[], active: Metric, deltaOn: boolean): void {
    for (const m of metrics) {
      let b = this.metricButtons.get(m.id);
      if (!b) {
        if (this.metricButtons.size % 2 === 0)
          this.row = stack(this.chooser, `metricRow${this.metricButtons.size}`, false, 36);
        b = button(this.row as StackPanel, `metric-${m.id}`, "", () => this.onMetric(m.id), 190, 34);
        b.fontSize = 17;
        this.metricButtons.set(m.id, b);
      }
      setButtonText(b, m.label[lang()]);
      b.background = active.id.startsWith(m.id) && active.id.split(":")[0] === m.id ? "#2f6f95" : "#16324a";
    }
    this.title.text = `${active.label[lang()]}${active.unit ? ` [${active.unit}]` : ""}`;
    const cats = active.categories;
    this.swatches.forEach((s, i) => {
      const f = (i + 0.5) / SWATCHES;
      s.background = css(
        sampleStops(active.scale.stops, cats ? Math.floor(f * cats.length) / Math.max(1, cats.length - 1) : f),
      );
    });
    const fmt = (v: number) => (active.unit === "%" && v > 0 ? "+" : "") + v.toFixed(active.decimals > 0 ? 1 : 0);
    this.minLabel.text = cats ? "" : `≤ ${fmt(active.scale.min)} ${active.unit}`;
    this.maxLabel.text = cats ? "" : `≥ ${fmt(active.scale.max)} ${active.unit}`;
    this.categories.text = cats ? cats.map((c) => c[lang()]).join("  |  ") : "";
    this.categories.isVisible = cats !== undefined;
    setButtonText(this.deltaToggle, `${deltaOn ? "☑" : "☐"} ${t("changeSinceBaseline")}`);
  }
}
