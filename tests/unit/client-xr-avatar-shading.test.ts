import { describe, expect, it } from "vitest";
import { faceShade } from "../../client/src/xr/avatarShading.ts";

describe("avatar shading baked by face", () => {
  it("lights the top fully, the sides less, the bottom least (sky from above plus the key light)", () => {
    // top: 0.55 + 0.3 + 0.2 · (1 / |(0.4, 1, −0.6)|) = 0.85 + 0.2 / 1.2329 > 1, clamped
    expect(faceShade(0, 1, 0)).toBe(1);
    // bottom: sky 0.55, the key light behind it
    expect(faceShade(0, -1, 0)).toBeCloseTo(0.55, 12);
    // sides: sky 0.7, plus the key light where it faces it (east 0.4, north −0.6 of 1.2329)
    expect(faceShade(1, 0, 0)).toBeCloseTo(0.7 + (0.2 * 0.4) / Math.hypot(0.4, 1, 0.6), 12);
    expect(faceShade(0, 0, -1)).toBeCloseTo(0.7 + (0.2 * 0.6) / Math.hypot(0.4, 1, 0.6), 12);
    expect(faceShade(-1, 0, 0)).toBeCloseTo(0.7, 12);
    expect(faceShade(0, 0, 1)).toBeCloseTo(0.7, 12);
  });

  it("gives top, bottom and the two sides facing the key light each their own brightness", () => {
    const faces = [
      [1, 0, 0],
      [0, 0, -1],
      [0, 1, 0],
      [0, -1, 0],
      [-1, 0, 0],
    ].map(([x, y, z]) => faceShade(x, y, z).toFixed(6));
    // the sides facing away from the key light (west, south) share the sky's 0.7, as they did lit by the sun
    expect(new Set(faces).size).toBe(5);
  });
});
