// Node-side: the built client's main (entry) chunk and its gzip size, for the bundle budget test and
// the benchmark.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const MAIN_CHUNK_BUDGET_kB = 500;

export interface MainChunk {
  path: string;
  code: string;
  gzip_kB: number;
}

export function mainChunk(distDir = "dist/client"): MainChunk {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const src = /<script type="module"[^>]*src="\/?([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error(`${distDir}/index.html has no module script: build the client first (npm run build)`);
  const path = join(distDir, src);
  const bytes = readFileSync(path);
  return { path, code: bytes.toString("utf8"), gzip_kB: gzipSync(bytes, { level: 9 }).length / 1024 };
}
