// Mounts the co-creation panel when the page was opened with `?session=CODE` (loaded as its own chunk).
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import type { Scene } from "@babylonjs/core/scene.js";
import { joinSessionRoom, type SessionConnection, type SessionWelcome } from "../net/sessionRoom.ts";
import { lang } from "../ui/i18n.ts";
import { SessionPanel } from "./SessionPanel.ts";
import { joinFromUrl, type SessionJoinOptions, type SessionStateJson } from "./sessionModel.ts";

export interface SessionHooks {
  panel: SessionPanel;
  state: () => SessionStateJson | undefined;
  welcome: () => SessionWelcome | undefined;
  /** The joined room (the VR view sends and receives avatar poses through it). */
  connection: () => SessionConnection | undefined;
}

declare global {
  interface Window {
    /** Read-only handles of the session panel for end-to-end tests. */
    __tvillingSession?: SessionHooks;
  }
}

export function mountSession(
  ui: AdvancedDynamicTexture,
  params: URLSearchParams,
  wake: () => void,
): SessionPanel | undefined {
  const request = joinFromUrl(params);
  if (!request) return undefined;
  let connection: SessionConnection | undefined;
  let state: SessionStateJson | undefined;
  let welcome: SessionWelcome | undefined;
  const join = (options: SessionJoinOptions) => {
    joinSessionRoom(options, {
      onState: (s) => {
        state = s;
        panel.onState(s);
      },
      onWelcome: (w) => {
        welcome = w;
        panel.onWelcome(w);
      },
      onError: (m) => panel.onError(m),
      onOk: (r) => panel.onOk(r),
    }).then(
      (c) => {
        connection = c;
      },
      (err: Error) => panel.onError(`join: ${err.message}`),
    );
  };
  const panel = new SessionPanel(
    ui,
    request.options,
    {
      join,
      propose: (m) => connection?.propose(m),
      vote: (id, choice) => connection?.vote(id, choice),
      decide: (id, decision) => connection?.decide(id, decision),
    },
    wake,
  );
  // The dashboard's language button re-renders its own panels; follow it on the next frame.
  let shownLang = lang();
  const scene: Scene = ui.getScene() as Scene;
  scene.onBeforeRenderObservable.add(() => {
    if (lang() === shownLang) return;
    shownLang = lang();
    panel.render();
  });
  window.__tvillingSession = { panel, state: () => state, welcome: () => welcome, connection: () => connection };
  if (request.ready) join(request.options);
  return panel;
}
