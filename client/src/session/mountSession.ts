// Mounts the co-creation panel when the page was opened with `?session=CODE` (loaded as its own chunk).
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import type { Scene } from "@babylonjs/core/scene.js";
import {
  fetchSessionFile,
  joinSessionRoom,
  listSessions,
  type SessionConnection,
  type SessionWelcome,
} from "../net/sessionRoom.ts";
import { FacilitatorPanel } from "./FacilitatorPanel.ts";
import { lang } from "../ui/i18n.ts";
import { SessionPanel } from "./SessionPanel.ts";
import { joinFromUrl, type SessionJoinOptions, type SessionStateJson } from "./sessionModel.ts";

export interface SessionHooks {
  panel: SessionPanel;
  /** The facilitator's controls, once joined as facilitator. */
  facilitator?: FacilitatorPanel;
  /** The last report or export the facilitator downloaded (for tests): its kind and size. */
  lastDownload?: { kind: string; bytes: number };
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
  /** Called once joined (e.g. to send this client's camera as its presence pose). */
  onConnected?: (connection: SessionConnection) => void,
): SessionPanel | undefined {
  const request = joinFromUrl(params);
  if (!request) return undefined;
  let connection: SessionConnection | undefined;
  let state: SessionStateJson | undefined;
  let welcome: SessionWelcome | undefined;
  let facilitator: FacilitatorPanel | undefined;
  const hooks: SessionHooks = {
    panel: undefined as unknown as SessionPanel,
    state: () => state,
    welcome: () => welcome,
    connection: () => connection,
  };
  const download = async (kind: "report" | "export") => {
    const secret = request.options.facilitatorSecret;
    if (!secret) return;
    try {
      const blob = await fetchSessionFile(request.options.code, secret, kind);
      hooks.lastDownload = { kind, bytes: blob.size };
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = `tvilling-session-${request.options.code}.${kind === "report" ? "html" : "json"}`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } catch (err) {
      panel.onError((err as Error).message);
    }
  };
  const join = (options: SessionJoinOptions) => {
    joinSessionRoom(
      options,
      {
        onState: (s) => {
          state = s;
          panel.onState(s);
          facilitator?.onState(s);
        },
        onWelcome: (w) => {
          welcome = w;
          panel.onWelcome(w);
          if (w.kind === "facilitator" && !facilitator) {
            facilitator = new FacilitatorPanel(
              ui,
              panel.controls,
              {
                control: (type, message) => connection?.control(type, message),
                download: (kind) => void download(kind),
                lobby: listSessions,
              },
              wake,
            );
            hooks.facilitator = facilitator;
            if (state) facilitator.onState(state);
          }
        },
        onError: (m) => panel.onError(m),
        onOk: (r) => panel.onOk(r),
      },
      { rejoin: true }, // a reload comes back as the same participant
    ).then(
      (c) => {
        connection = c;
        onConnected?.(c);
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
    facilitator?.render();
  });
  hooks.panel = panel;
  window.__tvillingSession = hooks;
  if (request.ready) join(request.options);
  return panel;
}
