// Presentation mode for simulator-room screens: the city's own HUD and the page's buttons go, the screen
// renders at the display's native resolution (4K TVs report devicePixelRatio 2 at 1920 CSS px), and a GUI
// laid out for 1080 lines scales with the render height, so type stays large on every screen.
import type { Engine } from "@babylonjs/core/Engines/engine.js";
import type { Scene } from "@babylonjs/core/scene.js";
import { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";

/** High-contrast palette: white on black, one accent; better/worse in Okabe-Ito colours (colour-blind safe). */
export const PRESENT = {
  background: "#000000",
  panel: "#000000d9",
  text: "#ffffff",
  muted: "#c8d3df",
  accent: "#ffd166",
  better: "#2fd39a",
  worse: "#ff8a5c",
  font: "system-ui, sans-serif",
} as const;

export function enterPresentation(engine: Engine, hideUi: AdvancedDynamicTexture): void {
  hideUi.rootContainer.isVisible = false;
  for (const id of ["enterVr", "status"]) document.getElementById(id)?.remove();
  document.body.style.cursor = "none";
  engine.setHardwareScalingLevel(1 / Math.max(1, window.devicePixelRatio || 1));
  engine.resize();
}

/** A full-screen GUI whose layout is made for 1080 lines and scales with the render height. */
export function presentationUi(scene: Scene): AdvancedDynamicTexture {
  const ui = AdvancedDynamicTexture.CreateFullscreenUI("screen", true, scene);
  ui.idealHeight = 1080;
  ui.renderAtIdealSize = false;
  return ui;
}
