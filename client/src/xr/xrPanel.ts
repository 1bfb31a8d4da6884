// The room panel in VR: the same Hud (setpoint +/−, clock, heat load) on a mesh texture that controller
// rays click through Babylon's GUI, plus the VR settings: tabletop ⇄ walk, comfort vignette on/off.
import { CreatePlane } from "@babylonjs/core/Meshes/Builders/planeBuilder.js";
import type { Mesh } from "@babylonjs/core/Meshes/mesh.js";
import type { Scene } from "@babylonjs/core/scene.js";
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import type { Button } from "@babylonjs/gui/2D/controls/button.js";
import type { CityApp } from "../app.ts";
import type { SimView } from "../net/simRoom.ts";
import { Hud } from "../ui/hud.ts";
import { panelTexture } from "./xrPanelTexture.ts";
import { button, panel, setButtonText, stack } from "../ui/widgets.ts";

const TEXTURE_PX = 512;
/** The room's clock changes its state many times a second: the panel's texture is redrawn (and uploaded) at
 * most this often, the latest state always shown within one interval. */
const REDRAW_MS = 250;

export class XrPanel {
  readonly mesh: Mesh;
  readonly texture: AdvancedDynamicTexture;
  readonly hud: Hud;
  readonly scaleButton: Button;
  readonly vignetteButton: Button;
  private shown: SimView | undefined;
  private shownAt_ms = Number.NEGATIVE_INFINITY;

  constructor(scene: Scene, app: CityApp, toggles: { scale: () => void; vignette: () => void }) {
    this.mesh = CreatePlane("xrPanel", { size: 1 }, scene);
    this.mesh.isPickable = true; // the only mesh XR pointer rays test
    this.texture = panelTexture(this.mesh, TEXTURE_PX, TEXTURE_PX);
    const room = () => app.room;
    this.hud = new Hud(this.texture, {
      changeSetpoint: (d) => {
        const r = room();
        if (r) app.connection?.setSetpoint(r.setpoint_C + d);
      },
      togglePlaying: () => {
        const r = room();
        if (r) app.connection?.setPlaying(!r.playing);
      },
      changeSpeed: (f) => {
        const r = room();
        if (r) app.connection?.setSpeed(Math.min(240, Math.max(0.25, r.speed_h_s * f)));
      },
      toggleLanguage: () => {},
    });
    const bar = panel("xrScaleCard", 420, "bottomLeft");
    this.texture.addControl(bar);
    const rows = stack(bar, "xrSettings");
    this.scaleButton = button(stack(rows, "xrScaleRow", false, 60), "xrScale", "", toggles.scale, 300, 52);
    this.vignetteButton = button(stack(rows, "xrVignetteRow", false, 60), "xrVignette", "", toggles.vignette, 300, 52);
  }

  /** Re-renders the panel when the room state object changed, at most every REDRAW_MS (called per XR frame). */
  update(state: SimView | undefined, scaleLabel: string, vignetteLabel: string, now_ms = performance.now()): void {
    if (state !== this.shown && now_ms - this.shownAt_ms >= REDRAW_MS) {
      this.shown = state;
      this.shownAt_ms = now_ms;
      this.hud.render(state);
    }
    if (this.scaleButton.textBlock?.text !== scaleLabel) setButtonText(this.scaleButton, scaleLabel);
    if (this.vignetteButton.textBlock?.text !== vignetteLabel) setButtonText(this.vignetteButton, vignetteLabel);
  }
}
