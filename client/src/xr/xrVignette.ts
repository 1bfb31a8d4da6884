// Comfort vignette (Babylon 9 has none built in): a head-locked plane just in front of the eyes, clear in the
// middle and dark towards the edges, that fades in while the view jumps (teleport, snap turn, scale switch)
// and out again. Drawn last, whatever the depth, so it lies over the city and the panels.
import type { Camera } from "@babylonjs/core/Cameras/camera.js";
import { Constants } from "@babylonjs/core/Engines/constants.js";
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial.js";
import { DynamicTexture } from "@babylonjs/core/Materials/Textures/dynamicTexture.js";
import { Color3 } from "@babylonjs/core/Maths/math.color.js";
import { CreatePlane } from "@babylonjs/core/Meshes/Builders/planeBuilder.js";
import type { Mesh } from "@babylonjs/core/Meshes/mesh.js";
import type { Scene } from "@babylonjs/core/scene.js";

const TEXTURE_PX = 256;
const DISTANCE_M = 0.12; // beyond the XR camera's near plane (0.05 m)
const SIZE_M = 0.5; // wider than the field of view at that distance
export const FADE_IN_MS = 80;
export const HOLD_MS = 250;
export const FADE_OUT_MS = 350;
const MAX_OPACITY = 0.9;
/** Frames drawn at full strength after a pulse, however slow the frames (at 2 fps a 0.7 s fade would be missed). */
export const MIN_FULL_FRAMES = 2;

/** The vignette's opacity (0-1) `t` ms after a pulse started: ramp in, hold, ramp out. */
export function vignetteLevel(t_ms: number): number {
  if (t_ms < 0) return 0;
  if (t_ms < FADE_IN_MS) return t_ms / FADE_IN_MS;
  if (t_ms < FADE_IN_MS + HOLD_MS) return 1;
  return Math.max(0, 1 - (t_ms - FADE_IN_MS - HOLD_MS) / FADE_OUT_MS);
}

export class XrVignette {
  readonly mesh: Mesh;
  /** The setting: off, no vignette ever shows. */
  enabled: boolean;
  /** The current opacity (0-1), and how many pulses were shown (tests). */
  level = 0;
  pulses = 0;
  private started = Number.NEGATIVE_INFINITY;
  private fullFrames = MIN_FULL_FRAMES;

  constructor(scene: Scene, camera: Camera, enabled: boolean) {
    this.enabled = enabled;
    const texture = new DynamicTexture("xrVignetteTexture", TEXTURE_PX, scene, false);
    const ctx = texture.getContext();
    const c = TEXTURE_PX / 2;
    const gradient = ctx.createRadialGradient(c, c, c * 0.45, c, c, c);
    gradient.addColorStop(0, "rgba(0,0,0,0)");
    gradient.addColorStop(1, "rgba(0,0,0,1)");
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, TEXTURE_PX, TEXTURE_PX);
    texture.update();
    texture.hasAlpha = true;
    const material = new StandardMaterial("xrVignetteMaterial", scene);
    material.diffuseTexture = texture;
    material.useAlphaFromDiffuseTexture = true;
    material.disableLighting = true;
    material.emissiveColor = Color3.Black();
    material.backFaceCulling = false;
    material.disableDepthWrite = true;
    material.depthFunction = Constants.ALWAYS; // over everything, without a depth clear of its own
    // Nothing of the material changes (the fade is the mesh's visibility, bound with the mesh): frozen, it is
    // not re-checked for every eye (an unfrozen material rebuilds its defines for each camera's render).
    material.freeze();
    this.mesh = CreatePlane("xrVignette", { size: SIZE_M }, scene);
    this.mesh.material = material;
    this.mesh.isPickable = false;
    this.mesh.alphaIndex = Number.MAX_SAFE_INTEGER; // the last of the transparent meshes drawn
    this.mesh.parent = camera;
    this.hide();
  }

  /** Whether it is drawn in front of the eyes now (tests). */
  get shown(): boolean {
    return this.mesh.isEnabled() && this.mesh.position.z > 0;
  }

  /** Hidden by putting it behind the eyes (culled with the frustum, or clipped whole), not by disabling it:
   * the scene's set of enabled meshes stays the same through every pulse. */
  private hide(): void {
    this.mesh.position.z = -DISTANCE_M;
  }

  /** Starts (or restarts) a fade in-hold-out. */
  pulse(now_ms = performance.now()): void {
    if (!this.enabled) return;
    this.started = now_ms;
    this.fullFrames = 0;
    this.pulses++;
  }

  /** Per frame: the opacity now; hidden when zero. */
  update(now_ms = performance.now()): void {
    let level = this.enabled ? vignetteLevel(now_ms - this.started) : 0;
    if (this.enabled && this.fullFrames < MIN_FULL_FRAMES) {
      level = 1;
      // the fade-out starts after the last guaranteed full frame, not earlier
      if (++this.fullFrames === MIN_FULL_FRAMES) this.started = Math.max(this.started, now_ms - FADE_IN_MS - HOLD_MS);
    }
    if (level === this.level) return;
    this.level = level;
    if (level > 0) {
      this.mesh.visibility = level * MAX_OPACITY;
      this.mesh.position.z = DISTANCE_M;
    } else this.hide();
  }
}
