import type { Engine } from "@babylonjs/core/Engines/engine.js";
import type { Scene } from "@babylonjs/core/scene.js";
import type { CityApp } from "./app.ts";
import type { SimView } from "./net/simRoom.ts";
import type { Hud } from "./ui/hud.ts";

export interface TvillingHooks {
  engine: Engine;
  scene: Scene;
  hud: Hud;
  /** The view controller: results, metrics, picking, card, KPI cards (read in tests and the bench). */
  app: CityApp;
  state: () => SimView | undefined;
  /** Seconds from script start to the first rendered frame. */
  firstFrame_s: () => number;
  /** Loads the WASM core in this page (lazy chunk), for cross-engine determinism checks. */
  loadCore: () => Promise<import("../../sim-core/host/SimCore.ts").SimCore>;
  /** Imports a building file's text as if it was dropped on the page; resolves with the report shown. */
  importFile: (name: string, text: string) => Promise<import("./import/dropImport.ts").ImportReport>;
}

declare global {
  interface Window {
    __tvilling?: TvillingHooks;
  }
}

/** Read-only handles for end-to-end tests and debugging from the console. */
export function exposeTestHooks(hooks: TvillingHooks): void {
  window.__tvilling = hooks;
}
