// Line charts: the hourly grid import of one day (current solid, baseline dashed, the viewed hour marked)
// and yearly trajectories to 2050 (one panel per indicator).
import type { ICanvasRenderingContext } from "@babylonjs/core/Engines/ICanvas.js";
import { type Box, text } from "./surface.ts";

export const CURRENT = "#ffd166";
export const BASE = "#9fb3c8";

export interface Series {
  values: ArrayLike<number>;
  colour: string;
  dashed?: boolean;
}

/** Plots series over x = 0…n−1 in the box (with margins for axis labels); returns the y maximum used. */
export function plotLines(
  ctx: ICanvasRenderingContext,
  b: Box,
  series: Series[],
  xLabels: string[],
  yUnit: string,
  mark?: number,
): void {
  const s = b.s;
  const padL = 52 * s;
  const padB = 22 * s;
  const padT = 10 * s;
  const padR = 10 * s;
  let max = 0;
  for (const se of series) for (let i = 0; i < se.values.length; i++) max = Math.max(max, se.values[i]);
  max = max > 0 ? max * 1.1 : 1;
  const n = Math.max(2, series[0]?.values.length ?? 2);
  const x = (i: number) => b.left + padL + ((b.width - padL - padR) * i) / (n - 1);
  const y = (v: number) => b.top + b.height - padB - ((b.height - padB - padT) * v) / max;
  ctx.strokeStyle = "#ffffff30";
  ctx.lineWidth = Math.max(1, s);
  ctx.beginPath();
  ctx.moveTo(x(0), y(0));
  ctx.lineTo(x(n - 1), y(0));
  ctx.stroke();
  text(ctx, s, `${fmtAxis(max / 1.1)} ${yUnit}`, b.left + 4 * s, y(max / 1.1) + 5 * s, 13, BASE);
  text(ctx, s, "0", b.left + padL - 6 * s, y(0), 13, BASE, "right");
  xLabels.forEach((label, k) => {
    const i = xLabels.length === 1 ? 0 : (k * (n - 1)) / (xLabels.length - 1);
    text(ctx, s, label, x(i), b.top + b.height - 5 * s, 13, BASE, "center");
  });
  if (mark !== undefined) {
    ctx.fillStyle = "#ffffff30";
    ctx.fillRect(x(mark) - s, b.top + padT, 3 * s, b.height - padB - padT);
  }
  for (const se of series) {
    ctx.beginPath();
    ctx.setLineDash(se.dashed ? [6 * s, 5 * s] : []);
    ctx.strokeStyle = se.colour;
    ctx.lineWidth = Math.max(2, 2.5 * s);
    for (let i = 0; i < se.values.length; i++) {
      if (i === 0) ctx.moveTo(x(i), y(se.values[i]));
      else ctx.lineTo(x(i), y(se.values[i]));
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

function fmtAxis(v: number): string {
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}
