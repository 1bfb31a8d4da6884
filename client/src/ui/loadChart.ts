// Hourly heat load of one day, drawn on the GUI canvas (works unchanged on a VR texture): current run
// solid, baseline dashed, the viewed hour marked.
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle.js";
import type { ICanvasRenderingContext } from "@babylonjs/core/Engines/ICanvas.js";
import type { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import { t } from "./i18n.ts";
import { ACCENT, line, MUTED, panel, stack } from "./widgets.ts";

class ChartCanvas extends Rectangle {
  current = new Float64Array(24);
  baseline = new Float64Array(24);
  hour = 0;

  protected override _localDraw(context: ICanvasRenderingContext): void {
    super._localDraw(context);
    const m = this._currentMeasure;
    const pad = 8 * (m.height / 180);
    const max = Math.max(1e-9, ...this.current, ...this.baseline) * 1.1;
    const x = (h: number) => m.left + pad + ((m.width - 2 * pad) * h) / 23;
    const y = (v: number) => m.top + m.height - pad - ((m.height - 2 * pad) * v) / max;
    const polyline = (values: Float64Array, colour: string, dash: number[]) => {
      context.beginPath();
      context.setLineDash(dash);
      context.strokeStyle = colour;
      context.lineWidth = Math.max(2, m.height / 70);
      for (let h = 0; h < values.length; h++) {
        if (h === 0) context.moveTo(x(h), y(values[h]));
        else context.lineTo(x(h), y(values[h]));
      }
      context.stroke();
    };
    context.fillStyle = "#ffffff30";
    context.fillRect(x(this.hour) - 1, m.top + pad, 3, m.height - 2 * pad);
    polyline(this.baseline, MUTED, [6, 5]);
    polyline(this.current, ACCENT, []);
    context.setLineDash([]);
  }
}

export class LoadChart {
  readonly title: TextBlock;
  readonly range: TextBlock;
  readonly canvas: ChartCanvas;

  constructor(ui: AdvancedDynamicTexture) {
    const box = panel("loadChart", 560, "bottomRight");
    ui.addControl(box);
    const p = stack(box, "chartPanel");
    this.title = line(p, "chartTitle", 18, "#ffffff");
    this.canvas = new ChartCanvas("chartCanvas");
    this.canvas.width = "520px";
    this.canvas.height = "180px";
    this.canvas.thickness = 1;
    this.canvas.color = "#ffffff40";
    p.addControl(this.canvas);
    this.range = line(p, "chartRange", 15, MUTED);
  }

  /** `cityLoad_W` covers the year; shows the day of `hourOfYear`. */
  render(cityLoad_W: Float64Array, baseline_W: Float64Array, hourOfYear: number, dayLabel: string): void {
    const start = Math.floor(hourOfYear / 24) * 24;
    this.canvas.current = cityLoad_W.slice(start, start + 24);
    this.canvas.baseline = baseline_W.slice(start, start + 24);
    this.canvas.hour = hourOfYear - start;
    this.canvas.markAsDirty();
    const peak = Math.max(...this.canvas.current) / 1e6;
    this.title.text = `${t("loadOfDay")} — ${dayLabel}`;
    this.range.text = `00–23 h · maks/peak ${peak.toFixed(2)} MW · — ${t("current")}  - - ${t("baseline")}`;
  }
}
