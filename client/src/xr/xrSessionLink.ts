// The co-creation session in VR (pages opened with `?session=CODE`): the same SessionPanel (participants,
// KPIs, lever proposals, votes) on a mesh texture for the controller rays; other participants as avatars from
// the room's pose frames; this viewer's head and hands sent as poses (≤ 20 Hz, changed parts only).
// The panel re-projects the desktop panel's last room state (window.__tvillingSession, mountSession.ts).
import type { Scene } from "@babylonjs/core/scene.js";
import { CreatePlane } from "@babylonjs/core/Meshes/Builders/planeBuilder.js";
import type { Mesh } from "@babylonjs/core/Meshes/mesh.js";
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import { Control } from "@babylonjs/gui/2D/controls/control.js";
import { decodePoseFrame, type Pose } from "../../../server/session/poses.ts";
import type { SessionHooks } from "../session/mountSession.ts";
import { SessionPanel } from "../session/SessionPanel.ts";
import type { SessionStateJson } from "../session/sessionModel.ts";
import { people, type XrAvatars } from "./xrAvatars.ts";
import { panelTexture } from "./xrPanelTexture.ts";
import { PoseSender } from "./xrPoseSender.ts";

const TEXTURE_W = 512;
const TEXTURE_H = 1024;

export class XrSessionLink {
  readonly mesh: Mesh;
  readonly texture: AdvancedDynamicTexture;
  readonly sender: PoseSender;
  panel: SessionPanel | undefined;
  private shownState: SessionStateJson | undefined;
  private shownWelcome: unknown;
  private shownStatus = "";
  private unbindPoses: (() => void) | undefined;

  constructor(
    scene: Scene,
    readonly avatars: XrAvatars,
    readonly hooks: SessionHooks,
    private readonly wake: () => void,
  ) {
    this.mesh = CreatePlane("xrSessionPanel", { width: 0.5, height: 1 }, scene);
    this.texture = panelTexture(this.mesh, TEXTURE_W, TEXTURE_H);
    this.sender = new PoseSender((bytes) => this.hooks.connection()?.room.sendBytes("pose", bytes));
  }

  /** Per frame: follow the room state and the connection (cheap identity checks until something changed). */
  update(): void {
    const state = this.hooks.state();
    const welcome = this.hooks.welcome();
    const connection = this.hooks.connection();
    if (connection && !this.unbindPoses) {
      // Everyone's latest pose since the desktop page joined (the join snapshot included): a participant who
      // stands still is seen from the first VR frame, not only once they move.
      this.avatars.applyFrame(connection.poses.bySlot);
      this.unbindPoses = connection.room.onMessage("poses", (bytes: Uint8Array) =>
        this.avatars.applyFrame(decodePoseFrame(new Uint8Array(bytes))),
      );
    }
    if (!state || !welcome) return;
    if (!this.panel) this.panel = this.createPanel(state.code);
    if (welcome !== this.shownWelcome) {
      this.shownWelcome = welcome;
      this.panel.onWelcome(welcome);
    }
    if (state !== this.shownState) {
      this.shownState = state;
      this.panel.onState(state);
      this.avatars.setPeople(people(state, welcome.slot));
    }
    // Refusals and confirmations reach the desktop panel: mirror its status line.
    const status = this.hooks.panel.status.text;
    if (status !== this.shownStatus) {
      this.shownStatus = status;
      if (status) this.panel.onError(status);
      else this.panel.onOk({ type: "" });
    }
  }

  /** Whether this viewer sends poses: a participant or the facilitator, not a screen. */
  get sending(): boolean {
    const w = this.hooks.welcome();
    return !!w && w.kind !== "spectator" && !!this.hooks.connection();
  }

  offerPose(now_ms: number, pose: () => Pose): void {
    if (this.sending && this.sender.due(now_ms)) this.sender.offer(now_ms, pose());
  }

  dispose(): void {
    this.unbindPoses?.();
    this.unbindPoses = undefined;
  }

  private createPanel(code: string): SessionPanel {
    const c = this.hooks.connection;
    const panel = new SessionPanel(
      this.texture,
      { code },
      {
        join: () => {}, // already joined by the desktop panel
        propose: (m) => c()?.propose(m),
        vote: (id, choice) => c()?.vote(id, choice),
        decide: (id, decision) => c()?.decide(id, decision),
      },
      this.wake,
    );
    // The desktop layout hangs it under the dashboard's top-right cards; on its own texture it fills it.
    const card = this.texture.getControlByName("sessionPanel");
    if (card) {
      card.horizontalAlignment = Control.HORIZONTAL_ALIGNMENT_CENTER;
      card.left = "0px";
      card.top = "16px";
    }
    return panel;
  }
}
