// Sankey diagram of (from, to, value) flows: nodes in columns by their depth from the sources, heights
// proportional to throughput, links as bands whose width is the flow.
import type { ICanvasRenderingContext } from "@babylonjs/core/Engines/ICanvas.js";
import type { Flow } from "../../core/modelResult.ts";
import { type Box, text } from "./surface.ts";

export interface SankeyNode {
  id: string;
  column: number;
  in: number;
  out: number;
  x: number;
  y: number;
  h: number;
}

const PALETTE = ["#4cc9f0", "#ffd166", "#ef476f", "#06d6a0", "#f78c6b", "#a78bfa", "#90be6d", "#f9c74f"];

/** Column of each node: 0 for sources, else one more than its deepest predecessor. */
export function sankeyColumns(flows: readonly Flow[]): Map<string, number> {
  const col = new Map<string, number>();
  for (const f of flows) {
    col.set(f.from, col.get(f.from) ?? 0);
    col.set(f.to, col.get(f.to) ?? 0);
  }
  for (let pass = 0; pass < col.size; pass++) {
    let changed = false;
    for (const f of flows) {
      const want = (col.get(f.from) ?? 0) + 1;
      if ((col.get(f.to) ?? 0) < want) {
        col.set(f.to, want);
        changed = true;
      }
    }
    if (!changed) break;
  }
  // Sources sit just left of their nearest target (grid beside the plants' district heat, not far left).
  const hasIn = new Set(flows.map((f) => f.to));
  for (const [id] of col) {
    if (hasIn.has(id)) continue;
    const targets = flows.filter((f) => f.from === id).map((f) => col.get(f.to) ?? 1);
    col.set(id, Math.max(0, Math.min(...targets) - 1));
  }
  return col;
}

/** Node boxes within the drawing area (pure, for tests): throughput = max(in, out). */
export function layoutSankey(
  flows: readonly Flow[],
  width: number,
  height: number,
  nodeW: number,
  gap: number,
): SankeyNode[] {
  const cols = sankeyColumns(flows);
  const nodes = new Map<string, SankeyNode>();
  for (const [id, column] of cols) nodes.set(id, { id, column, in: 0, out: 0, x: 0, y: 0, h: 0 });
  for (const f of flows) {
    (nodes.get(f.from) as SankeyNode).out += f.value;
    (nodes.get(f.to) as SankeyNode).in += f.value;
  }
  const ncols = Math.max(...cols.values()) + 1;
  const byCol: SankeyNode[][] = Array.from({ length: ncols }, () => []);
  for (const n of nodes.values()) byCol[n.column].push(n);
  const scale = Math.min(
    ...byCol.map(
      (c) =>
        (height - gap * (c.length - 1)) /
        Math.max(
          1e-9,
          c.reduce((s, n) => s + Math.max(n.in, n.out), 0),
        ),
    ),
  );
  for (const c of byCol) {
    let y = 0;
    for (const n of c) {
      n.h = Math.max(n.in, n.out) * scale;
      n.x = ncols === 1 ? 0 : ((width - nodeW) * n.column) / (ncols - 1);
      n.y = y;
      y += n.h + gap;
    }
  }
  return [...nodes.values()];
}

/** A smooth S from the current point (xa, ya) to (xb, yb): two quadratic halves meeting with equal tangents. */
function sCurve(ctx: ICanvasRenderingContext, xa: number, ya: number, xb: number, yb: number): void {
  const mx = (xa + xb) / 2;
  const my = (ya + yb) / 2;
  ctx.quadraticCurveTo((xa + mx) / 2, ya, mx, my);
  ctx.quadraticCurveTo((mx + xb) / 2, yb, xb, yb);
}

export function drawSankey(
  ctx: ICanvasRenderingContext,
  b: Box,
  flows: readonly Flow[],
  name: (id: string) => string,
  unit: string,
): void {
  const s = b.s;
  if (flows.length === 0) return;
  const padX = 6 * s;
  const padY = 8 * s;
  const nodeW = 12 * s;
  const W = b.width - 2 * padX;
  const H = b.height - 2 * padY;
  const nodes = layoutSankey(flows, W, H, nodeW, 8 * s);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const scale = nodes.reduce((m, n) => Math.max(m, n.h / Math.max(1e-9, Math.max(n.in, n.out))), 0);
  const outOffset = new Map<string, number>();
  const inOffset = new Map<string, number>();
  flows.forEach((f, k) => {
    const a = byId.get(f.from) as SankeyNode;
    const c = byId.get(f.to) as SankeyNode;
    const w = f.value * scale;
    const y0 = b.top + padY + a.y + (outOffset.get(a.id) ?? 0);
    const y1 = b.top + padY + c.y + (inOffset.get(c.id) ?? 0);
    outOffset.set(a.id, (outOffset.get(a.id) ?? 0) + w);
    inOffset.set(c.id, (inOffset.get(c.id) ?? 0) + w);
    const x0 = b.left + padX + a.x + nodeW;
    const x1 = b.left + padX + c.x;
    ctx.globalAlpha = 0.45;
    ctx.fillStyle = PALETTE[k % PALETTE.length];
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    sCurve(ctx, x0, y0, x1, y1);
    ctx.lineTo(x1, y1 + w);
    sCurve(ctx, x1, y1 + w, x0, y0 + w);
    ctx.closePath();
    ctx.fill();
  });
  ctx.globalAlpha = 1;
  const lastCol = Math.max(...nodes.map((n) => n.column));
  for (const n of nodes) {
    const x = b.left + padX + n.x;
    const y = b.top + padY + n.y;
    ctx.fillStyle = "#e8f1f8";
    ctx.fillRect(x, y, nodeW, Math.max(1, n.h));
    const value = Math.max(n.in, n.out);
    const label = `${name(n.id)} ${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${unit}`;
    const right = n.column === lastCol;
    text(
      ctx,
      s,
      label,
      right ? x - 4 * s : x + nodeW + 4 * s,
      y + Math.min(n.h, 40 * s) / 2 + 5 * s,
      13,
      "#ffffff",
      right ? "right" : "left",
    );
  }
}
