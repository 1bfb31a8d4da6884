import type { MacBar } from "../../sim-core/scenario/macCurve.ts";
import { esc, n1, PALETTE } from "./svg.ts";

/** The MAC curve: bar width = abatement, height = NOK per tonne, cheapest first. */
export function macChartSvg(bars: readonly MacBar[]): string {
  const w = 640;
  const h = 280;
  const pad = { l: 64, r: 16, t: 28, b: 40 };
  if (bars.length === 0) return "<p>No intervention abates emissions in this scenario.</p>";
  const total = bars[bars.length - 1].to_t;
  const lo = Math.min(0, ...bars.map((b) => b.cost_NOK_t));
  const hi = Math.max(1, ...bars.map((b) => b.cost_NOK_t));
  const x = (t: number) => pad.l + (t / total) * (w - pad.l - pad.r);
  const y = (v: number) => pad.t + ((hi - v) / (hi - lo)) * (h - pad.t - pad.b);
  const rects = bars.map((b, k) => {
    const top = Math.min(y(b.cost_NOK_t), y(0));
    const height = Math.abs(y(b.cost_NOK_t) - y(0));
    return `<rect x="${n1(x(b.from_t))}" y="${n1(top)}" width="${n1(Math.max(x(b.to_t) - x(b.from_t), 1))}" height="${n1(height)}" fill="${PALETTE[k % PALETTE.length]}"><title>${esc(`${b.label}: ${n1(b.cost_NOK_t)} NOK/tCO2e, ${n1(b.abated_tCO2e_yr)} tCO2e/yr`)}</title></rect>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" role="img" aria-label="Marginal abatement cost curve">
<text x="8" y="16" font-size="13" font-weight="bold">Marginal abatement cost (NOK/tCO2e) vs abatement (tCO2e/yr)</text>
<line x1="${pad.l}" y1="${n1(y(0))}" x2="${w - pad.r}" y2="${n1(y(0))}" stroke="#999"/>
<text x="${pad.l - 6}" y="${n1(y(hi))}" font-size="11" text-anchor="end">${n1(hi)}</text>
<text x="${w - pad.r}" y="${h - 12}" font-size="11" text-anchor="end">${n1(total)} tCO2e/yr</text>
${rects.join("\n")}
</svg>`;
}
