// Entry of the simulator-room screens and the outreach big screen (own lazy chunk): joins the session as a
// spectator and shows it as `?screen=dashboard|city|wall` or `?outreach=1` (docs/screens.md).
import { Vector3 } from "@babylonjs/core/Maths/math.vector.js";
import { Control } from "@babylonjs/gui/2D/controls/control.js";
import { decodePoseFrame } from "../../../server/session/poses.ts";
import type { CityApp } from "../app.ts";
import { joinSessionRoom, type SessionConnection, type SessionWelcome } from "../net/sessionRoom.ts";
import type { CityScene } from "../scene/createScene.ts";
import { type AvatarSeen, people, XrAvatars } from "../xr/xrAvatars.ts";
import { citySpan_m, identityPlacement, TABLE_WIDTH_M } from "../xr/xrScale.ts";
import { type CameraView, yawPitchOf } from "./cameraPose.ts";
import { DashboardWall } from "./dashboardWall.ts";
import { FOLLOW_EASE_S, followView } from "./followPose.ts";
import { enterPresentation, presentationUi } from "./presentation.ts";
import { ScreenCamera } from "./screenCamera.ts";
import { type ScreenRequest, screenFromUrl, wallYawOffset_rad } from "./screenModel.ts";
import { bigText } from "./screenText.ts";
import { facilitatorSlot, type ScreenStateJson } from "./screenState.ts";
import { tourStops, tourView } from "./tourPath.ts";

export interface ScreenContext {
  app: CityApp;
  cs: CityScene;
  wake: (ms?: number) => void;
  params: URLSearchParams;
}

export interface ScreenHooks {
  request: ScreenRequest;
  state: () => ScreenStateJson | undefined;
  /** The facilitator's camera as last received (decoded pose), if any; `vr` when it is a VR head. */
  facilitator: () => (CameraView & { vr: boolean }) | undefined;
  /** The participants drawn as avatars on a city or wall screen, by pose slot (tests). */
  avatars: () => (AvatarSeen & { slot: number })[];
  /** This screen's camera: position and its forward, up and right axes in the world. */
  camera: () => { position: number[]; forward: number[]; up: number[]; right: number[]; fov: number } | undefined;
  joinUrl: () => string | undefined;
  error: () => string;
}

declare global {
  interface Window {
    __tvillingScreen?: ScreenHooks;
  }
}

const xyz = (v: Vector3) => [v.x, v.y, v.z];

