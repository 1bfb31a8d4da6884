import { esc, n1, PALETTE } from "./svg.ts";

export interface Series {
  label: string;
  values: readonly number[];
}

/** A line chart of yearly series (e.g. baseline vs scenario) as an inline SVG. */
export function lineChartSvg(title: string, unit: string, years: readonly number[], series: readonly Series[]): string {
  const w = 560;
  const h = 260;
  const pad = { l: 60, r: 16, t: 30, b: 36 };
  const all = series.flatMap((s) => s.values.filter(Number.isFinite));
  const lo = Math.min(0, ...all);
  const hi = Math.max(...all, lo + 1e-9);
  const x = (i: number) => pad.l + (i / Math.max(years.length - 1, 1)) * (w - pad.l - pad.r);
  const y = (v: number) => h - pad.b - ((v - lo) / (hi - lo)) * (h - pad.t - pad.b);
  const lines = series.map((s, k) => {
    const pts = s.values.map((v, i) => `${n1(x(i))},${n1(y(v))}`).join(" ");
    return `<polyline fill="none" stroke="${PALETTE[k % PALETTE.length]}" stroke-width="2" points="${pts}"/>`;
  });
  const legend = series.map(
    (s, k) =>
      `<text x="${pad.l + 8 + k * 150}" y="${pad.t - 10}" fill="${PALETTE[k % PALETTE.length]}" font-size="12">${esc(s.label)}</text>`,
  );
  const ticks = [0, Math.floor((years.length - 1) / 2), years.length - 1]
    .filter((i, j, a) => a.indexOf(i) === j && years[i] !== undefined)
    .map((i) => `<text x="${n1(x(i))}" y="${h - 12}" font-size="11" text-anchor="middle">${years[i]}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(title)}">
<text x="8" y="16" font-size="13" font-weight="bold">${esc(title)} (${esc(unit)})</text>
<line x1="${pad.l}" y1="${h - pad.b}" x2="${w - pad.r}" y2="${h - pad.b}" stroke="#999"/>
<text x="${pad.l - 6}" y="${n1(y(hi))}" font-size="11" text-anchor="end">${n1(hi)}</text>
<text x="${pad.l - 6}" y="${n1(y(lo))}" font-size="11" text-anchor="end">${n1(lo)}</text>
${ticks.join("\n")}
${lines.join("\n")}
${legend.join("\n")}
</svg>`;
}
