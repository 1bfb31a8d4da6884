// Client entry: fetch the city, build the scene, start the simulation worker, join the shared room;
// `?session=CODE` adds the co-creation panel (client/src/session/); `&screen=…` or `&outreach=1` makes the page a
// simulator-room screen or the outreach big screen instead (client/src/screens/, docs/screens.md).
// `?m=<municipality>` picks the city; `?synthetic=N&seed=S` replaces its buildings by N generated ones.
// Dropping a GeoJSON or CityJSON file on the page imports its buildings in the browser (client/src/import/).
import { Engine } from "@babylonjs/core/Engines/engine.js";
import type { CityDataset } from "../../sim-core/host/city.ts";
import { syntheticCity } from "./city/syntheticCity.ts";
import { type MountedCity, mountCity } from "./mountCity.ts";
import { fetchCity } from "./net/cityApi.ts";
import { joinSimRoom, type SimView } from "./net/simRoom.ts";
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
  // Join the shared room first, before the city is built and the workers start: the seat reservation is taken
  // up at once on a busy machine, and states arriving before the view exists wait for it.
  let early: SimView | undefined;
  let onState = (state: SimView) => {
    early = state;
  };
  const joining = joinSimRoom(MUNICIPALITY, (state) => onState(state), showError);
  const engine = new Engine(canvas, true, { preserveDrawingBuffer: false, stencil: true });
  const fetched = await fetchCity(MUNICIPALITY);
  const city = SYNTHETIC > 0 ? syntheticCity(fetched, SYNTHETIC, Number(params.get("seed") ?? 1)) : fetched;
  let mounted: MountedCity = mountCity(engine, canvas, city, showError, started);
  const hooks = () =>
    exposeTestHooks({
      engine,
      scene: mounted.cs.scene,
      hud: mounted.app.hud,
      app: mounted.app,
      state: () => mounted.app.room,
      firstFrame_s: mounted.firstFrame_s,
      loadCore: async () => (await import("./core/loadCore.ts")).loadCoreInBrowser(),
      importFile: (name, text) => importText(name, text),
    });
  hooks();
  const showStatus = (c: CityDataset) => {
    status.textContent = c.synthetic
      ? `${c.buildings.length} bygg — syntetisk geometri / synthetic geometry`
      : `${c.buildings.length} bygg / buildings`;
  };
  const importText = async (name: string, text: string) => {
    const { importDropped } = await import("./import/dropImport.ts"); // lazy: proj4 stays out of the main chunk
    const outcome = importDropped(name, text, mounted.app.city);
    if (outcome.city) {
      const room = mounted.app.room;
      const connection = mounted.app.connection;
      mounted.dispose();
      mounted = mountCity(engine, canvas, outcome.city, showError);
      mounted.app.note.importSummary = outcome.summaryText;
      mounted.app.connection = connection;
      if (room) mounted.app.onRoomState(room);
      mounted.app.renderAll();
      hooks();
      showStatus(outcome.city);
      void mounted.app.startSimulation().catch((err: Error) => showError(err.message));
    }
    return outcome.report;
  };
  addEventListener("dragover", (e) => e.preventDefault());
  addEventListener("drop", (e) => {
    e.preventDefault();
    const file = e.dataTransfer?.files[0];
    if (file) void file.text().then((text) => importText(file.name, text));
  });
  const { app, cs, frames } = mounted;
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
    mounted.frames.wake();
  });
  const vr = Object.assign(document.createElement("button"), { id: "enterVr", textContent: "VR" });
  vr.style.cssText = "position:absolute;right:16px;bottom:16px;font-size:18px;padding:8px 14px";
  vr.onclick = () =>
    void import("./xr/xrSession.ts") // lazy: WebXR stays out of the main chunk
      .then((xr) =>
        xr.enterVr(mounted.app, { emulate: params.has("xremu"), keepRendering: () => mounted.frames.wake(500) }),
      )
      .catch((err: Error) => showError(`VR: ${err.message}`));
  document.body.append(vr);
  onState = (state) => mounted.app.onRoomState(state);
  if (early) mounted.app.onRoomState(early);
  const connection = await joining.catch((err: Error) => {
    showError(`rom / room: ${err.message}`);
    return undefined;
  });
  mounted.app.connection = connection;
  showStatus(city);
  await mounted.app.startSimulation().catch((err: Error) => showError(err.message));
}

start().catch((err: Error) => showError(`kunne ikke starte / could not start: ${err.message}`));