export async function mountScreen(ctx: ScreenContext): Promise<void> {
  const { app, cs, wake, params } = ctx;
  const request = screenFromUrl(params);
  if (!request) return;
  const engine = app.engine;
  if (request.present) enterPresentation(engine, app.ui);
  cs.camera.detachControl();
  const ui = presentationUi(cs.scene);
  const errorLine = bigText(ui.rootContainer, "screenError", 28, "#ff8a5c");
  errorLine.verticalAlignment = Control.VERTICAL_ALIGNMENT_BOTTOM;
  let error = "";
  const showError = (m: string) => {
    error = m;
    errorLine.text = m;
    wake();
  };

  let state: ScreenStateJson | undefined;
  let facilitator: (CameraView & { vr: boolean }) | undefined;
  let screenCamera: ScreenCamera | undefined;
  let avatars: XrAvatars | undefined;
  let welcome: SessionWelcome | undefined;
  let onState: (s: ScreenStateJson) => void = () => {};
  let url: string | undefined;

  if (request.kind === "dashboard") {
    const wall = new DashboardWall(ui);
    onState = (s) => wall.onState(s);
    setInterval(() => state && wall.onState(state), 15_000); // the wall clock's minutes
  } else {
    const wallScreen = request.kind === "wall";
    screenCamera = new ScreenCamera(
      cs.scene,
      {
        yawOffset_rad: wallScreen ? wallYawOffset_rad(request.index, request.count, request.fov_rad) : 0,
        fov_rad: wallScreen ? request.fov_rad : cs.camera.fov,
        horizontal: wallScreen,
        maxZ_m: cs.camera.maxZ,
      },
      wake,
    );
    const start = cs.camera;
    screenCamera.setGoal(cameraOfStart(xyz(start.position), xyz(start.target.subtract(start.position))), true);
    if (!request.follow) startTour(ctx, screenCamera);
    avatars = screenAvatars(ctx, () => (request.follow && state ? facilitatorSlot(state) : undefined));
    if (request.kind === "outreach") {
      const { OutreachScreen } = await import("../outreach/outreachScreen.ts");
      const screen = new OutreachScreen(ui, request.code, params.get("joinBase") ?? location.origin);
      url = screen.url;
      onState = (s) => screen.onState(s);
    }
  }
  window.__tvillingScreen = {
    request,
    state: () => state,
    facilitator: () => facilitator,
    camera: () => {
      const c = screenCamera?.camera;
      if (!c) return undefined;
      c.getViewMatrix(true);
      return {
        position: xyz(c.position),
        forward: xyz(c.getDirection(new Vector3(0, 0, 1))),
        up: xyz(c.getDirection(Vector3.Up())),
        right: xyz(c.getDirection(Vector3.Right())),
        fov: c.fov,
      };
    },
    joinUrl: () => url,
    error: () => error,
    avatars: () => {
      const out: (AvatarSeen & { slot: number })[] = [];
      for (const slot of avatars?.avatars.keys() ?? []) {
        const seen = avatars?.seen(slot);
        if (seen) out.push({ slot, ...seen });
      }
      return out;
    },
  };

  const bounds = app.index.bounds;
  const cityFrame = {
    centreX_m: (bounds.minX + bounds.maxX) / 2,
    centreZ_m: (bounds.minZ + bounds.maxZ) / 2,
    span_m: citySpan_m(bounds),
  };
  const follow = () => {
    if (!state || !screenCamera || !request.follow || !connection) return;
    const slot = facilitatorSlot(state);
    const pose = slot === undefined ? undefined : connection.poses.bySlot.get(slot);
    const view = pose && followView(pose, cityFrame);
    if (!pose || !view) return;
    facilitator = { ...view, vr: !!pose.vr };
    screenCamera.ease_s = pose.vr ? FOLLOW_EASE_S.vr : FOLLOW_EASE_S.desktop;
    screenCamera.setGoal(view);
    wake(1000);
  };
  let connection: SessionConnection | undefined;
  try {
    connection = await joinSessionRoom(
      { code: request.code, spectator: true },
      {
        onState: (s) => {
          state = s as ScreenStateJson;
          onState(state);
          avatars?.setPeople(people(state, welcome?.slot ?? -1));
          follow();
          wake();
        },
        onWelcome: (w) => {
          welcome = w;
        },
        onError: showError,
        onOk: () => {},
      },
    );
  } catch (err) {
    showError(`økt / session ${request.code}: ${(err as Error).message}`);
    return;
  }
  // The connection's pose book holds everyone's latest pose since joining (the join snapshot included).
  avatars?.applyFrame(connection.poses.bySlot);
  follow();
  connection.room.onMessage("poses", (bytes: Uint8Array) => {
    avatars?.applyFrame(decodePoseFrame(new Uint8Array(bytes)));
    follow();
    wake(200);
  });
}

/** The participants in VR as avatars over the city: those at the table drawn at the model's scale (a figure
 * standing at the city's edge as they stand at the table), those walking the streets at the city's (a person's
 * size where they stand); the followed facilitator is not drawn (the screen looks through their eyes). */
function screenAvatars(ctx: ScreenContext, hidden: () => number | undefined): XrAvatars {
  const bounds = ctx.app.index.bounds;
  const span = citySpan_m(bounds);
  const scene = ctx.cs.scene;
  const avatars = new XrAvatars(scene, span, {
    size: span / TABLE_WIDTH_M,
    walkerSize: 1,
    camera: () => scene.activeCamera,
    desktop: false, // every laptop sends its camera: on a screen they would be heads in the sky
  });
  const placement = identityPlacement(bounds);
  let lastHidden: number | undefined;
  scene.onBeforeRenderObservable.add(() => {
    const h = hidden();
    avatars.update(placement, h !== lastHidden, h ?? -1);
    lastHidden = h;
  });
  return avatars;
}

function cameraOfStart(position: number[], forward: number[]): CameraView {
  return { position: [position[0], position[1], position[2]], ...yawPitchOf([forward[0], forward[1], forward[2]]) };
}

/** Tours the districts by itself; the tour is a function of time, so it needs a frame every frame. */
function startTour(ctx: ScreenContext, camera: ScreenCamera): void {
  const stops = tourStops(ctx.app.city.districts);
  const started = performance.now();
  ctx.cs.scene.onBeforeRenderObservable.add(() => {
    const v = tourView(stops, (performance.now() - started) / 1000);
    camera.setGoal({ position: v.position, yaw_rad: v.yaw_rad, pitch_rad: v.pitch_rad }, true);
    ctx.wake(200);
  });
  ctx.wake(200);
}
