// Client entry: fetch the city, build the scene, start the simulation worker, join the shared room;
// `?session=CODE` adds the co-creation panel (client/src/session/); `&screen=…` or `&outreach=1` makes the page a
// simulator-room screen or the outreach big screen instead (client/src/screens/, docs/screens.md).
// `?m=<municipality>` picks the city; `?synthetic=N&seed=S` replaces its buildings by N generated ones.
import { Engine } from "@babylonjs/core/Engines/engine.js";
import { CityApp } from "./app.ts";
import { indexCity } from "./city/cityIndex.ts";
import { syntheticCity } from "./city/syntheticCity.ts";
import { fetchCity } from "./net/cityApi.ts";
import { joinSimRoom } from "./net/simRoom.ts";
import { focusBounds } from "./scene/focusBounds.ts";
import { createScene } from "./scene/createScene.ts";
import { RenderOnDemand } from "./scene/renderOnDemand.ts";
import { exposeTestHooks } from "./testHooks.ts";

const params = new URLSearchParams(location.search);
const MUNICIPALITY = params.get("m") ?? "baerum";
const SYNTHETIC = Number(params.get("synthetic") ?? 0);
const status = document.getElementById("status") as HTMLDivElement;
const canvas = document.getElementById("city") as HTMLCanvasElement;
const showError = (message: string) => {
  status.textContent = `Feil / error: ${message}`;
  console.error(message);
};

async function start(): Promise<void> {
  const started = performance.now();
  const engine = new Engine(canvas, true, { preserveDrawingBuffer: false, stencil: true });
  const fetched = await fetchCity(MUNICIPALITY);
  const city = SYNTHETIC > 0 ? syntheticCity(fetched, SYNTHETIC, Number(params.get("seed") ?? 1)) : fetched;
  const index = indexCity(city);
  const cs = createScene(engine, canvas, index.bounds, focusBounds(index.centreX_m, index.centreZ_m));
  const app = new CityApp(engine, cs, city, index, showError);
  let firstFrame_s = 0;
  cs.scene.onAfterRenderObservable.addOnce(() => {
    firstFrame_s = (performance.now() - started) / 1000;
  });
  const frames = new RenderOnDemand(engine, cs.scene, cs.camera, canvas);
  app.onChange = (ms) => frames.wake(ms);
  if (params.has("screen") || params.get("outreach") === "1")
    import("./screens/mountScreen.ts") // simulator-room screens and outreach (docs/screens.md), lazy
      .then((m) => m.mountScreen({ app, cs, wake: (ms) => frames.wake(ms), params }))
      .catch((err: Error) => showError(`skjerm / screen: ${err.message}`));
  else if (params.has("session"))
    import("./session/mountSession.ts")
      .then((m) =>
        m.mountSession(
          app.ui,
          params,
          () => frames.wake(),
          (c) => {
            void import("./screens/cameraPresence.ts").then((p) => p.sendCameraPresence(c.room, cs.scene, cs.camera));
          },
        ),
      )
      .catch((err: Error) => showError(`samskaping / session: ${err.message}`));
  addEventListener("resize", () => {
    engine.resize();
    frames.wake();
  });
  exposeTestHooks({
    engine,
    scene: cs.scene,
    hud: app.hud,
    app,
    state: () => app.room,
    firstFrame_s: () => firstFrame_s,
    loadCore: async () => (await import("./core/loadCore.ts")).loadCoreInBrowser(),
  });
  const vr = Object.assign(document.createElement("button"), { id: "enterVr", textContent: "VR" });
  vr.style.cssText = "position:absolute;right:16px;bottom:16px;font-size:18px;padding:8px 14px";
  vr.onclick = () =>
    void import("./xr/xrSession.ts") // lazy: WebXR stays out of the main chunk
      .then((xr) => xr.enterVr(app, { emulate: params.has("xremu"), keepRendering: () => frames.wake(500) }))
      .catch((err: Error) => showError(`VR: ${err.message}`));
  document.body.append(vr);
  const simulation = app.startSimulation().catch((err: Error) => showError(err.message));
  app.connection = await joinSimRoom(MUNICIPALITY, (state) => app.onRoomState(state), showError);
  status.textContent = city.synthetic
    ? `${city.buildings.length} bygg — syntetisk geometri / synthetic geometry`
    : `${city.buildings.length} bygg / buildings`;
  await simulation;
}

start().catch((err: Error) => showError(`kunne ikke starte / could not start: ${err.message}`));
