// Makes sure the WASM core and the client are built before any test loads them.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

export default function setup(): void {
  if (process.env.TVILLING_SKIP_BUILD === "1" && existsSync("dist/client/index.html")) return;
  execSync("npm run build", { stdio: "inherit" });
}
