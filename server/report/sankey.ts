import { esc, n1, PALETTE } from "./svg.ts";

export interface Flow {
  from: string;
  to: string;
  value: number;
}

/** Node columns by longest path from a source (flows must form a DAG). */
export function sankeyColumns(flows: readonly Flow[]): Map<string, number> {
  const column = new Map<string, number>();
  const nodes = new Set(flows.flatMap((f) => [f.from, f.to]));
  for (const node of nodes) column.set(node, 0);
  for (let pass = 0; pass < nodes.size; pass++) {
    let changed = false;
    for (const f of flows) {
      const next = (column.get(f.from) ?? 0) + 1;
      if (next > (column.get(f.to) ?? 0)) {
        column.set(f.to, next);
        changed = true;
      }
    }
    if (!changed) return column;
  }
  throw new Error("flows contain a cycle: a Sankey needs a directed acyclic graph");
}

/** Node size: the larger of what flows in and what flows out. */
export function sankeyNodeValues(flows: readonly Flow[]): Map<string, number> {
  const into = new Map<string, number>();
  const out = new Map<string, number>();
  for (const f of flows) {
    out.set(f.from, (out.get(f.from) ?? 0) + f.value);
    into.set(f.to, (into.get(f.to) ?? 0) + f.value);
  }
  const nodes = new Set([...into.keys(), ...out.keys()]);
  return new Map([...nodes].map((n) => [n, Math.max(into.get(n) ?? 0, out.get(n) ?? 0)]));
}

export function sankeySvg(title: string, unit: string, flows: readonly Flow[]): string {
  const w = 720;
  const h = 360;
  const positive = flows.filter((f) => f.value > 0);
  if (positive.length === 0) return `<p>${esc(title)}: no flows</p>`;
  const column = sankeyColumns(positive);
  const size = sankeyNodeValues(positive);
  const columns = Math.max(...column.values()) + 1;
  const byColumn: string[][] = Array.from({ length: columns }, () => []);
  for (const [node, c] of column) byColumn[c].push(node);
  const gap = 10;
  const maxTotal = Math.max(...byColumn.map((ns) => ns.reduce((s, n) => s + (size.get(n) ?? 0), 0)));
  const maxCount = Math.max(...byColumn.map((ns) => ns.length));
  const scale = (h - 40 - gap * (maxCount - 1)) / maxTotal;
  const nodeW = 14;
  const pos = new Map<string, { x: number; y: number; outY: number; inY: number }>();
  byColumn.forEach((ns, c) => {
    let y = 30;
    const x = 10 + (c / Math.max(columns - 1, 1)) * (w - 160);
    for (const n of ns) {
      pos.set(n, { x, y, outY: y, inY: y });
      y += (size.get(n) ?? 0) * scale + gap;
    }
  });
  const links = positive.map((f, k) => {
    const a = pos.get(f.from)!;
    const b = pos.get(f.to)!;
    const t = f.value * scale;
    const x0 = a.x + nodeW;
    const x1 = b.x;
    const y0 = a.outY + t / 2;
    const y1 = b.inY + t / 2;
    a.outY += t;
    b.inY += t;
    const mx = (x0 + x1) / 2;
    return `<path d="M${n1(x0)},${n1(y0)} C${n1(mx)},${n1(y0)} ${n1(mx)},${n1(y1)} ${n1(x1)},${n1(y1)}" stroke="${PALETTE[k % PALETTE.length]}" stroke-opacity="0.45" stroke-width="${n1(Math.max(t, 0.5))}" fill="none"><title>${esc(`${f.from} → ${f.to}: ${n1(f.value)} ${unit}`)}</title></path>`;
  });
  const nodes = [...pos].map(
    ([n, p]) =>
      `<rect x="${n1(p.x)}" y="${n1(p.y)}" width="${nodeW}" height="${n1(Math.max((size.get(n) ?? 0) * scale, 1))}" fill="#333"/><text x="${n1(p.x + nodeW + 4)}" y="${n1(p.y + 10)}" font-size="11">${esc(n)} ${n1(size.get(n) ?? 0)}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(title)}">
<text x="8" y="16" font-size="13" font-weight="bold">${esc(title)} (${esc(unit)})</text>
${links.join("\n")}
${nodes.join("\n")}
</svg>`;
}
