// A GUI rectangle that draws a chart on the GUI canvas (so charts work unchanged on a VR texture). Sizes
// are given at the 1080p layout and scaled with the control's measured size, so 4K stays sharp and legible.
import type { ICanvasRenderingContext } from "@babylonjs/core/Engines/ICanvas.js";
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle.js";

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
  /** Device pixels per layout pixel. */
  s: number;
}

export type Painter = (ctx: ICanvasRenderingContext, box: Box) => void;

export class ChartSurface extends Rectangle {
  painter: Painter = () => {};

  constructor(
    name: string,
    readonly layoutWidth: number,
    readonly layoutHeight: number,
  ) {
    super(name);
    this.width = `${layoutWidth}px`;
    this.height = `${layoutHeight}px`;
    this.thickness = 1;
    this.color = "#ffffff30";
  }

  protected override _localDraw(context: ICanvasRenderingContext): void {
    super._localDraw(context);
    const m = this._currentMeasure;
    context.save();
    this.painter(context, {
      left: m.left,
      top: m.top,
      width: m.width,
      height: m.height,
      s: m.height / this.layoutHeight,
    });
    context.restore();
  }
}

export function text(
  ctx: ICanvasRenderingContext,
  s: number,
  str: string,
  x: number,
  y: number,
  size: number,
  colour: string,
  align: "left" | "right" | "center" = "left",
): void {
  ctx.font = `${Math.round(size * s)}px sans-serif`;
  ctx.fillStyle = colour;
  const w = ctx.measureText(str).width;
  ctx.fillText(str, align === "left" ? x : align === "right" ? x - w : x - w / 2, y);
}
