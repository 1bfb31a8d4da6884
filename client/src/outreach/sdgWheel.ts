// The SDG score wheel (@babylonjs/gui, drawn on the GUI canvas so it also works on a VR texture): one
// segment per SDG in its UN colour, filled outwards by its score (0-100); the dashed ring is the baseline (50);
// an SDG without a reading yet is a grey outline.
import type { ICanvasRenderingContext } from "@babylonjs/core/Engines/ICanvas.js";
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle.js";
import { SDG_COLOURS, type SdgScore } from "./sdgScore.ts";

export class SdgWheel extends Rectangle {
  scores: SdgScore[] = [];

  constructor(name: string) {
    super(name);
    this.thickness = 0;
  }

  show(scores: SdgScore[]): void {
    this.scores = scores;
    this.markAsDirty();
  }

  protected override _localDraw(context: ICanvasRenderingContext): void {
    super._localDraw(context);
    const m = this._currentMeasure;
    const cx = m.left + m.width / 2;
    const cy = m.top + m.height / 2;
    const outer = Math.min(m.width, m.height) / 2 - 4;
    const inner = outer * 0.28;
    const n = this.scores.length;
    const gap = 0.03;
    const radiusOf = (score: number) => inner + ((outer - inner) * score) / 100;
    for (let i = 0; i < n; i++) {
      const s = this.scores[i];
      const a0 = -Math.PI / 2 + (2 * Math.PI * i) / n + gap;
      const a1 = -Math.PI / 2 + (2 * Math.PI * (i + 1)) / n - gap;
      const sector = (r: number) => {
        context.beginPath();
        context.arc(cx, cy, r, a0, a1);
        context.arc(cx, cy, inner, a1, a0, true);
        context.closePath();
      };
      sector(outer);
      context.strokeStyle = s.score === undefined ? "#6b7785" : SDG_COLOURS[s.sdg];
      context.lineWidth = Math.max(2, outer / 90);
      context.setLineDash([]);
      context.stroke();
      if (s.score !== undefined) {
        sector(radiusOf(s.score));
        context.fillStyle = SDG_COLOURS[s.sdg];
        context.fill();
      }
      const mid = (a0 + a1) / 2;
      const labelR = outer + Math.max(14, outer * 0.12);
      context.fillStyle = "#ffffff";
      const size = Math.round(outer * 0.13);
      context.font = `bold ${size}px system-ui, sans-serif`;
      const label = String(s.sdg);
      const w = context.measureText(label).width;
      // centred by hand: the GUI's canvas interface has no textAlign/textBaseline
      context.fillText(
        label,
        cx + Math.cos(mid) * labelR * 0.78 - w / 2,
        cy + Math.sin(mid) * labelR * 0.78 + size * 0.35,
      );
    }
    context.beginPath();
    context.arc(cx, cy, radiusOf(50), 0, 2 * Math.PI);
    context.strokeStyle = "#ffffff";
    context.lineWidth = Math.max(1.5, outer / 140);
    context.setLineDash([6, 6]);
    context.stroke();
    context.setLineDash([]);
  }
}
