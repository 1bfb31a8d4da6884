// Client entry: fetch the city, build the scene, join the shared room, project its state.
import { Engine } from "@babylonjs/core/Engines/engine.js";
import { fetchCity } from "./net/cityApi.ts";
import { joinSimRoom, type SimView } from "./net/simRoom.ts";
import { buildCityGeometry } from "./scene/cityGeometry.ts";
import { createCityMesh, paintBuildings } from "./scene/cityMesh.ts";
import { createScene } from "./scene/createScene.ts";
import { periodColor } from "./scene/periodColors.ts";
import { exposeTestHooks } from "./testHooks.ts";
import { Hud } from "./ui/hud.ts";

const MUNICIPALITY = new URLSearchParams(location.search).get("m") ?? "baerum";
const status = document.getElementById("status") as HTMLDivElement;
const canvas = document.getElementById("city") as HTMLCanvasElement;

async function start(): Promise<void> {
  const engine = new Engine(canvas, true, { preserveDrawingBuffer: false, stencil: true });
  const city = await fetchCity(MUNICIPALITY);
  const xs = city.buildings.flatMap((b) => b.footprint_m.map((p) => p[0]));
  const zs = city.buildings.flatMap((b) => b.footprint_m.map((p) => p[1]));
  const scene = createScene(engine, canvas, {
    minX: Math.min(...xs),
    maxX: Math.max(...xs),
    minZ: Math.min(...zs),
    maxZ: Math.max(...zs),
  });
  const geometry = buildCityGeometry(city.buildings, city.storeyHeight_m);
  const mesh = createCityMesh(scene, geometry);
  paintBuildings(mesh, geometry, (i) => periodColor(city.buildings[i].year));

  let latest: SimView | undefined;
  const hud = new Hud(scene, {
    changeSetpoint: (delta) => latest && connection.setSetpoint(latest.setpoint_C + delta),
    togglePlaying: () => latest && connection.setPlaying(!latest.playing),
  });
  const connection = await joinSimRoom(
    MUNICIPALITY,
    (state) => {
      latest = state;
      hud.render(state);
    },
    (message) => {
      status.textContent = `Feil / error: ${message}`;
    },
  );
  status.textContent = city.synthetic
    ? `${city.buildings.length} bygg — syntetisk geometri / synthetic geometry`
    : `${city.buildings.length} bygg / buildings`;
  exposeTestHooks({
    engine,
    scene,
    hud,
    state: () => latest,
    loadCore: async () => (await import("./core/loadCore.ts")).loadCoreInBrowser(),
  });
  engine.runRenderLoop(() => scene.render());
  addEventListener("resize", () => engine.resize());
}

start().catch((err: Error) => {
  status.textContent = `Kunne ikke starte / could not start: ${err.message}`;
  console.error(err);
});
