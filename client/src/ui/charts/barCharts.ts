// Bar charts: scenario comparison (change of each KPI vs the baseline, one bar per variant) and the MAC curve
// (measures in merit order, width = abatement, height = cost per tonne).
import type { ICanvasRenderingContext } from "@babylonjs/core/Engines/ICanvas.js";
import type { MacBar } from "../../../../sim-core/scenario/macCurve.ts";
import { type Box, text } from "./surface.ts";

export interface Variant {
  name: string;
  colour: string;
  /** KPI id → change vs baseline [%]. */
  change_pct: Record<string, number>;
}

export function drawComparison(
  ctx: ICanvasRenderingContext,
  b: Box,
  kpis: { id: string; label: string }[],
  variants: Variant[],
): void {
  const s = b.s;
  const labelW = 170 * s;
  const rowH = (b.height - 24 * s) / Math.max(1, kpis.length);
  let extent = 1;
  for (const v of variants) for (const k of kpis) extent = Math.max(extent, Math.abs(v.change_pct[k.id] ?? 0));
  const x0 = b.left + labelW + (b.width - labelW - 10 * s) / 2;
  const half = (b.width - labelW - 10 * s) / 2;
  ctx.fillStyle = "#ffffff40";
  ctx.fillRect(x0, b.top + 4 * s, Math.max(1, s), b.height - 28 * s);
  kpis.forEach((k, r) => {
    const y = b.top + 4 * s + r * rowH;
    text(ctx, s, k.label, b.left + 6 * s, y + rowH / 2 + 5 * s, 13, "#ffffff");
    const barH = (rowH - 6 * s) / Math.max(1, variants.length);
    variants.forEach((v, j) => {
      const c = v.change_pct[k.id] ?? 0;
      const w = (Math.abs(c) / extent) * half;
      ctx.fillStyle = v.colour;
      ctx.fillRect(c >= 0 ? x0 : x0 - w, y + 3 * s + j * barH, Math.max(1, w), barH - s);
    });
  });
  text(ctx, s, `−${extent.toFixed(0)} %`, x0 - half, b.top + b.height - 5 * s, 13, "#9fb3c8", "left");
  text(ctx, s, `+${extent.toFixed(0)} %`, x0 + half, b.top + b.height - 5 * s, 13, "#9fb3c8", "right");
  let lx = b.left + labelW;
  for (const v of variants) {
    ctx.fillStyle = v.colour;
    ctx.fillRect(lx, b.top + b.height - 16 * s, 12 * s, 12 * s);
    text(ctx, s, v.name, lx + 16 * s, b.top + b.height - 5 * s, 13, "#ffffff");
    lx += 120 * s;
  }
}

export function drawMac(ctx: ICanvasRenderingContext, b: Box, bars: MacBar[], emptyNote: string): void {
  const s = b.s;
  if (bars.length === 0) {
    text(ctx, s, emptyNote, b.left + b.width / 2, b.top + b.height / 2, 15, "#9fb3c8", "center");
    return;
  }
  const padL = 60 * s;
  const padB = 24 * s;
  const total = bars[bars.length - 1].to_t;
  const maxC = Math.max(1, ...bars.map((m) => m.cost_NOK_t));
  const minC = Math.min(0, ...bars.map((m) => m.cost_NOK_t));
  const plotH = b.height - padB - 8 * s;
  const y = (c: number) => b.top + 8 * s + (plotH * (maxC - c)) / (maxC - minC);
  const x = (t: number) => b.left + padL + ((b.width - padL - 8 * s) * t) / total;
  bars.forEach((m, k) => {
    ctx.fillStyle = ["#4cc9f0", "#ffd166", "#06d6a0", "#f78c6b", "#a78bfa", "#ef476f"][k % 6];
    const top = y(Math.max(0, m.cost_NOK_t));
    const bottom = y(Math.min(0, m.cost_NOK_t));
    ctx.fillRect(x(m.from_t), top, Math.max(1, x(m.to_t) - x(m.from_t) - s), Math.max(1, bottom - top));
    text(ctx, s, m.label, x(m.from_t) + 3 * s, top - 4 * s, 12, "#ffffff");
  });
  text(ctx, s, `${Math.round(maxC).toLocaleString("nb-NO")} NOK/t`, b.left + 2 * s, y(maxC) + 12 * s, 12, "#9fb3c8");
  text(ctx, s, "0", b.left + padL - 6 * s, y(0) + 4 * s, 12, "#9fb3c8", "right");
  text(
    ctx,
    s,
    `${total.toFixed(0)} tCO₂e/år`,
    b.left + b.width - 8 * s,
    b.top + b.height - 6 * s,
    12,
    "#9fb3c8",
    "right",
  );
}
