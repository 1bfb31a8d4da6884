// Node-side: what the built client's page loads before it can start — the entry chunk plus every chunk
// index.html preloads (a second HTML entry, /join/, makes the bundler split shared code out of the entry) —
// and its gzip size, for the bundle budget test and the benchmark.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const MAIN_CHUNK_BUDGET_kB = 500;

export interface MainChunk {
  path: string;
  /** The entry's code and the preloaded chunks' code, concatenated. */
  code: string;
  /** Sum of each file's gzip size (each is transferred on its own). */
  gzip_kB: number;
  files: string[];
}

export function mainChunk(distDir = "dist/client"): MainChunk {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const src = /<script type="module"[^>]*src="\/?([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error(`${distDir}/index.html has no module script: build the client first (npm run build)`);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/?([^"]+)"/g)].map((m) => m[1]);
  const files = [src, ...preloads].map((f) => join(distDir, f));
  let code = "";
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    code += `${bytes.toString("utf8")}\n`;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { path: files[0], code, gzip_kB: gzipBytes / 1024, files };
}
