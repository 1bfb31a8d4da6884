// Builds the scene, the view controller and the on-demand render loop for one city dataset, and takes
// them down again (a dropped building file replaces the city without reloading the page).
import type { Engine } from "@babylonjs/core/Engines/engine.js";
import type { CityDataset } from "../../sim-core/host/city.ts";
import { CityApp } from "./app.ts";
import { indexCity } from "./city/cityIndex.ts";
import { focusBounds } from "./scene/focusBounds.ts";
import { type CityScene, createScene } from "./scene/createScene.ts";
import { RenderOnDemand } from "./scene/renderOnDemand.ts";

export interface MountedCity {
  app: CityApp;
  cs: CityScene;
  frames: RenderOnDemand;
  /** Seconds from `started` to the first rendered frame (0 until then). */
  firstFrame_s: () => number;
  dispose: () => void;
}

export function mountCity(
  engine: Engine,
  canvas: HTMLCanvasElement,
  city: CityDataset,
  onError: (message: string) => void,
  started = performance.now(),
): MountedCity {
  const index = indexCity(city);
  const cs = createScene(engine, canvas, index.bounds, focusBounds(index.centreX_m, index.centreZ_m));
  const app = new CityApp(engine, cs, city, index, onError);
  let firstFrame_s = 0;
  cs.scene.onAfterRenderObservable.addOnce(() => {
    firstFrame_s = (performance.now() - started) / 1000;
  });
  const frames = new RenderOnDemand(engine, cs.scene, cs.camera, canvas);
  app.onChange = (ms) => frames.wake(ms);
  return {
    app,
    cs,
    frames,
    firstFrame_s: () => firstFrame_s,
    dispose: () => {
      engine.stopRenderLoop();
      app.sim.terminate();
      app.background.terminate();
      cs.scene.dispose();
    },
  };
}
