// Makes navigator.xr available: the emulated Quest 3 runtime (iwer) when the page asks for it with
// `?xremu=1` (tests, benchmark), else webxr-polyfill where the browser has none (phones: cardboard view).
// Both load only here, in the lazy XR chunk.
export interface EmulatedDevice {
  controllers: Record<"left" | "right", EmulatedController | undefined>;
  /** The headset's pose in the reference space (tests move the head with it). */
  position: { x: number; y: number; z: number; set(x: number, y: number, z: number): void };
  quaternion: { x: number; y: number; z: number; w: number; set(x: number, y: number, z: number, w: number): void };
}
export interface EmulatedController {
  position: { x: number; y: number; z: number; set(x: number, y: number, z: number): void };
  quaternion: { x: number; y: number; z: number; w: number; set(x: number, y: number, z: number, w: number): void };
  updateButtonValue(id: string, value: number): void;
  updateAxes(id: string, x: number, y: number): void;
}

export async function ensureXrRuntime(emulate: boolean): Promise<EmulatedDevice | undefined> {
  if (emulate) {
    const { XRDevice, metaQuest3 } = await import("iwer");
    const device = new XRDevice(metaQuest3);
    device.installRuntime({ forceInstall: true });
    return device as unknown as EmulatedDevice;
  }
  if (!("xr" in navigator)) {
    const { default: WebXRPolyfill } = await import("webxr-polyfill");
    new WebXRPolyfill();
  }
  return undefined;
}
