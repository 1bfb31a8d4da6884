import { Color3 } from "@babylonjs/core/Maths/math.color.js";
import { Vector3 } from "@babylonjs/core/Maths/math.vector.js";
import { describe, expect, it } from "vitest";
import { lightOnFlat } from "../../client/src/xr/xrUnlitFlats.ts";

const lights = (skyDir: Vector3, skyOn = true, sunOn = true) => ({
  sky: {
    direction: skyDir,
    intensity: 0.6,
    diffuse: new Color3(1, 1, 1),
    groundColor: new Color3(0.2, 0.22, 0.25),
    isEnabled: () => skyOn,
  },
  sun: {
    direction: new Vector3(-0.4, -1, 0.6),
    intensity: 0.7,
    diffuse: new Color3(1, 0.9, 0.8),
    isEnabled: () => sunOn,
  },
});

describe("light on an upward face (Babylon's hemispheric and directional terms)", () => {
  const lambert = 0.7 / Math.hypot(0.4, 1, 0.6); // the sun's cosine on the face times its intensity

  it("adds the sky's colour (sky straight up) and the sun's Lambert term", () => {
    const c = lightOnFlat(lights(new Vector3(0, 1, 0)), new Color3());
    expect(c.r).toBeCloseTo(0.6 + lambert * 1, 12);
    expect(c.g).toBeCloseTo(0.6 + lambert * 0.9, 12);
    expect(c.b).toBeCloseTo(0.6 + lambert * 0.8, 12);
  });

  it("takes the ground colour with the sky light pointing down, half of each sideways", () => {
    const down = lightOnFlat(lights(new Vector3(0, -2, 0), true, false), new Color3());
    expect(down.r).toBeCloseTo(0.6 * 0.2, 12);
    expect(down.b).toBeCloseTo(0.6 * 0.25, 12);
    const side = lightOnFlat(lights(new Vector3(3, 0, 0), true, false), new Color3());
    expect(side.g).toBeCloseTo(0.6 * (0.22 + 1) * 0.5, 12);
  });

  it("leaves out a light that is off, and a sun below the horizon", () => {
    expect(lightOnFlat(lights(new Vector3(0, 1, 0), false, false), new Color3()).r).toBe(0);
    const night = lights(new Vector3(0, 1, 0), false, true);
    night.sun.direction = new Vector3(0, 1, 0); // shining up from below
    expect(lightOnFlat(night, new Color3()).r).toBe(0);
  });
});
